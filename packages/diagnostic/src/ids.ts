/**
 * Plain constants shared by the zod schemas and by the zod-free scoring code,
 * so that `@mediation-numerique/diagnostic/scoring` ships without zod.
 */

/** The four autonomy level IDs, lowest first. Stable data IDs: never renamed, never reused. */
export const LEVEL_IDS = [
  "sans-usage",
  "usage-accompagne",
  "usage-partiel",
  "autonome",
] as const;

/** The answer value that records “skipped / I don’t know”: reported as unanswered, never as zero. */
export const SKIPPED = "skipped";
