import * as z from "zod/mini";
import {
  checkBounds,
  describeValue,
  frenchList,
  NBSP,
  nearest,
  type Problem,
} from "@mediation-numerique/core";
import {
  Id,
  ItemKind,
  ItemStatus,
  Referentiel,
  type Group,
  type Link,
  type ResolvedItem,
} from "./schema.js";
import { UnknownIdError } from "./errors.js";
import {
  fail,
  parseArgument,
  parseOptions,
  requireId,
  safeParseChecked,
  SMALL_LIMITS,
  textProblems,
} from "./arguments.js";
import { CitationOptions, CitationStyle, citeItem } from "./citation.js";

const oneOrMany = <T extends z.ZodMiniType>(schema: T) =>
  z.union([schema, z.array(schema)]);

/** What `listItems` accepts; every field is optional and they combine with AND. */
export const ItemFilter = /* @__PURE__ */ z
  .strictObject({
    referentiel: z.optional(oneOrMany(Id)),
    kind: z.optional(oneOrMany(ItemKind)),
    status: z.optional(oneOrMany(ItemStatus)),
    group: z.optional(Id),
    /** Words to find in the label or the text, ignoring case and accents. */
    text: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: "mn.referentiels.ItemFilter" });
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

/** A field of a filter that passed its bounds check (plain, small data); `undefined` if it resists. */
function readField(filter: unknown, field: string): unknown {
  try {
    return Object.getOwnPropertyDescriptor(filter, field)?.value;
  } catch {
    return undefined;
  }
}

/** The problems of a filter, in French: a bad code gets the valid codes, an unknown field the known ones. */
function filterProblems(
  problems: readonly Problem[],
  filter: unknown,
): Problem[] {
  const fields = new Set<string>();
  return problems.flatMap((problem): Problem[] => {
    const field = String(problem.path[0] ?? "");
    const codes = FILTER_CODES[field];
    if (codes === undefined) {
      return problem.code === "unrecognized-keys"
        ? [
            {
              ...problem,
              message: `${problem.message} Champs possibles${NBSP}: ${Object.keys(ItemFilter.shape).join(", ")}.`,
            },
          ]
        : [problem];
    }
    if (fields.has(field)) return [];
    fields.add(field);
    const given = readField(filter, field);
    const bad = (Array.isArray(given) ? given : [given]).filter(
      (value) => typeof value !== "string" || !codes.includes(value),
    );
    return [
      {
        path: [field],
        code: "invalid-value",
        message: `valeur inconnue ${frenchList(bad.map(describeValue), 5)}. Valeurs possibles${NBSP}: ${codes.join(", ")}.`,
      },
    ];
  });
}

/** Lower case, accents removed: `Médiateur` and `mediateur` compare equal. */
const fold = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase();

/** The longest text `foldText` reads. */
const MAX_FOLDED = 20_000;

/** Lower case, accents removed: `Médiateur` and `mediateur` compare equal. */
export function foldText(value: string): string {
  const problems = textProblems(value, MAX_FOLDED, "un texte");
  if (problems.length > 0) fail(`foldText${NBSP}: texte invalide`, problems);
  return fold(value);
}

/** What `formatCitation` reads of an item object: its full ID. */
const ItemWithId = /* @__PURE__ */ z.object({ fullId: z.string() });

const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/**
 * Lookup functions over référentiels already known to be valid (the package's own data): no check of
 * the référentiels themselves, only of each call's arguments.
 */
export function catalogOf(referentiels: readonly Referentiel[]) {
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
  const referentielIds = () => referentiels.map(({ id }) => id);

  /** The référentiel `id`, already checked as an ID argument. */
  function findReferentiel(
    id: string,
    path: Problem["path"] = [],
  ): Referentiel {
    const found = referentiels.find((referentiel) => referentiel.id === id);
    if (!found)
      throw new UnknownIdError(
        id,
        nearest(id, referentielIds()),
        "de référentiel",
        path,
      );
    return found;
  }

  function getReferentiel(id: string): Referentiel {
    return findReferentiel(requireId(id, "getReferentiel"));
  }

  function getItem(id: string): ResolvedItem {
    const fullId = requireId(id, "getItem");
    const found = items().get(fullId);
    if (!found)
      throw new UnknownIdError(fullId, nearest(fullId, items().keys()));
    return found;
  }

  function listItems(filter?: ItemFilter): ResolvedItem[] {
    const value: unknown = filter === undefined ? {} : filter;
    const bounds = checkBounds(value, SMALL_LIMITS);
    if (bounds.length > 0) fail(`listItems${NBSP}: filtre invalide`, bounds);
    const parsed = safeParseChecked(ItemFilter, value);
    if (!parsed.success)
      fail(
        `listItems${NBSP}: filtre invalide`,
        filterProblems(parsed.problems, value),
      );
    const { group, text } = parsed.data;
    const wanted = {
      referentiel: asList(parsed.data.referentiel),
      kind: asList(parsed.data.kind),
      status: asList(parsed.data.status),
    };
    const scope = (wanted.referentiel ?? referentielIds()).map((id, i) =>
      findReferentiel(
        id,
        Array.isArray(parsed.data.referentiel)
          ? ["referentiel", i]
          : ["referentiel"],
      ),
    );
    if (group !== undefined) {
      const groups = scope.flatMap((referentiel) =>
        referentiel.groups.map(({ id }) => id),
      );
      if (!groups.includes(group))
        throw new UnknownIdError(
          group,
          nearest(group, new Set(groups)),
          "de groupe",
          ["group"],
        );
    }
    const words =
      text === undefined ? [] : fold(text).split(/\s+/).filter(Boolean);
    return [...items().values()].filter(
      (item) =>
        (!wanted.referentiel ||
          wanted.referentiel.includes(item.referentielId)) &&
        (!wanted.kind || wanted.kind.includes(item.kind)) &&
        (!wanted.status || wanted.status.includes(item.status)) &&
        (group === undefined || item.group === group) &&
        words.every((word) =>
          fold(`${item.label} ${item.text}`).includes(word),
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
    requireId(groupId, "getGroupPath");
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
    options?: CitationOptions,
  ): string {
    const parsedStyle = parseArgument(
      CitationStyle,
      style,
      `formatCitation${NBSP}: style de citation inconnu`,
      SMALL_LIMITS,
    );
    const parsedOptions = parseOptions(
      CitationOptions,
      options,
      "formatCitation",
    );
    const { fullId } =
      typeof item === "string"
        ? { fullId: item }
        : parseArgument(
            ItemWithId,
            item,
            `formatCitation${NBSP}: item invalide`,
          );
    const resolved = getItem(fullId);
    return citeItem(
      resolved,
      findReferentiel(resolved.referentielId),
      parsedStyle,
      parsedOptions,
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

/** The lookups of a catalog: `getReferentiel`, `getItem`, `listItems`, `getGroupPath`, `listIncomingLinks`, `formatCitation`. */
export type Catalog = ReturnType<typeof catalogOf>;

/**
 * Lookup functions over a set of référentiels: a federation's own, for example. Each référentiel is
 * checked against the schema first (`InvalidArgumentError` with every problem); for the cross-field
 * checks (links, groups, documents), use `parseReferentiel`.
 */
export function createCatalog(referentiels: readonly Referentiel[]): Catalog {
  parseArgument(
    z.array(Referentiel),
    referentiels,
    `createCatalog${NBSP}: référentiels invalides`,
  );
  return catalogOf(referentiels);
}
