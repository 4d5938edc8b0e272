import * as z from "zod/mini";
import { AnswersDocument } from "./answers.js";

/** One answer: a question ID and the option ID (or "skipped") given to it. */
export const AnswerRef = /* @__PURE__ */ z.object({
  questionId: z.string(),
  value: z.string(),
});
export type AnswerRef = z.infer<typeof AnswerRef>;

/** Why an answer could not be carried to the current version. */
export const NotCarriedCode = /* @__PURE__ */ z
  .enum([
    "question-withdrawn",
    "option-withdrawn",
    "unknown-question",
    "unknown-option",
    "conflict",
  ])
  .register(z.globalRegistry, { id: "mn.diagnostic.NotCarriedCode" });
export type NotCarriedCode = z.infer<typeof NotCarriedCode>;

/** What `migrateAnswers` did: the migrated document, what it carried, and exactly what it could not. */
export const MigrationReport = /* @__PURE__ */ z
  .object({
    answers: AnswersDocument,
    fromVersion: z.int(),
    toVersion: z.int(),
    carried: z.array(z.object({ from: AnswerRef, to: AnswerRef })),
    notCarried: z.array(
      z.extend(AnswerRef, { code: NotCarriedCode, message: z.string() }),
    ),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.MigrationReport" });
export type MigrationReport = z.infer<typeof MigrationReport>;
