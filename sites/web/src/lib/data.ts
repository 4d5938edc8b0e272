import {
  getGroupPath,
  getItem,
  getReferentiel,
  listItems,
  type Referentiel,
  type ResolvedItem,
} from "@mediation-numerique/referentiels";

/** The label path of an item's group, from the package: « Les dimensions de l’action › Dimension collective ». */
export const groupPath = (referentielId: string, groupId?: string): string =>
  getGroupPath(referentielId, groupId)
    .map((group) => group.label)
    .join(" › ");

/** The item and its référentiel for a full ID, or undefined when the ID is unknown. */
export function resolve(
  fullId: string,
): { item: ResolvedItem; referentiel: Referentiel } | undefined {
  try {
    const item = getItem(fullId);
    return { item, referentiel: getReferentiel(item.referentielId) };
  } catch {
    return undefined;
  }
}

/** How many items of a référentiel have each status, from the package's filter. */
export const statusCount = (
  referentielId: string,
  status: ResolvedItem["status"],
): number => listItems({ referentiel: referentielId, status }).length;

/** The source document of a reference, for display. */
export const documentOf = (referentiel: Referentiel, documentId: string) =>
  referentiel.documents.find((document) => document.id === documentId);
