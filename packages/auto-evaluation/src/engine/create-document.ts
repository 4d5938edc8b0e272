import * as z from "zod/mini";
import { Answer, SCHEMA_VERSION, type AssessmentDocument } from "./document.js";
import { readInstrument, type Instrument } from "./instrument.js";
import { parseWith } from "./input.js";
import { checkDocument } from "./parse.js";
import { CentreIndicators } from "../centre/indicators.js";
import { CentreStructure } from "../centre/structure.js";

/** What `createDocument` needs: the date (the functions never read the clock), and optional first answers. */
export const CreateDocumentOptions = /* @__PURE__ */ z.strictObject({
  /** ISO 8601 date-time of creation, e.g. `new Date().toISOString()`. */
  date: z.iso.datetime({
    offset: true,
    error:
      "La date s’écrit au format ISO 8601 (ex. «\u00A02025-03-14T10:30:00Z\u00A0»).",
  }),
  answers: z.optional(z.record(z.string(), Answer)),
  indicators: z.optional(CentreIndicators),
  structure: z.optional(CentreStructure),
});
export type CreateDocumentOptions = z.input<typeof CreateDocumentOptions>;

/**
 * A new answers document for the instrument: every assessed item present and unanswered (`{}`), then the
 * answers given. Throws `AssessmentArgumentError` on an invalid instrument or options, and
 * `AssessmentDocumentError` if a given answer names an unknown item or level.
 */
export function createDocument(
  instrument: Instrument,
  options: CreateDocumentOptions,
): AssessmentDocument {
  const valid = readInstrument(instrument);
  const {
    date,
    answers = {},
    indicators,
    structure,
  } = parseWith(CreateDocumentOptions, options, undefined, ["options"]);
  const document = {
    schemaVersion: SCHEMA_VERSION,
    instrument: valid.id,
    referentiels: { ...valid.versions },
    createdAt: date,
    updatedAt: date,
    answers: {
      ...Object.fromEntries(valid.items.map(({ id }) => [id, {}])),
      ...answers,
    },
    ...(indicators ? { indicators } : {}),
    ...(structure ? { structure } : {}),
  };
  return checkDocument(document, valid);
}
