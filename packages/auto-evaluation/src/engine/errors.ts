import { MediationError, type Problem } from "@mediation-numerique/core";

type Problems = readonly [Problem, ...Problem[]];

/**
 * Base class of the package’s errors, itself a `MediationError` of `@mediation-numerique/core`: every
 * problem found (`problems`, never empty), each with its path (an array of keys and indexes), a stable
 * kebab-case `code` and a French message.
 */
export abstract class AutoEvaluationError extends MediationError {
  override readonly name: string = "AutoEvaluationError";
}

/** Thrown by `parse`, `migrate`, `profile`… when a document is not a valid answers document. */
export class AssessmentDocumentError extends AutoEvaluationError {
  override readonly name: string = "AssessmentDocumentError";
  constructor(problems: Problems) {
    super("Document d’auto-évaluation invalide", problems);
  }
}

/**
 * Thrown when an argument other than a document is wrong: an instrument, options (unknown target level,
 * documents in the wrong order…), a profile, an indicator value, or an input too large to be read.
 */
export class AssessmentArgumentError extends AutoEvaluationError {
  override readonly name: string = "AssessmentArgumentError";
  constructor(problems: Problems) {
    super("Argument invalide", problems);
  }
}
