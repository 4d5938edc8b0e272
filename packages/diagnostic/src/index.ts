/**
 * `@mediation-numerique/diagnostic`: the autonomy diagnostic (diagnostic d’autonomie numérique).
 * A versioned questionnaire, its pure and explained scoring, and the levels it yields:
 * a landmark for the person, never a sanction.
 * @packageDocumentation
 */
export * from "./levels.js";
export { LEVEL_IDS, SKIPPED } from "./ids.js";
export { QUESTIONNAIRE } from "./data/questionnaire.js";
export { CRCN, DIGCOMP } from "./data/frameworks.js";
export { score } from "./score.js";
export { migrateAnswers } from "./migrate.js";
export {
  parseAnswers,
  parseQuestionnaire,
  safeParseAnswers,
  safeParseQuestionnaire,
} from "./parse.js";
export { explainInFrench, type FrenchExplanation } from "./explain.js";
export { DiagnosticInputError } from "./errors.js";
export {
  COOP_AUTONOMIE_BY_LEVEL,
  WORKSHOP_LEVEL_BY_LEVEL,
} from "./coop-mapping.js";
export {
  COOP_AUTONOMIE_LABELS,
  COOP_COMMIT,
  COOP_CRA_PATH,
  COOP_DEVICE_QUESTION,
  COOP_DIAGNOSTIC_FIELD_LABELS,
  COOP_DIAGNOSTIC_SOURCES,
  COOP_DOCUMENT,
  COOP_MATERIEL_BY_DEVICE,
  COOP_MATERIEL_LABELS,
  COOP_MATERIEL_READING,
  COOP_WORKSHOP_LEVEL_LABELS,
} from "./data/coop.js";
export { coopValuesFromDiagnostic } from "./coop-values.js";
export * from "./schema/coop.js";
export * from "./schema/answers.js";
export type { Problem } from "@mediation-numerique/core";
export * from "./schema/questionnaire.js";
export * from "./schema/result.js";
export * from "./schema/migration.js";
export * from "./schema/frameworks.js";
export {
  questionnaireJsonSchema,
  QUESTIONNAIRE_SCHEMA_ID,
  SESSION_SCHEMA_ID,
  sessionJsonSchema,
} from "./json-schema.js";
export * from "./schema/session.js";
export { parseSession, safeParseSession } from "./session-parse.js";
export { MAX_SESSION_LENGTH } from "./session-text.js";
export { serializeSession } from "./session-serialize.js";
