import {
  checkBounds,
  type FrenchParseResult,
  type Problem,
  safeParseFrench,
} from "@mediation-numerique/core";
import { checkAnswersAgainst } from "./check-answers.js";
import { DiagnosticInputError } from "./errors.js";
import { AnswersDocument } from "./schema/answers.js";
import { Questionnaire } from "./schema/questionnaire.js";
import { withSuggestions } from "./suggest.js";

const failure = (
  problems: readonly Problem[],
): FrenchParseResult<never> | undefined => {
  const [first, ...rest] = problems;
  return first === undefined
    ? undefined
    : { success: false, problems: [first, ...rest] };
};

/** Questionnaire objects already found valid: checked once each, as `score` does. */
const valid = new WeakSet();

/**
 * The problems of a questionnaire argument, checked like any input (bounds, then schema), each
 * under `at`; once per questionnaire object that passes.
 */
export function questionnaireProblems(input: unknown, at: string): Problem[] {
  if (typeof input === "object" && input !== null && valid.has(input))
    return [];
  const result = safeParseQuestionnaire(input);
  if (result.success) {
    valid.add(input as object);
    return [];
  }
  return result.problems.map((p) => ({ ...p, path: [at, ...p.path] }));
}

/**
 * Like `parseAnswers`, without throwing: `{ success: true, data }` or `{ success: false, problems }`.
 * The questionnaire, when given, must be one: otherwise its problems come under the path « questionnaire ».
 */
export function safeParseAnswers(
  input: unknown,
  questionnaire?: Questionnaire,
): FrenchParseResult<AnswersDocument> {
  const bad =
    failure(checkBounds(input)) ??
    (questionnaire === undefined
      ? undefined
      : failure(questionnaireProblems(questionnaire, "questionnaire")));
  if (bad) return bad;
  const parsed = safeParseFrench(AnswersDocument, input);
  if (!parsed.success || questionnaire === undefined) return parsed;
  const problems = checkAnswersAgainst(questionnaire, parsed.data);
  return (
    failure(
      withSuggestions(
        questionnaire.questions.map((question) => question.id),
        problems,
      ),
    ) ?? parsed
  );
}

/**
 * Reads an answers document (from localStorage, a file, a form) and returns it typed.
 * With a questionnaire, also checks its ID, version, question and option IDs,
 * and suggests the nearest known IDs for an unknown question.
 *
 * @throws {DiagnosticInputError} listing every problem, each with its path.
 */
export function parseAnswers(
  input: unknown,
  questionnaire?: Questionnaire,
): AnswersDocument {
  const result = safeParseAnswers(input, questionnaire);
  if (!result.success) throw new DiagnosticInputError(result.problems);
  return result.data;
}

/**
 * Like `parseQuestionnaire`, without throwing: `{ success: true, data }` or `{ success: false, problems }`.
 */
export function safeParseQuestionnaire(
  input: unknown,
): FrenchParseResult<Questionnaire> {
  return failure(checkBounds(input)) ?? safeParseFrench(Questionnaire, input);
}

/**
 * Validates a questionnaire, for instance a federation’s own, before scoring with it:
 * the schema, then the cross-references (unique IDs, known domains and obstacles, 0-point options).
 *
 * @throws {DiagnosticInputError} listing every problem, each with its path.
 */
export function parseQuestionnaire(input: unknown): Questionnaire {
  const result = safeParseQuestionnaire(input);
  if (!result.success) throw new DiagnosticInputError(result.problems);
  return result.data;
}
