import * as z from "zod/mini";
import { AssessmentArgumentError, safeParseFr, zodProblems } from "./errors.js";
import { Answer, SCHEMA_VERSION, type AssessmentDocument } from "./document.js";
import type { Instrument } from "./instrument.js";
import { parse } from "./parse.js";
import { CentreIndicators } from "../centre/indicators.js";

/** What `createDocument` needs: the date (the functions never read the clock), and optional first answers. */
export const CreateDocumentOptions = z.strictObject({
  /** ISO 8601 date-time of creation, e.g. `new Date().toISOString()`. */
  date: z.iso.datetime({
    offset: true,
    error: "La date s’écrit au format ISO 8601.",
  }),
  answers: z.optional(z.record(z.string(), Answer)),
  indicators: z.optional(CentreIndicators),
});
export type CreateDocumentOptions = z.input<typeof CreateDocumentOptions>;

/**
 * A new answers document for the instrument: every assessed item present and unanswered (`{}`), then the
 * answers given. Throws `AssessmentDocumentError` if a given answer names an unknown item or level.
 */
export function createDocument(
  instrument: Instrument,
  options: CreateDocumentOptions,
): AssessmentDocument {
  const parsed = safeParseFr(CreateDocumentOptions, options);
  if (!parsed.success)
    throw new AssessmentArgumentError(zodProblems(parsed.error));
  const { date, answers = {}, indicators } = parsed.data;
  const document = {
    schemaVersion: SCHEMA_VERSION,
    instrument: instrument.id,
    referentiels: { ...instrument.versions },
    createdAt: date,
    updatedAt: date,
    answers: {
      ...Object.fromEntries(instrument.items.map(({ id }) => [id, {}])),
      ...answers,
    },
    ...(indicators ? { indicators } : {}),
  };
  return parse(document, { instrument });
}
