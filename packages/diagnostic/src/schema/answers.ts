import * as z from "zod/mini";
import { SKIPPED } from "../ids.js";

/**
 * A person’s answers as the site saves them (localStorage, an exported file).
 * Each value is an option ID of the question, or "skipped" (“I don’t know”, reported as unanswered).
 */
export const AnswersDocument = /* @__PURE__ */ z
  .object({
    questionnaireId: z.string().check(z.minLength(1)),
    questionnaireVersion: z.int().check(z.minimum(1)),
    answers: z.record(z.string(), z.string()).register(z.globalRegistry, {
      description: `Identifiant de question → identifiant d’option, ou «\u00A0${SKIPPED}\u00A0».`,
    }),
    updatedAt: z.optional(z.iso.datetime({ offset: true })),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.AnswersDocument" });
export type AnswersDocument = z.infer<typeof AnswersDocument>;
