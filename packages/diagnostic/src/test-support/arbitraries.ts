import fc from "fast-check";
import { SKIPPED } from "../ids.js";
import type { AnswersDocument } from "../schema/answers.js";
import type { Questionnaire } from "../schema/questionnaire.js";

const ABSENT = Symbol("absent");

function toDocument(
  q: Questionnaire,
  values: readonly (string | typeof ABSENT)[],
): AnswersDocument {
  const answers: Record<string, string> = {};
  q.questions.forEach((question, i) => {
    const value = values[i];
    if (value !== undefined && value !== ABSENT) answers[question.id] = value;
  });
  return { questionnaireId: q.id, questionnaireVersion: q.version, answers };
}

/** Random complete answers: every question answered with one of its options. */
export function completeAnswers(
  q: Questionnaire,
): fc.Arbitrary<AnswersDocument> {
  return fc
    .tuple(
      ...q.questions.map((question) =>
        fc.constantFrom(...question.options.map((o) => o.id)),
      ),
    )
    .map((values) => toDocument(q, values));
}

/** Random valid answers: each question answered, skipped, or left out. */
export function partialAnswers(
  q: Questionnaire,
): fc.Arbitrary<AnswersDocument> {
  return fc
    .tuple(
      ...q.questions.map((question) =>
        fc.oneof(
          fc.constantFrom(...question.options.map((o) => o.id)),
          fc.constant(SKIPPED),
          fc.constant(ABSENT),
        ),
      ),
    )
    .map((values) => toDocument(q, values));
}

/** Anything at all, or a valid document with a few fields replaced by random values. */
export function anyInput(q: Questionnaire): fc.Arbitrary<unknown> {
  const field = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(q.id, q.version, SKIPPED, ...q.questions.map((x) => x.id)),
  );
  const mutated = fc
    .tuple(
      partialAnswers(q),
      fc.constantFrom(
        "questionnaireId",
        "questionnaireVersion",
        "answers",
        "answer",
        "extra",
      ),
      fc.oneof(fc.string(), fc.constantFrom(...q.questions.map((x) => x.id))),
      field,
    )
    .map(([doc, target, key, value]): unknown => {
      if (target === "answer")
        return { ...doc, answers: { ...doc.answers, [key]: value } };
      return { ...doc, [target]: value };
    });
  return fc.oneof(fc.anything(), mutated, partialAnswers(q));
}
