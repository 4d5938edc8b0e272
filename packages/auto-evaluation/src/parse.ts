import type { FrenchParseResult } from "@mediation-numerique/core";
import type { Referentiel } from "@mediation-numerique/referentiels/schema";
import type { AssessmentDocument } from "./engine/document.js";
import {
  InstrumentId,
  readInstrument,
  type Instrument,
} from "./engine/instrument.js";
import { readOptions } from "./engine/input.js";
import { checkDocument, readDocumentInput, resultOf } from "./engine/parse.js";
import { getInstrument } from "./instruments.js";

/** Options of `parse`: the instrument to check against, or the référentiels to build it from. */
export interface ParseOptions {
  /** Check against this instrument (by default: the one the document names, on the package’s référentiels). */
  readonly instrument?: Instrument;
  /** Build the document’s instrument from these référentiels instead of the package’s. */
  readonly referentiels?: readonly Referentiel[];
}

/** The options checked: the instrument given, if any, and the référentiels to bind the document’s own to. */
function readParseOptions(options: unknown) {
  const { instrument, referentiels } = readOptions(options);
  return {
    instrument:
      instrument === undefined
        ? undefined
        : readInstrument(instrument, ["options", "instrument"]),
    referentiels: referentiels as readonly Referentiel[] | undefined,
  };
}

/** The instrument to check `raw` against: the one given, or the one the document names. */
function instrumentFor(
  raw: unknown,
  { instrument, referentiels }: ReturnType<typeof readParseOptions>,
): Instrument | undefined {
  if (instrument) return instrument;
  const named = InstrumentId.safeParse(
    typeof raw === "object" && raw !== null
      ? (raw as { instrument?: unknown }).instrument
      : undefined,
  );
  return named.success ? getInstrument(named.data, referentiels) : undefined;
}

function read(
  input: unknown,
  options: ReturnType<typeof readParseOptions>,
): AssessmentDocument {
  const raw = readDocumentInput(input);
  return checkDocument(raw, instrumentFor(raw, options));
}

/**
 * Reads an answers document, from its JSON text or from an already parsed value, and checks it against its
 * instrument (the one given, or the one the document names on the package’s référentiels). Returns the
 * document, or throws `AssessmentDocumentError` listing every problem with its path (truncated JSON: one
 * problem at path `[]`); invalid options throw `AssessmentArgumentError`. The `./engine` subpath’s `parse`
 * takes the instrument as a required option.
 */
export function parse(
  input: unknown,
  options: ParseOptions = {},
): AssessmentDocument {
  return read(input, readParseOptions(options));
}

/**
 * `parse` that returns its result: `{ success: true, data }`, or `{ success: false, problems }` for an
 * invalid document. Invalid options still throw `AssessmentArgumentError`.
 */
export function safeParse(
  input: unknown,
  options: ParseOptions = {},
): FrenchParseResult<AssessmentDocument> {
  const checked = readParseOptions(options);
  return resultOf(() => read(input, checked));
}
