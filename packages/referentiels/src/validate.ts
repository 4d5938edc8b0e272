import * as z from "zod/mini";
// The French locale alone: `z.locales.fr()` would pull all 64 locales (~260 KB minified) into bundles.
import { fr } from "zod/locales";
import { Referentiel } from "./schema.js";
import { frenchSpacing, quote } from "./typography.js";

/** One thing wrong in a référentiel, with where it is (`items.3.label`) and what to fix. */
export interface Problem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export type ValidationResult =
  | {
      readonly ok: true;
      readonly referentiel: Referentiel;
      readonly problems: readonly [];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ValidateOptions {
  /** Full item IDs outside this référentiel that links may point to (e.g. ours, from `listItems()`). */
  knownIds?: Iterable<string>;
}

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const records = (value: unknown): [number, Loose][] =>
  Array.isArray(value)
    ? value.flatMap((entry, i): [number, Loose][] =>
        isRecord(entry) ? [[i, entry]] : [],
      )
    : [];
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/** Reports every repeated `id` in a list, pointing at each repetition. */
function duplicates(list: unknown, path: string, what: string): Problem[] {
  const seen = new Map<string, number>();
  return records(list).flatMap(([i, entry]) => {
    const id = text(entry.id);
    if (id === undefined) return [];
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return [];
    }
    return [
      {
        path: `${path}.${i}.id`,
        code: "duplicate-id",
        message: `${what} ${quote(id)} en double (déjà en ${path}.${first}). Chaque identifiant doit être unique.`,
      },
    ];
  });
}

/** Cross-field checks that a JSON Schema cannot express; they read the input defensively. */
function crossChecks(input: Loose, knownIds: ReadonlySet<string>): Problem[] {
  const referentielId = text(input.id) ?? "";
  const groupIds = new Set(
    records(input.groups).flatMap(([, g]) => text(g.id) ?? []),
  );
  const documentIds = new Set(
    records(input.documents).flatMap(([, d]) => text(d.id) ?? []),
  );
  const ownIds = new Set(
    records(input.items)
      .flatMap(([, item]) => text(item.id) ?? [])
      .map((id) => `${referentielId}/${id}`),
  );
  const problems = [
    ...duplicates(input.items, "items", "Item"),
    ...duplicates(input.groups, "groups", "Groupe"),
    ...duplicates(input.documents, "documents", "Document"),
  ];
  const checkDocument = (source: unknown, path: string) => {
    const document = isRecord(source) ? text(source.document) : undefined;
    if (document !== undefined && !documentIds.has(document)) {
      problems.push({
        path: `${path}.document`,
        code: "unknown-document",
        message: `Document ${quote(document)} absent de ${quote("documents")}. Ajoutez-le ou corrigez l’identifiant.`,
      });
    }
  };
  checkDocument(input.source, "source");
  for (const [i, group] of records(input.groups)) {
    const parent = text(group.parent);
    if (parent !== undefined && !groupIds.has(parent)) {
      problems.push({
        path: `groups.${i}.parent`,
        code: "unknown-group",
        message: `Groupe parent ${quote(parent)} introuvable dans ${quote("groups")}.`,
      });
    }
  }
  for (const [i, item] of records(input.items)) {
    const path = `items.${i}`;
    const group = text(item.group);
    if (group !== undefined && !groupIds.has(group)) {
      problems.push({
        path: `${path}.group`,
        code: "unknown-group",
        message: `Groupe ${quote(group)} introuvable dans ${quote("groups")}.`,
      });
    }
    checkDocument(item.source, `${path}.source`);
    const status = text(item.status);
    if (
      (status === "reconstructed" || status === "incomplete") &&
      !text(item.sourceFragment)?.trim()
    ) {
      problems.push({
        path: `${path}.sourceFragment`,
        code: "missing-fragment",
        message: `Un item reconstitué ou incomplet garde le fragment d’origine dans ${quote("sourceFragment")}.`,
      });
    }
    if (
      status !== "withdrawn" &&
      Array.isArray(item.replacedBy) &&
      item.replacedBy.length > 0
    ) {
      problems.push({
        path: `${path}.replacedBy`,
        code: "replaced-not-withdrawn",
        message: `Seul un item retiré (${quote("withdrawn")}) a des remplaçants.`,
      });
    }
    const targets = [
      ...records(item.links).map(
        ([j, link]) =>
          [`${path}.links.${j}.target`, text(link.target)] as const,
      ),
      ...(Array.isArray(item.replacedBy)
        ? item.replacedBy.map(
            (ref, j) => [`${path}.replacedBy.${j}`, text(ref)] as const,
          )
        : []),
    ];
    for (const [targetPath, target] of targets) {
      if (
        target !== undefined &&
        !ownIds.has(target) &&
        !knownIds.has(target)
      ) {
        problems.push({
          path: targetPath,
          code: "dangling-link",
          message: `Lien vers ${quote(target)}, qui n’existe pas. Corrigez la cible ou retirez le lien.`,
        });
      }
    }
  }
  return problems;
}

/**
 * Checks a référentiel (e.g. a federation's JSON) against the schema and the cross-field rules,
 * and returns every problem found, never only the first. Never throws.
 */
export function validateReferentiel(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const parsed = Referentiel.safeParse(input, {
    error: fr().localeError,
  });
  const schemaProblems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        code: issue.code,
        message: frenchSpacing(issue.message),
      }));
  const knownIds = new Set(options.knownIds ?? []);
  const problems = [
    ...schemaProblems,
    ...(isRecord(input) ? crossChecks(input, knownIds) : []),
  ];
  if (parsed.success && problems.length === 0)
    return { ok: true, referentiel: parsed.data, problems: [] };
  return { ok: false, problems };
}

/** The JSON Schema of a référentiel, generated from the zod schema (what `referentiel.schema.json` holds). */
export function referentielJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Referentiel, { io: "input" });
}
