import type { Referentiel } from "@mediation-numerique/referentiels/schema";
import type { AssessmentDocument } from "./engine/document.js";
import { InstrumentId, type Instrument } from "./engine/instrument.js";
import { checkDocument, readJson } from "./engine/parse.js";
import { getInstrument } from "./instruments.js";

/** Options of `parse`: the instrument to check against, or the référentiels to build it from. */
export interface ParseOptions {
  /** Check against this instrument (by default: the one the document names, on the package’s référentiels). */
  readonly instrument?: Instrument;
  /** Build the document’s instrument from these référentiels instead of the package’s. */
  readonly referentiels?: readonly Referentiel[];
}

const instrumentFor = (
  raw: unknown,
  options: ParseOptions,
): Instrument | undefined => {
  if (options.instrument) return options.instrument;
  const named = InstrumentId.safeParse(
    typeof raw === "object" && raw !== null
      ? (raw as { instrument?: unknown }).instrument
      : undefined,
  );
  return named.success
    ? getInstrument(named.data, options.referentiels)
    : undefined;
};

/**
 * Reads an answers document, from its JSON text or from an already parsed value, and checks it against its
 * instrument (the one given, or the one the document names on the package’s référentiels). Returns the
 * document, or throws `AssessmentDocumentError` listing every problem with its path (truncated JSON: one
 * problem at path `""`). The `./engine` subpath’s `parse` takes the instrument as a required option.
 */
export function parse(
  input: unknown,
  options: ParseOptions = {},
): AssessmentDocument {
  const raw = typeof input === "string" ? readJson(input) : input;
  return checkDocument(raw, instrumentFor(raw, options));
}
