/**
 * `@mediation-numerique/auto-evaluation/engine`: the engine without any référentiel data. Every function takes
 * the instrument as an argument: a plain JSON value that a site builds once with `getInstrument` (main entry),
 * embeds as JSON and reads back with `instrumentFromJSON`. A browser bundle of this entry carries no
 * référentiel text.
 *
 * @packageDocumentation
 */
// The problem shape and the error base are the core’s: one model for every @mediation-numerique package.
export { MediationError, Problem } from "@mediation-numerique/core";
export {
  AutoEvaluationError,
  AssessmentDocumentError,
  AssessmentArgumentError,
} from "./engine/errors.js";
export { Level, Scale, scoreOf, maxScore } from "./engine/scale.js";
export {
  InstrumentId,
  InstrumentDefinition,
  Instrument,
  InstrumentGroup,
  InstrumentItem,
  WithdrawnItem,
  createInstrument,
  instrumentToJSON,
  instrumentFromJSON,
} from "./engine/instrument.js";
export {
  SCHEMA_VERSION,
  OLDER_SCHEMA_VERSIONS,
  Answer,
  SetAsideAnswer,
  AssessmentDocument,
} from "./engine/document.js";
export {
  createDocument,
  CreateDocumentOptions,
} from "./engine/create-document.js";
export { serialize } from "./engine/serialize.js";
export { parse, safeParse, type EngineParseOptions } from "./engine/parse.js";
export {
  migrate,
  type MigrationChange,
  type MigrationResult,
  type OlderAssessmentDocument,
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
  type CompareOptions,
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
  INDICATOR_KINDS,
  INDICATOR_CATEGORIES,
  INDICATOR_COUNT_MAX,
  formatIndicatorValue,
  type IndicatorKind,
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
export {
  INDICATOR_THEMES,
  benchmarkThemes,
  type IndicatorThemeId,
  type ThemeComparison,
} from "./centre/themes.js";
export {
  INDICATOR_PARTS,
  indicatorProblems,
} from "./centre/check-indicators.js";
export {
  INDICATOR_ITEMS,
  KEY_POINTS,
  keyPoints,
  type IndicatorEvidence,
  type KeyPoint,
  type KeyPoints,
} from "./centre/key-points.js";
export {
  CentreStructure,
  Siret,
  CodeInsee,
  isValidSiret,
} from "./centre/structure.js";
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
  aggregate,
  aggregateFiles,
  aggregatePart,
  mergeParts,
  networkReport,
} from "./network/aggregate.js";
export {
  MAX_NETWORK_DOCUMENTS,
  type AggregateOptions,
  type NetworkFile,
} from "./network/input.js";
export {
  AggregationPart,
  DocumentEntry,
  UnreadableInput,
} from "./network/part.js";
export type {
  GroupFigures,
  ItemFigures,
  NetworkCompleteness,
  NetworkDocument,
  NetworkReport,
  SetAsideDocument,
} from "./network/report.js";
export type { LevelFigures } from "./network/counts.js";
export type { NetworkFigure, NetworkIndicator } from "./network/indicators.js";
export {
  MIN_GROUP,
  type DomainGaps,
  type LeadCount,
  type NetworkTraining,
  type TrainingCount,
  type Withheld,
} from "./network/training.js";
export {
  NETWORK_CSV_COLUMNS,
  networkCSV,
  networkJSON,
  type NetworkCsvOptions,
} from "./network/export.js";
