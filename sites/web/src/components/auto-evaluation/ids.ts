/** HTML ids of the tools’ fields, shared by the pages (server) and the islands (browser). */

/** `fcs93-action/projet-numerique` → `q-fcs93-action--projet-numerique`. */
export const fieldId = (itemId: string): string =>
  `q-${itemId.replace("/", "--")}`;

/** The anchor of a domain’s fieldset. */
export const domainAnchor = (groupId: string): string =>
  `domaine-${groupId.replace("/", "--")}`;

/** localStorage keys of the two tools (stated on each page). */
export const STORAGE_KEYS = {
  centre: "mediation-numerique:auto-evaluation:centre",
  mediateur: "mediation-numerique:auto-evaluation:mediateur",
  reference: "mediation-numerique:auto-evaluation:mediateur:reference",
  choice: "mediation-numerique:auto-evaluation:mediateur:referentiels",
} as const;
