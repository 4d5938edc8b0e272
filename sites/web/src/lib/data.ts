import {
  getItem,
  getReferentiel,
  listItems,
  type Group,
  type Link,
  type Referentiel,
  type ResolvedItem,
} from "@mediation-numerique/referentiels";

/** The group of an item and its ancestors, outermost first (e.g. dimension › domain). */
export function groupChain(
  referentiel: Referentiel,
  groupId: string | undefined,
): Group[] {
  const chain: Group[] = [];
  let current = referentiel.groups.find((group) => group.id === groupId);
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    const parent: string | undefined = current.parent;
    current = referentiel.groups.find((group) => group.id === parent);
  }
  return chain;
}

/** The label path of an item's group: « Les dimensions de l’action › Dimension collective ». */
export const groupPath = (referentiel: Referentiel, groupId?: string): string =>
  groupChain(referentiel, groupId)
    .map((group) => group.label)
    .join(" › ");

export interface IncomingLink {
  from: ResolvedItem;
  link: Link;
}

/** Links that point to each item, computed once from the data: the other direction of `item.links`. */
const incoming = /* @__PURE__ */ (() => {
  let index: Map<string, IncomingLink[]> | undefined;
  return (): Map<string, IncomingLink[]> => {
    if (index) return index;
    index = new Map();
    for (const from of listItems()) {
      for (const link of from.links ?? []) {
        const list = index.get(link.target) ?? [];
        list.push({ from, link });
        index.set(link.target, list);
      }
    }
    return index;
  };
})();

export const incomingLinks = (fullId: string): IncomingLink[] =>
  incoming().get(fullId) ?? [];

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
