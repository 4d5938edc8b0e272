import {
  frenchErrors,
  zodProblems,
  type FrenchParseResult,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import {
  AssessmentDocument,
  OLDER_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
} from "./document.js";
import { AssessmentArgumentError, AssessmentDocumentError } from "./errors.js";
import { readInstrument, type Instrument } from "./instrument.js";
import { readInput, readOptions, throwIf, type Fail } from "./input.js";
import { checkAgainstInstrument } from "./check-document.js";

/** Options of the engine’s `parse`: the instrument to check the document against (required). */
export interface EngineParseOptions {
  readonly instrument: Instrument;
}

const INVALID_DOCUMENT_JSON =
  "Ce fichier est incomplet ou abîmé\u00A0: il ne peut pas être lu. Exportez de nouveau vos réponses depuis le site, puis importez le nouveau fichier.";

export const failDocument: Fail = (problems) =>
  new AssessmentDocumentError(problems);

/** A document argument: its JSON text read, or the value itself, bounded; throws `AssessmentDocumentError`. */
export const readDocumentInput = (input: unknown): unknown =>
  readInput(input, failDocument, INVALID_DOCUMENT_JSON);

/** The `schemaVersion` of a bounded value when it is an older version this package reads, else `undefined`. */
export function olderSchemaVersion(raw: unknown): number | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return undefined;
  const { schemaVersion } = raw as { schemaVersion?: unknown };
  return typeof schemaVersion === "number" &&
    OLDER_SCHEMA_VERSIONS.includes(schemaVersion)
    ? schemaVersion
    : undefined;
}

/**
 * A bounded value of an older version carried to the current one. Version 2 only added the optional
 * `structure` block, so a version 1 document is a version 2 document once its number is changed.
 */
const upgraded = (raw: unknown): unknown =>
  olderSchemaVersion(raw) === undefined
    ? raw
    : { ...(raw as object), schemaVersion: SCHEMA_VERSION };

/**
 * Validates a bounded value against the schema and, when given, the instrument; every problem’s path
 * under `prefix`. An older version the package reads is upgraded first. Throws `AssessmentDocumentError`
 * listing every problem.
 */
export function checkDocument(
  input: unknown,
  instrument: Instrument | undefined,
  prefix: ProblemPath = [],
): AssessmentDocument {
  const raw = upgraded(input);
  // Bounded already (`readDocumentInput`, or a document built from checked options): zod reads it directly.
  const result = AssessmentDocument.safeParse(raw, { error: frenchErrors });
  const more: Problem[] = instrument
    ? checkAgainstInstrument(raw, instrument).map((problem) => ({
        ...problem,
        path: [...prefix, ...problem.path],
      }))
    : [];
  if (!result.success)
    throw new AssessmentDocumentError([
      ...(zodProblems(result.error, prefix) as [Problem, ...Problem[]]),
      ...more,
    ]);
  throwIf(more, failDocument);
  return result.data;
}

/** A document argument read and checked against a valid instrument. */
export const readDocument = (
  input: unknown,
  instrument: Instrument,
  prefix: ProblemPath = [],
): AssessmentDocument =>
  checkDocument(readDocumentInput(input), instrument, prefix);

/** The `instrument` option of the engine’s `parse`, required and checked. */
function instrumentOption(options: unknown): Instrument {
  const { instrument } = readOptions(options);
  if (instrument === undefined)
    throw new AssessmentArgumentError([
      {
        path: ["options", "instrument"],
        code: "missing-instrument",
        message:
          "Le moteur lit un document contre un instrument\u00A0: passez «\u00A0{ instrument }\u00A0» (voir `instrumentFromJSON`), ou utilisez le `parse` de l’entrée principale.",
      },
    ]);
  return readInstrument(instrument, ["options", "instrument"]);
}

/**
 * Reads an answers document, from its JSON text or from an already parsed value, and checks it against the
 * instrument given. Returns the document, or throws `AssessmentDocumentError` listing every problem with its
 * path (truncated JSON: one problem at path `[]`; a document of another instrument: code `wrong-instrument`).
 * Missing or invalid options throw `AssessmentArgumentError`.
 */
export function parse(
  input: unknown,
  options: EngineParseOptions,
): AssessmentDocument {
  return readDocument(input, instrumentOption(options));
}

/**
 * `parse` that returns its result: `{ success: true, data }`, or `{ success: false, problems }` for an
 * invalid document. Missing or invalid options still throw `AssessmentArgumentError`.
 */
export function safeParse(
  input: unknown,
  options: EngineParseOptions,
): FrenchParseResult<AssessmentDocument> {
  const instrument = instrumentOption(options);
  return resultOf(() => readDocument(input, instrument));
}

/** The document `read` returns, or the problems of the `AssessmentDocumentError` it throws. */
export function resultOf(
  read: () => AssessmentDocument,
): FrenchParseResult<AssessmentDocument> {
  try {
    return { success: true, data: read() };
  } catch (error) {
    if (error instanceof AssessmentDocumentError)
      return { success: false, problems: [...error.problems] };
    throw error;
  }
}
