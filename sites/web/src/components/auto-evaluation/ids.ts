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

/** Our assumption for « how long it takes »: about 20 seconds a question (read, think, click). */
export const SECONDS_PER_QUESTION = 20;

/** The time to announce for `questions` questions, rounded up to the next 5 minutes (17 → 20). */
export const estimatedMinutes = (questions: number): number =>
  Math.max(5, Math.ceil((questions * SECONDS_PER_QUESTION) / 60 / 5) * 5);
