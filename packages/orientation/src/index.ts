export {
  ActorId,
  ACTOR_LABELS,
  ACTOR_SHORT_LABELS,
  ACTOR_ABSENT,
  ACTOR_PRESENCE_UNKNOWN,
} from "./actors.js";
export {
  ModeId,
  MODE_LABELS,
  ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON,
  FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON,
} from "./modes.js";
export { NeedId, NEED_LABELS, NEED_SHORT_LABELS } from "./needs.js";
export { ProcedureId, PROCEDURE_LABELS } from "./procedures.js";
export { DocumentId, DOCUMENTS, SourceRef } from "./sources.js";
export {
  LieuService,
  DispositifProgrammeNational,
  StructureDeRedirection,
} from "./national-schema.js";
export {
  RuleId,
  FrenchSentence,
  RuleCondition,
  RuleOption,
  RuleKind,
  Rule,
  ActorNationalSchema,
  NationalSchemaMapping,
  RulesTable,
} from "./rule-schema.js";
export { RULES_TABLE } from "./rules.js";
export { Situation, parseSituation, safeParseSituation } from "./situation.js";
export {
  NationalSchemaValues,
  Nearby,
  Recommendation,
} from "./recommendation.js";
export { ConditionKey } from "./match.js";
export { unmetConditions } from "./conditions.js";
export {
  RuleOutcome,
  RuleEvaluation,
  UnknownFact,
  Question,
  Explanation,
} from "./explanation.js";
export { explain, orient } from "./explain.js";
export { QUESTIONS } from "./unknown-facts.js";
export { questionsToAsk } from "./questions.js";
export {
  InterventionKind,
  INTERVENTION_KIND_LABELS,
  InterventionDescription,
  InterventionRule,
  INTERVENTION_RULES,
  InterventionClassification,
  classifyIntervention,
  interventionRuleMatches,
} from "./intervention.js";
export { OrientationInputError, type ShownValue } from "./errors.js";
export {
  ResidentSheetInput,
  ResidentSheetCentre,
  ResidentSheetDiagnostic,
} from "./resident-sheet-input.js";
export {
  ResidentSheet,
  KnowHowPart,
  NextStep,
  NextStepsPart,
  BringItem,
  BringPart,
  ContactSection,
} from "./resident-sheet-schema.js";
export { residentSheet } from "./resident-sheet.js";
export {
  CoopThematique,
  CoopThematiqueAdministrative,
  CoopThematiqueChoice,
  CoopThematiqueAdministrativeChoice,
  CoopStructureDeRedirectionChoice,
  CoopOrientationValues,
  CoopOrientationInput,
  CoopReportInput,
} from "./coop-schema.js";
export {
  COOP_THEMATIQUE_LABELS,
  COOP_THEMATIQUE_ADMINISTRATIVE_LABELS,
  COOP_STRUCTURE_DE_REDIRECTION_LABELS,
  COOP_ORIENTATION_FIELD_LABELS,
  COOP_YES_LABEL,
  COOP_ORIENTATION_SOURCES,
} from "./coop-labels.js";
export {
  COOP_DIAGNOSTIC_THEMATIQUE,
  COOP_THEMATIQUES_BY_NEED,
  COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE,
} from "./coop-mapping.js";
export { coopValuesFromOrientation } from "./coop.js";
export {
  CoopReportField,
  CoopReportLine,
  coopReportLines,
  coopReportText,
} from "./coop-text.js";
