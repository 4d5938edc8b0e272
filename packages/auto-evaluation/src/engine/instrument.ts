import * as z from "zod/mini";
import {
  ItemKind,
  type Referentiel,
  type ResolvedItem,
} from "@mediation-numerique/referentiels";
import { AssessmentArgumentError } from "./errors.js";
import { Scale } from "./scale.js";

/** The two instruments of the package. */
export const InstrumentId = z
  .enum(["centre", "mediateur"])
  .register(z.globalRegistry, {
    id: "InstrumentId",
    description:
      "«\u00a0centre\u00a0»\u00a0: référentiel d’action\u00a0; «\u00a0mediateur\u00a0»\u00a0: référentiels de compétences.",
  });
export type InstrumentId = z.infer<typeof InstrumentId>;

/** What an instrument assesses: which items (by référentiel and kind), on which scale. Withdrawn items are never assessed. */
export const InstrumentDefinition = z
  .strictObject({
    id: InstrumentId,
    label: z.string().check(z.minLength(1)),
    scale: Scale,
    referentiels: z.array(z.string()).check(z.minLength(1)),
    kinds: z.array(ItemKind).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "InstrumentDefinition" });
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;

/** A domain of an instrument: a group of a référentiel, named `<référentiel id>/<group id>`. */
export interface InstrumentGroup {
  readonly id: string;
  readonly referentielId: string;
  readonly label: string;
  /** Full IDs of the group’s assessed items, in data order. */
  readonly items: readonly string[];
}

/** An item to assess, with the domain it is counted in. */
export interface InstrumentItem {
  readonly id: string;
  readonly group: string;
  readonly item: ResolvedItem;
}

/** An instrument bound to référentiel data: the items and domains to assess, and the versions they come from. */
export interface Instrument {
  readonly definition: InstrumentDefinition;
  readonly id: InstrumentId;
  readonly scale: Scale;
  /** Référentiel ID → version of the data the instrument was built from. */
  readonly versions: Readonly<Record<string, string>>;
  /** Items to assess (withdrawn items excluded), in data order. */
  readonly items: readonly InstrumentItem[];
  readonly groups: readonly InstrumentGroup[];
  /** Every item the selection matches, withdrawn ones included: a document may still name them. */
  readonly known: ReadonlyMap<string, ResolvedItem>;
}

const groupOf = (item: ResolvedItem): string =>
  `${item.referentielId}/${item.group ?? item.kind}`;

const groupLabel = (referentiel: Referentiel, item: ResolvedItem): string =>
  referentiel.groups.find((group) => group.id === item.group)?.label ??
  referentiel.shortTitle;

/** The référentiel with this ID among those given; throws `AssessmentArgumentError` naming the available ones. */
function findReferentiel(
  referentiels: readonly Referentiel[],
  id: string,
): Referentiel {
  const found = referentiels.find((referentiel) => referentiel.id === id);
  if (found) return found;
  throw new AssessmentArgumentError([
    {
      path: "referentiels",
      code: "unknown-referentiel",
      message: `L’instrument évalue le référentiel «\u00a0${id}\u00a0», absent des référentiels fournis (${referentiels.map((r) => r.id).join(", ") || "aucun"})\u00a0: ajoutez-le.`,
    },
  ]);
}

/**
 * Binds an instrument definition to référentiel data (the package’s référentiels, or a federation’s own).
 * Reads the data directly (no catalog, no lookup machinery), so that a bundle carries only the instrument’s
 * référentiels. Throws `AssessmentArgumentError` if a référentiel of the definition is missing.
 */
export function createInstrument(
  definition: InstrumentDefinition,
  referentiels: readonly Referentiel[],
): Instrument {
  const selected = definition.referentiels.map((id) =>
    findReferentiel(referentiels, id),
  );
  const kinds = new Set<string>(definition.kinds);
  // Every item of the selected référentiels, in the order of the data given (as a catalog lists them).
  const known = new Map<string, ResolvedItem>();
  const byId = new Map<string, Referentiel>();
  for (const referentiel of referentiels) {
    if (!definition.referentiels.includes(referentiel.id)) continue;
    byId.set(referentiel.id, byId.get(referentiel.id) ?? referentiel);
    for (const item of referentiel.items) {
      if (!kinds.has(item.kind)) continue;
      const fullId = `${referentiel.id}/${item.id}`;
      known.set(fullId, { ...item, fullId, referentielId: referentiel.id });
    }
  }
  const items = [...known.values()]
    .filter((item) => item.status !== "withdrawn")
    .map((item) => ({ id: item.fullId, group: groupOf(item), item }));
  const groups = new Map<string, InstrumentGroup & { items: string[] }>();
  for (const { id, group, item } of items) {
    const referentiel = byId.get(item.referentielId) as Referentiel;
    const entry = groups.get(group) ?? {
      id: group,
      referentielId: item.referentielId,
      label: groupLabel(referentiel, item),
      items: [],
    };
    entry.items.push(id);
    groups.set(group, entry);
  }
  return {
    definition,
    id: definition.id,
    scale: definition.scale,
    versions: Object.fromEntries(selected.map((r) => [r.id, r.version])),
    items,
    groups: [...groups.values()],
    known,
  };
}
