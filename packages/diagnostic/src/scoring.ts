/**
 * `@mediation-numerique/diagnostic/scoring`: the scoring without zod and without the data,
 * for a federation that brings its own questionnaire (validate it once with `parseQuestionnaire`).
 * @packageDocumentation
 */
export { score } from "./score.js";
export { migrateAnswers } from "./migrate.js";
export { DiagnosticInputError } from "./errors.js";
export {
  COOP_AUTONOMIE_BY_LEVEL,
  WORKSHOP_LEVEL_BY_LEVEL,
} from "./coop-mapping.js";
export { LEVEL_IDS, SKIPPED } from "./ids.js";
export type { AnswersDocument } from "./schema/answers.js";
export type { Questionnaire } from "./schema/questionnaire.js";
export type { DiagnosticResult } from "./schema/result.js";
export type { MigrationReport } from "./schema/migration.js";
export type { Problem } from "@mediation-numerique/core";
