import { describeType } from "./errors.js";
import { SKIPPED } from "./ids.js";
import { indexQuestionnaire } from "./questionnaire-index.js";
import type { AnswersDocument } from "./schema/answers.js";
import type { Problem } from "./schema/problem.js";
import type { Questionnaire } from "./schema/questionnaire.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeProblem(
  path: Problem["path"],
  expected: string,
  value: unknown,
): Problem {
  return {
    path,
    code: "invalid_type",
    message: `expected ${expected}, received ${describeType(value)}`,
  };
}

/**
 * Checks the shape of an answers document without zod (the scoring entry ships without it).
 * Mirrors the `AnswersDocument` schema for the fields scoring reads; a test keeps them in step.
 */
export function checkAnswersShape(input: unknown): Problem[] {
  if (!isRecord(input)) return [typeProblem([], "an answers object", input)];
  const problems: Problem[] = [];
  const { questionnaireId: id, questionnaireVersion: version, answers } = input;
  if (typeof id !== "string" || id === "")
    problems.push(typeProblem(["questionnaireId"], "a non-empty string", id));
  if (!Number.isSafeInteger(version) || (version as number) < 1)
    problems.push(
      typeProblem(["questionnaireVersion"], "an integer ≥ 1", version),
    );
  if (!isRecord(answers)) {
    problems.push(
      typeProblem(["answers"], "an object of question ID → option ID", answers),
    );
    return problems;
  }
  for (const key of Object.keys(answers)) {
    const value = answers[key];
    if (typeof value !== "string")
      problems.push(
        typeProblem(["answers", key], `an option ID or "${SKIPPED}"`, value),
      );
  }
  return problems;
}

/** Checks that a well-shaped answers document belongs to this questionnaire: ID, version, question and option IDs. */
export function checkAnswersAgainst(
  q: Questionnaire,
  doc: AnswersDocument,
  { version = true }: { version?: boolean } = {},
): Problem[] {
  const problems: Problem[] = [];
  if (doc.questionnaireId !== q.id)
    problems.push({
      path: ["questionnaireId"],
      code: "questionnaire_mismatch",
      message: `answers are for questionnaire "${doc.questionnaireId}", not "${q.id}"`,
    });
  if (version && doc.questionnaireVersion !== q.version)
    problems.push({
      path: ["questionnaireVersion"],
      code: "version_mismatch",
      message: `answers are for version ${doc.questionnaireVersion}, the questionnaire is version ${q.version}${doc.questionnaireVersion < q.version ? ": call migrateAnswers first" : ""}`,
    });
  const index = indexQuestionnaire(q);
  for (const [questionId, optionId] of Object.entries(doc.answers)) {
    const question = index.questions.get(questionId);
    if (!question)
      problems.push({
        path: ["answers", questionId],
        code: "unknown_question",
        message: `unknown question ID "${questionId}"`,
      });
    else if (optionId !== SKIPPED && !question.options.has(optionId))
      problems.push({
        path: ["answers", questionId],
        code: "unknown_option",
        message: `unknown option "${optionId}" for question "${questionId}" (expected one of: ${[...question.options.keys(), SKIPPED].join(", ")})`,
      });
  }
  return problems;
}
