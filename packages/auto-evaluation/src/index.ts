/**
 * @mediation-numerique/auto-evaluation: self-assessment of a social centre against the référentiel d’action,
 * and of a mediator against the competence référentiels, with survey benchmarks and training leads.
 * It references the items of `@mediation-numerique/referentiels` by ID and never copies their text.
 *
 * Typical use: `getInstrument("mediateur")` → `createDocument` → (the user answers) → `serialize` / `parse`
 * → `migrate` when the référentiels change → `profile` → `trainingLeads` or `benchmarkComparison` → `compare`.
 *
 * @packageDocumentation
 */
export {
  Problem,
  AutoEvaluationError,
  AssessmentDocumentError,
  AssessmentArgumentError,
} from "./engine/errors.js";
export { Level, Scale, scoreOf, maxScore } from "./engine/scale.js";
export {
  InstrumentId,
  InstrumentDefinition,
  createInstrument,
  type Instrument,
  type InstrumentGroup,
  type InstrumentItem,
} from "./engine/instrument.js";
export { getInstrument } from "./instruments.js";
export {
  SCHEMA_VERSION,
  Answer,
  SetAsideAnswer,
  AssessmentDocument,
} from "./engine/document.js";
export {
  createDocument,
  CreateDocumentOptions,
} from "./engine/create-document.js";
export { serialize } from "./engine/serialize.js";
export { parse, type ParseOptions } from "./engine/parse.js";
export {
  migrate,
  type MigrationChange,
  type MigrationResult,
} from "./engine/migrate.js";
export {
  profile,
  ProfileOptions,
  type AssessmentProfile,
  type GroupProfile,
  type ItemResult,
  type Summary,
} from "./engine/profile.js";
export {
  compare,
  type Comparison,
  type GroupProgress,
  type ItemChange,
  type Progress,
} from "./engine/compare.js";
export { maturityScale, centreDefinition } from "./centre/instrument.js";
export {
  CentreIndicators,
  IndicatorId,
  EquipmentState,
  Bandwidth,
  INDICATOR_LABELS,
  formatIndicatorValue,
  type IndicatorValue,
} from "./centre/indicators.js";
export {
  benchmarks,
  Benchmarks,
  BenchmarkFigure,
  AppliesTo,
  SurveyDocument,
  SurveyDocumentId,
} from "./centre/benchmarks.js";
export {
  benchmarkComparison,
  type FigureComparison,
  type IndicatorComparison,
} from "./centre/benchmark-comparison.js";
export { autonomyScale, mediateurDefinition } from "./mediateur/instrument.js";
export {
  trainingLeads,
  trainingLeadsData,
  Training,
  DomainTrainings,
  TrainingLeadsData,
  type TrainingLead,
  type TrainingLeadsOptions,
} from "./mediateur/training-leads.js";
export {
  assessmentDocumentJsonSchema,
  benchmarksJsonSchema,
  trainingLeadsJsonSchema,
} from "./json-schema.js";
