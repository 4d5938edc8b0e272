import * as z from "zod/mini";
import {
  frenchList,
  nearest,
  quote,
  SemVer,
  StableId,
  type Problem,
} from "@mediation-numerique/core";
import {
  ItemKind,
  ItemRef,
  type Item,
  type Referentiel,
} from "@mediation-numerique/referentiels/schema";
import { AssessmentArgumentError } from "./errors.js";
import { failArgument, parseWith, readInput, throwIf } from "./input.js";
import { Scale } from "./scale.js";

/** The two instruments of the package. */
export const InstrumentId = /* @__PURE__ */ z
  .enum(["centre", "mediateur"])
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.InstrumentId",
    description:
      "«\u00a0centre\u00a0»\u00a0: référentiel d’action\u00a0; «\u00a0mediateur\u00a0»\u00a0: référentiels de compétences.",
  });
export type InstrumentId = z.infer<typeof InstrumentId>;

const definitionShape = {
  id: InstrumentId,
  label: z.string().check(z.minLength(1)),
  scale: Scale,
  referentiels: z.array(StableId).check(z.minLength(1)),
  kinds: z.array(ItemKind).check(z.minLength(1)),
};

/**
 * What an instrument assesses: which items (by référentiel and kind), on which scale. Withdrawn items are never
 * assessed, nor are items whose text is incomplete in the référentiel (a fragment is not a competence to rate).
 */
export const InstrumentDefinition = /* @__PURE__ */ z
  .strictObject(definitionShape)
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.InstrumentDefinition",
  });
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;

/** A domain of an instrument: a group of a référentiel, named `<référentiel id>/<group id>`. */
export const InstrumentGroup = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1)),
  referentielId: StableId,
  /** The group’s label in the référentiel (or the référentiel’s short title when the item has no group). */
  label: z.string().check(z.minLength(1)),
  /** Full IDs of the group’s assessed items, in data order. */
  items: z.array(ItemRef),
});
export type InstrumentGroup = z.infer<typeof InstrumentGroup>;

/** An item to assess, with the domain it is counted in. */
export const InstrumentItem = /* @__PURE__ */ z.strictObject({
  id: ItemRef,
  group: z.string(),
});
export type InstrumentItem = z.infer<typeof InstrumentItem>;

/** An item the selection matches but that is withdrawn: a document may still name it; `replacedBy` lists its successors. */
export const WithdrawnItem = /* @__PURE__ */ z.strictObject({
  id: ItemRef,
  replacedBy: z.array(ItemRef),
});
export type WithdrawnItem = z.infer<typeof WithdrawnItem>;

/**
 * An instrument bound to référentiel data, as a plain JSON value (IDs, domains, versions, the scale; no item
 * text): the definition, the versions of the référentiels it was built from, the items and domains to assess,
 * and the withdrawn items a document may still name. A site can build it once (`getInstrument`), embed it as
 * JSON and read it back with `instrumentFromJSON`.
 */
export const Instrument = /* @__PURE__ */ z
  .strictObject({
    ...definitionShape,
    /** Référentiel ID → version of the data the instrument was built from. */
    versions: z.record(StableId, SemVer),
    /** Items to assess (withdrawn and incomplete items excluded), in data order. */
    items: z.array(InstrumentItem),
    groups: z.array(InstrumentGroup),
    /** Every withdrawn item the selection matches, in data order. */
    withdrawn: z.array(WithdrawnItem),
    /**
     * Every item the selection matches whose text is incomplete in the référentiel (status `incomplete`), in
     * data order: it stays in the référentiel but is not assessed. A document may still name it (an answer
     * given before it was left out); `migrate` removes that answer.
     */
    incomplete: z.array(ItemRef),
  })
  .register(z.globalRegistry, { id: "mn.auto-evaluation.Instrument" });
export type Instrument = z.infer<typeof Instrument>;

const groupOf = (referentielId: string, item: Item): string =>
  `${referentielId}/${item.group ?? item.kind}`;

