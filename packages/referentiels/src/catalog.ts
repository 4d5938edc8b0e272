import * as z from "zod/mini";
// The French locale alone, as in validate.ts: `z.locales.fr()` would bundle all 64 locales.
import { fr } from "zod/locales";
import {
  Id,
  ItemKind,
  ItemStatus,
  type Group,
  type Item,
  type ItemRef,
  type Link,
  type Referentiel,
} from "./schema.js";
import { InvalidArgumentError, UnknownIdError } from "./errors.js";
import { nearest } from "./nearest.js";
import { NBSP, NNBSP, frenchSpacing, quote } from "./typography.js";
import {
  citeItem,
  type CitationOptions,
  type CitationStyle,
} from "./citation.js";

/** An item with the IDs that place it: what `getItem` and `listItems` return. */
export type ResolvedItem = Item & {
  /** `<référentiel id>/<local id>`: the ID to cite and to link to. */
  readonly fullId: ItemRef;
  readonly referentielId: string;
};

const oneOrMany = <T extends z.ZodMiniType>(schema: T) =>
  z.union([schema, z.array(schema)]);

/** What `listItems` accepts; every field is optional and they combine with AND. */
export const ItemFilter = z
  .strictObject({
    referentiel: z.optional(oneOrMany(Id)),
    kind: z.optional(oneOrMany(ItemKind)),
    status: z.optional(oneOrMany(ItemStatus)),
    group: z.optional(Id),
    /** Words to find in the label or the text, ignoring case and accents. */
    text: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: "ItemFilter" });
export type ItemFilter = z.input<typeof ItemFilter>;

/** A link seen from its target: the item it starts from, and the link itself. */
export interface IncomingLink {
  readonly from: ResolvedItem;
  readonly link: Link;
}

/** The filter fields that take codes: a bad value gets the list of valid ones. */
const FILTER_CODES: Readonly<Record<string, readonly string[]>> = {
  kind: ItemKind.options,
  status: ItemStatus.options,
};

/** One problem of a filter, in French, naming the bad value and what to write instead. */
function filterProblem(
  issue: z.core.$ZodIssue,
  filter: unknown,
): { path: string; message: string } {
  const path = issue.path.join(".");
  const field = String(issue.path[0] ?? "");
  const codes = FILTER_CODES[field];
  if (codes) {
    const given: unknown = (filter as Record<string, unknown>)[field];
    const bad = (Array.isArray(given) ? given : [given]).filter(
      (value) => typeof value !== "string" || !codes.includes(value),
    );
    return {
      path: field,
      message: `valeur inconnue ${bad.map(quote).join(", ")}. Valeurs possibles${NBSP}: ${codes.join(", ")}.`,
    };
  }
  if (issue.code === "unrecognized_keys") {
    return {
      path,
      message: `champ inconnu ${issue.keys.map(quote).join(", ")}. Champs possibles${NBSP}: ${Object.keys(ItemFilter.shape).join(", ")}.`,
    };
  }
  return { path, message: frenchSpacing(issue.message) };
}

/** Lower case, accents removed: `Médiateur` and `mediateur` compare equal. */
export const foldText = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase();

/** Plain-JavaScript callers may pass anything: say what was expected instead of failing later. */
function requireString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== "string") {
    throw new InvalidArgumentError(
      `${fn} attend un identifiant texte, reçu${NBSP}: ${typeof value}.`,
    );
  }
}

