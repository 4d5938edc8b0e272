import { AssessmentDocument } from "./document.js";
import {
  AssessmentDocumentError,
  readJson,
  safeParseFr,
  zodProblems,
  type Problem,
} from "./errors.js";
import type { Instrument } from "./instrument.js";
import { checkAgainstInstrument } from "./check-document.js";

/** Options of the engine’s `parse`: the instrument to check the document against (required). */
export interface EngineParseOptions {
  readonly instrument: Instrument;
}

export { readJson };

/** Validates a parsed value against the schema and, when given, the instrument. */
export function checkDocument(
  raw: unknown,
  instrument: Instrument | undefined,
): AssessmentDocument {
  const result = safeParseFr(AssessmentDocument, raw);
  const problems: Problem[] = [
    ...(result.success ? [] : zodProblems(result.error)),
    ...(instrument ? checkAgainstInstrument(raw, instrument) : []),
  ];
  if (problems.length > 0 || !result.success) {
    throw new AssessmentDocumentError(problems);
  }
  return result.data;
}

/**
 * Reads an answers document, from its JSON text or from an already parsed value, and checks it against the
 * instrument given. Returns the document, or throws `AssessmentDocumentError` listing every problem with its
 * path (truncated JSON: one problem at path `""`; a document of another instrument: code `wrong-instrument`).
 */
export function parse(
  input: unknown,
  options: EngineParseOptions,
): AssessmentDocument {
  const raw = typeof input === "string" ? readJson(input) : input;
  return checkDocument(raw, options.instrument);
}
