import * as z from "zod/mini";
import {
  checkBounds,
  formatPath,
  NBSP,
  NNBSP,
  nearest,
  quote,
  type FrenchParseResult,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { ItemRef, Referentiel } from "./schema.js";
import { fail, safeParseBounded, safeParseChecked } from "./arguments.js";
import { referentiels as own } from "./own.js";

/** Options of `parseReferentiel` and `safeParseReferentiel`. */
export const ParseReferentielOptions = /* @__PURE__ */ z.strictObject({
  /**
   * Full item IDs outside this référentiel that links may point to, besides the package's own items
   * (which links may always point to).
   */
  knownIds: z.optional(z.array(ItemRef)),
});
export type ParseReferentielOptions = z.input<typeof ParseReferentielOptions>;

/** Bounds of the options: a list of known IDs as long as a few référentiels. */
const OPTION_LIMITS = {
  maxDepth: 3,
  maxValues: 50_000,
  maxStringLength: 200,
} as const;

/** How many dangling links get a « vouliez-vous dire »: a hostile input gets a bounded amount of work. */
const MAX_SUGGESTED = 20;

/** The full IDs of the package's own items, except those of the référentiel `except` (checked from the input). */
const ownItemIds = (except: unknown): string[] =>
  own
    .filter(({ id }) => id !== except)
    .flatMap(({ id, items }) => items.map((item) => `${id}/${item.id}`));

/** A link to an ID found neither in the référentiel nor among the known ones, with the nearest known. */
function danglingLink(
  path: ProblemPath,
  target: string,
  candidates: readonly string[],
): Problem {
  const local = target.slice(target.indexOf("/"));
  const sameLocal = candidates.filter((id) => id.endsWith(local));
  const suggestions =
    sameLocal.length > 0 ? sameLocal.slice(0, 3) : nearest(target, candidates);
  const hint =
    suggestions.length > 0
      ? ` Vouliez-vous dire${NBSP}: ${suggestions.join(", ")}${NNBSP}?`
      : "";
  return {
    path,
    code: "dangling-link",
    message: `lien vers ${quote(target)}, introuvable dans ce référentiel comme parmi les identifiants connus (ceux du paquet et ${quote("knownIds")}).${hint}`,
  };
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
/** `read()`, or `undefined` if it throws (a proxy that refuses to be read). */
function readable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
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
        path: [path, i, "id"],
        code: "duplicate-id",
        message: `${what} ${quote(id)} en double (déjà en ${formatPath([path, first])}). Chaque identifiant doit être unique.`,
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
  const dangling: [ProblemPath, string][] = [];
  const problems = [
    ...duplicates(input.items, "items", "item"),
    ...duplicates(input.groups, "groups", "groupe"),
    ...duplicates(input.documents, "documents", "document"),
  ];
  const checkDocument = (source: unknown, path: ProblemPath) => {
    const document = isRecord(source) ? text(source.document) : undefined;
    if (document !== undefined && !documentIds.has(document)) {
      problems.push({
        path: [...path, "document"],
        code: "unknown-document",
        message: `document ${quote(document)} absent de ${quote("documents")}. Ajoutez-le ou corrigez l’identifiant.`,
      });
    }
  };
  checkDocument(input.source, ["source"]);
  for (const [i, group] of records(input.groups)) {
    const parent = text(group.parent);
    if (parent !== undefined && !groupIds.has(parent)) {
      problems.push({
        path: ["groups", i, "parent"],
        code: "unknown-group",
        message: `groupe parent ${quote(parent)} introuvable dans ${quote("groups")}.`,
      });
    }
  }
  for (const [i, item] of records(input.items)) {
    const path = ["items", i];
    const group = text(item.group);
    if (group !== undefined && !groupIds.has(group)) {
      problems.push({
        path: [...path, "group"],
        code: "unknown-group",
        message: `groupe ${quote(group)} introuvable dans ${quote("groups")}.`,
      });
    }
    checkDocument(item.source, [...path, "source"]);
    const status = text(item.status);
    if (
      (status === "reconstructed" || status === "incomplete") &&
      !text(item.sourceFragment)?.trim()
    ) {
      problems.push({
        path: [...path, "sourceFragment"],
        code: "missing-fragment",
        message: `un item reconstitué ou incomplet garde le fragment d’origine dans ${quote("sourceFragment")}.`,
      });
    }
    if (
      status !== "withdrawn" &&
      Array.isArray(item.replacedBy) &&
      item.replacedBy.length > 0
    ) {
      problems.push({
        path: [...path, "replacedBy"],
        code: "replaced-not-withdrawn",
        message: `seul un item retiré (${quote("withdrawn")}) a des remplaçants.`,
      });
    }
    const targets: [ProblemPath, string | undefined][] = [
      ...records(item.links).map(
        ([j, link]): [ProblemPath, string | undefined] => [
          [...path, "links", j, "target"],
          text(link.target),
        ],
      ),
      ...(Array.isArray(item.replacedBy)
        ? item.replacedBy.map(
            (ref: unknown, j): [ProblemPath, string | undefined] => [
              [...path, "replacedBy", j],
              text(ref),
            ],
          )
        : []),
    ];
    for (const [targetPath, target] of targets) {
      if (target !== undefined && !ownIds.has(target) && !knownIds.has(target))
        dangling.push([targetPath, target]);
    }
  }
  const candidates = dangling.length > 0 ? [...ownIds, ...knownIds] : [];
  problems.push(
    ...dangling.map(([path, target], n) =>
      danglingLink(path, target, n < MAX_SUGGESTED ? candidates : []),
    ),
  );
  return problems;
}

/**
 * Checks a référentiel (e.g. a federation's JSON) against the schema and the cross-field rules
 * (unique IDs, links, groups, documents, fragments), and returns every problem found, never only
 * the first. Links may point to the package's own items and to `options.knownIds`. Never throws: bad
 * options are problems too, under `options`.
 */
export function safeParseReferentiel(
  input: unknown,
  options?: ParseReferentielOptions,
): FrenchParseResult<Referentiel> {
  const parsedOptions =
    options === undefined
      ? ({ success: true, data: {} } as const)
      : safeParseBounded(ParseReferentielOptions, options, OPTION_LIMITS, [
          "options",
        ]);
  if (!parsedOptions.success) return parsedOptions;
  const bounds = checkBounds(input);
  if (bounds.length > 0)
    return { success: false, problems: bounds as [Problem, ...Problem[]] };
  const parsed = safeParseChecked(Referentiel, input);
  const id = isRecord(input) ? readable(() => input.id) : undefined;
  const knownIds = new Set([
    ...ownItemIds(id),
    ...(parsedOptions.data.knownIds ?? []),
  ]);
  const problems = [
    ...(parsed.success ? [] : parsed.problems),
    ...(isRecord(input)
      ? (readable(() => crossChecks(input, knownIds)) ?? [])
      : []),
  ];
  if (parsed.success && problems.length === 0)
    return { success: true, data: parsed.data };
  return { success: false, problems: problems as [Problem, ...Problem[]] };
}

/** `safeParseReferentiel` that throws `InvalidArgumentError` with every problem, or returns the référentiel. */
export function parseReferentiel(
  input: unknown,
  options?: ParseReferentielOptions,
): Referentiel {
  const result = safeParseReferentiel(input, options);
  if (!result.success) fail("Référentiel invalide", result.problems);
  return result.data;
}

/** The JSON Schema of a référentiel, generated from the zod schema (what `referentiel.schema.json` holds). */
export function referentielJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Referentiel, { io: "input" });
}
