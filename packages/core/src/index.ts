/**
 * What every `@mediation-numerique/*` package shares: stable IDs and versions, sources, one problem
 * shape and one error base, French messages for zod, French typography, input bounds and suggestions.
 */
export {
  checkBounds,
  checkString,
  DEFAULT_LIMITS,
  type InputLimits,
} from "./bounds.js";
export { describeValue } from "./describe.js";
export { CoreArgumentError } from "./guard.js";
export { MediationError } from "./error.js";
export {
  FormatVersion,
  isStableId,
  MAX_ID_LENGTH,
  SemVer,
  STABLE_ID_PATTERN,
  StableId,
} from "./ids.js";
export { formatPath, listProblems } from "./format.js";
export {
  Problem,
  PROBLEM_CODE_PATTERN,
  ProblemCode,
  type ProblemPath,
} from "./problem.js";
export { NonBlank, SourceDocument, SourceRef } from "./sources.js";
export {
  MAX_SUGGESTION_QUERY,
  nearest,
  type NearestOptions,
} from "./suggest.js";
export {
  cut,
  frenchList,
  frenchSpacing,
  LISTED_VALUES,
  NBSP,
  NNBSP,
  quote,
  QUOTED_LENGTH,
} from "./typography.js";
export {
  expectedReceived,
  type FrenchParseResult,
  frenchErrors,
  safeParseFrench,
  zodProblems,
} from "./zod-french.js";
