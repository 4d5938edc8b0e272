import { z } from "zod";
import {
  createCatalog,
  ItemKind,
  type Referentiel,
  type ResolvedItem,
} from "@mediation-numerique/referentiels";
import { Scale } from "./scale.js";

/** The two instruments of the package. */
export const InstrumentId = z.enum(["centre", "mediateur"]).meta({
  id: "InstrumentId",
  description:
    "«\u00a0centre\u00a0»\u00a0: référentiel d’action\u00a0; «\u00a0mediateur\u00a0»\u00a0: référentiels de compétences.",
});
export type InstrumentId = z.infer<typeof InstrumentId>;

/** What an instrument assesses: which items (by référentiel and kind), on which scale. Withdrawn items are never assessed. */
export const InstrumentDefinition = z
  .strictObject({
    id: InstrumentId,
    label: z.string().min(1),
    scale: Scale,
    referentiels: z.array(z.string()).min(1),
    kinds: z.array(ItemKind).min(1),
  })
  .meta({ id: "InstrumentDefinition" });
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

/** Binds an instrument definition to référentiel data (the package’s référentiels, or a federation’s own). */
export function createInstrument(
  definition: InstrumentDefinition,
  referentiels: readonly Referentiel[],
): Instrument {
  const catalog = createCatalog(referentiels);
  const selected = definition.referentiels.map((id) =>
    catalog.getReferentiel(id),
  );
  const matching = catalog.listItems({
    referentiel: definition.referentiels,
    kind: definition.kinds,
  });
  const items = matching
    .filter((item) => item.status !== "withdrawn")
    .map((item) => ({ id: item.fullId, group: groupOf(item), item }));
  const groups = new Map<string, InstrumentGroup & { items: string[] }>();
  for (const { id, group, item } of items) {
    const referentiel = catalog.getReferentiel(item.referentielId);
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
    known: new Map(matching.map((item) => [item.fullId, item])),
  };
}
