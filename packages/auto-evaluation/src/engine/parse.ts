import type { Referentiel } from "@mediation-numerique/referentiels";
import { AssessmentDocument } from "./document.js";
import {
  AssessmentDocumentError,
  safeParseFr,
  zodProblems,
  type Problem,
} from "./errors.js";
import { InstrumentId, type Instrument } from "./instrument.js";
import { checkAgainstInstrument } from "./check-document.js";
import { getInstrument } from "../instruments.js";

/** Options of `parse`: the instrument to check against, or the référentiels to build it from. */
export interface ParseOptions {
  /** Check against this instrument (by default: the one the document names, on the package’s référentiels). */
  readonly instrument?: Instrument;
  /** Build the document’s instrument from these référentiels instead of the package’s. */
  readonly referentiels?: readonly Referentiel[];
}

const readJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AssessmentDocumentError([
      {
        path: "",
        code: "invalid-json",
        message:
          "Le texte n’est pas un JSON complet et valide (fichier tronqué ou modifié\u00a0?)\u00a0: exportez de nouveau le document depuis le site.",
      },
    ]);
  }
};

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
 * instrument. Returns the document, or throws `AssessmentDocumentError` listing every problem with its path
 * (truncated JSON: one problem at path `""`).
 */
export function parse(
  input: unknown,
  options: ParseOptions = {},
): AssessmentDocument {
  const raw = typeof input === "string" ? readJson(input) : input;
  const result = safeParseFr(AssessmentDocument, raw);
  const instrument = instrumentFor(raw, options);
  const problems: Problem[] = [
    ...(result.success ? [] : zodProblems(result.error)),
    ...(instrument ? checkAgainstInstrument(raw, instrument) : []),
  ];
  if (problems.length > 0 || !result.success) {
    throw new AssessmentDocumentError(problems);
  }
  return result.data;
}