const groupLabel = (referentiel: Referentiel, item: Item): string =>
  referentiel.groups.find((group) => group.id === item.group)?.label ??
  referentiel.shortTitle;

/**
 * What `createInstrument` reads of a référentiel (the rest of its data is left as is): IDs, version, groups,
 * and each item’s kind, group, status and successors.
 */
const ReferentielData = /* @__PURE__ */ z.array(
  z.object({
    id: StableId,
    version: SemVer,
    shortTitle: z.string().check(z.minLength(1)),
    groups: z.array(
      z.object({ id: StableId, label: z.string().check(z.minLength(1)) }),
    ),
    items: z.array(
      z.object({
        id: StableId,
        kind: z.string(),
        group: z.optional(StableId),
        status: z.string(),
        replacedBy: z.optional(z.array(ItemRef)),
      }),
    ),
  }),
);

/** The référentiel with this ID among those given; throws `AssessmentArgumentError` naming the available ones. */
function findReferentiel(
  referentiels: readonly Referentiel[],
  id: string,
): Referentiel {
  const found = referentiels.find((referentiel) => referentiel.id === id);
  if (found) return found;
  const given = referentiels.map((r) => r.id);
  const [suggestion] = nearest(id, given, { count: 1 });
  throw new AssessmentArgumentError([
    {
      path: ["referentiels"],
      code: "unknown-referentiel",
      message: `L’instrument évalue le référentiel ${quote(id)}, absent des référentiels fournis (${frenchList(given.map((r) => quote(r))) || "aucun"})\u00A0: ajoutez-le${suggestion === undefined ? "" : ` (vouliez-vous dire ${quote(suggestion)}\u202F?)`}.`,
    },
  ]);
}

/**
 * Binds an instrument definition to référentiel data (the package’s référentiels, or a federation’s own).
 * Reads the data directly (no catalog, no lookup machinery), so that a bundle carries only the instrument’s
 * référentiels. Throws `AssessmentArgumentError` if the definition or the data is invalid, or if a
 * référentiel of the definition is missing.
 */
export function createInstrument(
  definition: InstrumentDefinition,
  referentiels: readonly Referentiel[],
): Instrument {
  const valid = parseWith(InstrumentDefinition, definition, undefined, [
    "definition",
  ]);
  parseWith(ReferentielData, referentiels, undefined, ["referentiels"]);
  return bindInstrument(valid, referentiels);
}

/** `createInstrument` on arguments already checked. */
export function bindInstrument(
  definition: InstrumentDefinition,
  referentiels: readonly Referentiel[],
): Instrument {
  const selected = definition.referentiels.map((id) =>
    findReferentiel(referentiels, id),
  );
  const kinds = new Set<string>(definition.kinds);
  const items: InstrumentItem[] = [];
  const withdrawn: WithdrawnItem[] = [];
  const incomplete: string[] = [];
  const groups = new Map<string, InstrumentGroup>();
  const seen = new Set<string>();
  // The selected référentiels in the order of the data given (as a catalog lists them), the first of each ID.
  const used = referentiels.filter((referentiel) =>
    selected.includes(referentiel),
  );
  for (const referentiel of used) {
    for (const item of referentiel.items) {
      const id = `${referentiel.id}/${item.id}`;
      if (!kinds.has(item.kind) || seen.has(id)) continue;
      seen.add(id);
      if (item.status === "withdrawn") {
        withdrawn.push({ id, replacedBy: [...(item.replacedBy ?? [])] });
        continue;
      }
      if (item.status === "incomplete") {
        incomplete.push(id);
        continue;
      }
      const group = groupOf(referentiel.id, item);
      items.push({ id, group });
      const entry = groups.get(group) ?? {
        id: group,
        referentielId: referentiel.id,
        label: groupLabel(referentiel, item),
        items: [],
      };
      entry.items.push(id);
      groups.set(group, entry);
    }
  }
  return {
    id: definition.id,
    label: definition.label,
    scale: definition.scale,
    referentiels: [...definition.referentiels],
    kinds: [...definition.kinds],
    versions: Object.fromEntries(selected.map((r) => [r.id, r.version])),
    items,
    groups: [...groups.values()],
    withdrawn,
    incomplete,
  };
}