const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** Lookup functions over a set of référentiels: ours by default, or a federation's own. */
export function createCatalog(referentiels: readonly Referentiel[]) {
  let index: Map<string, ResolvedItem> | undefined;
  const items = (): Map<string, ResolvedItem> => {
    index ??= new Map(
      referentiels.flatMap((referentiel) =>
        referentiel.items.map((item): [string, ResolvedItem] => {
          const fullId = `${referentiel.id}/${item.id}`;
          return [fullId, { ...item, fullId, referentielId: referentiel.id }];
        }),
      ),
    );
    return index;
  };

  function getReferentiel(id: string): Referentiel {
    requireString(id, "getReferentiel");
    const found = referentiels.find((referentiel) => referentiel.id === id);
    if (!found) {
      const ids = referentiels.map((referentiel) => referentiel.id);
      throw new UnknownIdError(id, nearest(id, ids), "de référentiel");
    }
    return found;
  }

  function getItem(id: string): ResolvedItem {
    requireString(id, "getItem");
    const found = items().get(id);
    if (!found) throw new UnknownIdError(id, nearest(id, items().keys()));
    return found;
  }

  function listItems(filter: ItemFilter = {}): ResolvedItem[] {
    const parsed = ItemFilter.safeParse(filter, { error: fr().localeError });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        filterProblem(issue, filter),
      );
      const details = problems
        .map((p) => `${p.path || "(racine)"}${NBSP}: ${p.message}`)
        .join(`${NNBSP}; `);
      throw new InvalidArgumentError(
        `Filtre invalide${NBSP}: ${details}`,
        problems,
      );
    }
    const { group, text } = parsed.data;
    const wanted = {
      referentiel: asList(parsed.data.referentiel),
      kind: asList(parsed.data.kind),
      status: asList(parsed.data.status),
    };
    const words =
      text === undefined ? [] : foldText(text).split(/\s+/).filter(Boolean);
    return [...items().values()].filter(
      (item) =>
        (!wanted.referentiel ||
          wanted.referentiel.includes(item.referentielId)) &&
        (!wanted.kind || wanted.kind.includes(item.kind)) &&
        (!wanted.status || wanted.status.includes(item.status)) &&
        (group === undefined || item.group === group) &&
        words.every((word) =>
          foldText(`${item.label} ${item.text}`).includes(word),
        ),
    );
  }

  /**
   * The group `groupId` of a référentiel and its ancestors, outermost first (dimension, then domain):
   * `[]` when `groupId` is undefined (an item without group). Throws `UnknownIdError` for an unknown ID.
   */
  function getGroupPath(
    referentielId: string,
    groupId: string | undefined,
  ): Group[] {
    const { groups } = getReferentiel(referentielId);
    if (groupId === undefined) return [];
    requireString(groupId, "getGroupPath");
    const byId = new Map(groups.map((group) => [group.id, group]));
    if (!byId.has(groupId)) {
      throw new UnknownIdError(
        groupId,
        nearest(groupId, byId.keys()),
        "de groupe",
      );
    }
    const path: Group[] = [];
    for (
      let current = byId.get(groupId);
      current && !path.includes(current);
      current =
        current.parent === undefined ? undefined : byId.get(current.parent)
    ) {
      path.unshift(current);
    }
    return path;
  }

  let incoming: Map<string, IncomingLink[]> | undefined;
  /** The links that point to the item `fullId`, from any référentiel of the catalog, in data order. */
  function listIncomingLinks(fullId: string): IncomingLink[] {
    const { fullId: target } = getItem(fullId);
    if (!incoming) {
      incoming = new Map();
      for (const from of items().values()) {
        for (const link of from.links ?? []) {
          const list = incoming.get(link.target) ?? [];
          list.push({ from, link });
          incoming.set(link.target, list);
        }
      }
    }
    return [...(incoming.get(target) ?? [])];
  }

  /** A citation of the item (object or full ID) in `text`, `bibtex` or `csl-json`, with its permanent URL. */
  function formatCitation(
    item: ResolvedItem | string,
    style: CitationStyle = "text",
    options: CitationOptions = {},
  ): string {
    const resolved = getItem(typeof item === "string" ? item : item.fullId);
    return citeItem(
      resolved,
      getReferentiel(resolved.referentielId),
      style,
      options,
    );
  }

  return {
    referentiels,
    getReferentiel,
    getItem,
    listItems,
    getGroupPath,
    listIncomingLinks,
    formatCitation,
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
