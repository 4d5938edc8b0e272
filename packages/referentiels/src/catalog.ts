import * as z from "zod/mini";
import {
  Id,
  ItemKind,
  ItemStatus,
  type Item,
  type ItemRef,
  type Referentiel,
} from "./schema.js";
import { InvalidArgumentError, UnknownIdError } from "./errors.js";
import { nearest } from "./nearest.js";
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
      `${fn} attend un identifiant texte, reçu : ${typeof value}.`,
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
      throw new UnknownIdError(id, nearest(id, ids), "référentiel");
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
    const parsed = ItemFilter.safeParse(filter);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      }));
      throw new InvalidArgumentError(
        `Filtre invalide : ${problems.map((p) => `${p.path || "(racine)"} : ${p.message}`).join(" ; ")}`,
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

  return { referentiels, getReferentiel, getItem, listItems, formatCitation };
}

export type Catalog = ReturnType<typeof createCatalog>;
