import type * as z from "zod/mini";
import { checkAnswersAgainst } from "./check-answers.js";
import { DiagnosticInputError } from "./errors.js";
import { AnswersDocument } from "./schema/answers.js";
import type { Problem } from "./schema/problem.js";
import { Questionnaire } from "./schema/questionnaire.js";
import { withSuggestions } from "./suggest.js";
import { frenchErrors } from "./zod-errors.js";

function toProblems(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) =>
      typeof key === "symbol" ? String(key) : key,
    ),
    code: issue.code === "invalid_type" ? "invalid_type" : "invalid_value",
    message: issue.message,
  }));
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
  const parsed = AnswersDocument.safeParse(input, { error: frenchErrors });
  if (!parsed.success) throw new DiagnosticInputError(toProblems(parsed.error));
  if (questionnaire) {
    const problems = withSuggestions(
      questionnaire,
      checkAnswersAgainst(questionnaire, parsed.data),
    );
    if (problems.length > 0) throw new DiagnosticInputError(problems);
  }
  return parsed.data;
}

/**
 * Validates a questionnaire, for instance a federation’s own, before scoring with it:
 * the schema, then the cross-references (unique IDs, known domains and obstacles, 0-point options).
 *
 * @throws {DiagnosticInputError} listing every problem, each with its path.
 */
export function parseQuestionnaire(input: unknown): Questionnaire {
  const parsed = Questionnaire.safeParse(input, { error: frenchErrors });
  if (!parsed.success) throw new DiagnosticInputError(toProblems(parsed.error));
  return parsed.data;
}