/** What the schema cannot see: duplicate IDs, items and domains that disagree, référentiels without a version. */
function checkInstrument(instrument: Instrument): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map(instrument.groups.map((g) => [g.id, g]));
  const ids = new Set<string>();
  const check = (
    ok: boolean,
    path: Problem["path"],
    code: string,
    message: string,
  ) => {
    if (!ok) problems.push({ path, code, message });
  };
  for (const [index, { id, group }] of instrument.items.entries()) {
    check(
      !ids.has(id),
      ["items", index],
      "duplicate-item",
      `L’item ${quote(id)} apparaît deux fois\u00A0: gardez-en un.`,
    );
    ids.add(id);
    check(
      groups.get(group)?.items.includes(id) === true,
      ["items", index, "group"],
      "unknown-group",
      `L’item ${quote(id)} est rangé dans le domaine ${quote(group)}, qui ne le liste pas\u00A0: corrigez «\u00A0groups\u00A0».`,
    );
  }
  for (const [index, { id }] of instrument.withdrawn.entries())
    check(
      !ids.has(id),
      ["withdrawn", index],
      "duplicate-item",
      `L’item ${quote(id)} est à la fois évalué et retiré\u00A0: gardez l’un des deux.`,
    );
  for (const [index, id] of instrument.incomplete.entries())
    check(
      !ids.has(id),
      ["incomplete", index],
      "duplicate-item",
      `L’item ${quote(id)} est à la fois évalué et déclaré incomplet\u00A0: gardez l’un des deux.`,
    );
  const listed = instrument.groups.reduce((n, g) => n + g.items.length, 0);
  check(
    listed === instrument.items.length,
    ["groups"],
    "group-items-mismatch",
    "Les domaines ne listent pas exactement les items évalués\u00A0: corrigez «\u00A0groups\u00A0».",
  );
  for (const id of instrument.referentiels)
    check(
      Object.hasOwn(instrument.versions, id),
      ["versions", id],
      "missing-version",
      `Il manque la version du référentiel ${quote(id)}\u00A0: ajoutez-la.`,
    );
  check(
    instrument.scale.levels.some(
      (l) => l.id === instrument.scale.defaultTarget,
    ),
    ["scale", "defaultTarget"],
    "unknown-level",
    `Le niveau visé ${quote(instrument.scale.defaultTarget)} n’existe pas dans l’échelle\u00A0: choisissez l’un de ses niveaux.`,
  );
  return problems;
}

/**
 * An instrument argument, checked: bounded, then the schema, then the consistency of items, domains and
 * versions. Throws `AssessmentArgumentError` listing every problem, each path under `path`.
 */
export function readInstrument(
  value: unknown,
  path: Problem["path"] = ["instrument"],
): Instrument {
  const parsed = parseWith(Instrument, value, failArgument, path);
  throwIf(
    checkInstrument(parsed).map((problem) => ({
      ...problem,
      path: [...path, ...problem.path],
    })),
  );
  return parsed;
}

/**
 * The instrument as JSON text, to embed in a page or save; `instrumentFromJSON` reads it back. Throws
 * `AssessmentArgumentError` when the value is not a valid instrument.
 */
export const instrumentToJSON = (instrument: Instrument): string =>
  JSON.stringify(readInstrument(instrument));

/**
 * Reads an instrument from its JSON text (or an already parsed value) and validates it: the schema, then the
 * consistency of items, domains and versions. Throws `AssessmentArgumentError` listing every problem in French.
 */
export function instrumentFromJSON(input: unknown): Instrument {
  const raw = readInput(
    input,
    failArgument,
    "La description de l’instrument n’est pas un JSON complet et valide\u00A0: générez-la de nouveau avec `instrumentToJSON`.",
  );
  return readInstrument(raw, []);
}
