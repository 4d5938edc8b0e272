import { z } from "zod";
import { SKIPPED } from "../ids.js";

/**
 * A person’s answers as the site saves them (localStorage, an exported file).
 * Each value is an option ID of the question, or "skipped" (“I don’t know”, reported as unanswered).
 */
export const AnswersDocument = z
  .object({
    questionnaireId: z.string().min(1),
    questionnaireVersion: z.int().min(1),
    answers: z
      .record(z.string(), z.string())
      .describe(`Question ID → option ID, or "${SKIPPED}".`),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: "AnswersDocument" });
export type AnswersDocument = z.infer<typeof AnswersDocument>;
