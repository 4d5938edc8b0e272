import { expectedReceived, list, quote } from "./errors.js";
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
    message: expectedReceived(expected, value),
  };
}

/** The answers belong to another questionnaire: shared by `score` and `migrateAnswers`. */
export function questionnaireMismatch(
  q: Questionnaire,
  doc: AnswersDocument,
): Problem {
  return {
    path: ["questionnaireId"],
    code: "questionnaire_mismatch",
    message: `réponses du questionnaire ${quote(doc.questionnaireId)}\u202F; attendu\u00A0: ${quote(q.id)}.`,
  };
}

/** The answers are for another version: shared by `score` and `migrateAnswers` (newer answers). */
export function versionMismatch(q: Questionnaire, version: number): Problem {
  return {
    path: ["questionnaireVersion"],
    code: "version_mismatch",
    message: `réponses de la version ${version}\u202F; attendu\u00A0: la version ${q.version}${version < q.version ? " (appelez d’abord migrateAnswers)" : ` (ou chargez le questionnaire en version ${version})`}.`,
  };
}

/**
 * Checks the shape of an answers document without zod (the scoring entry ships without it).
 * Mirrors the `AnswersDocument` schema for the fields scoring reads; a test keeps them in step.
 */
export function checkAnswersShape(input: unknown): Problem[] {
  if (!isRecord(input))
    return [
      typeProblem(
        [],
        "un objet { questionnaireId, questionnaireVersion, answers }",
        input,
      ),
    ];
  const problems: Problem[] = [];
  const { questionnaireId: id, questionnaireVersion: version, answers } = input;
  if (typeof id !== "string" || id === "")
    problems.push(typeProblem(["questionnaireId"], "une chaîne non vide", id));
  if (!Number.isSafeInteger(version) || (version as number) < 1)
    problems.push(
      typeProblem(["questionnaireVersion"], "un entier ≥\u00A01", version),
    );
  if (!isRecord(answers)) {
    problems.push(
      typeProblem(["answers"], "un objet { question\u00A0: réponse }", answers),
    );
    return problems;
  }
  for (const key of Object.keys(answers)) {
    const value = answers[key];
    if (typeof value !== "string")
      problems.push(
        typeProblem(
          ["answers", key],
          `un identifiant d’option ou ${quote(SKIPPED)}`,
          value,
        ),
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
    problems.push(questionnaireMismatch(q, doc));
  if (version && doc.questionnaireVersion !== q.version)
    problems.push(versionMismatch(q, doc.questionnaireVersion));
  const index = indexQuestionnaire(q);
  for (const [questionId, optionId] of Object.entries(doc.answers)) {
    const question = index.questions.get(questionId);
    if (!question)
      problems.push({
        path: ["answers", questionId],
        code: "unknown_question",
        message: `question inconnue ${quote(questionId)}\u00A0: questions possibles\u00A0: ${list(index.questions.keys())}.`,
      });
    else if (optionId !== SKIPPED && !question.options.has(optionId))
      problems.push({
        path: ["answers", questionId],
        code: "unknown_option",
        message: `réponse inconnue ${quote(optionId)} pour la question ${quote(questionId)}\u00A0: valeurs possibles\u00A0: ${list([...question.options.keys(), SKIPPED])}.`,
      });
  }
  return problems;
}
