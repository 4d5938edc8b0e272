import {
  cut,
  expectedReceived,
  frenchList,
  NBSP,
  NNBSP,
  type Problem,
  quote,
} from "@mediation-numerique/core";
import { UNREADABLE } from "./errors.js";
import { SKIPPED } from "./ids.js";
import { indexQuestionnaire } from "./questionnaire-index.js";
import type { AnswersDocument } from "./schema/answers.js";
import type { Questionnaire } from "./schema/questionnaire.js";

/** A key in a problem’s path, cut as core’s `zodProblems` cuts them: the message stays short. */
const cutKey = (key: string): string => cut(key, 80);

/** The most answers a document may hold: far more than any questionnaire has questions. */
export const MAX_ANSWERS = 1000;

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
    code: "invalid-type",
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
    code: "questionnaire-mismatch",
    message: `réponses du questionnaire ${quote(doc.questionnaireId)}${NNBSP}; attendu${NBSP}: ${quote(q.id)}.`,
  };
}

/** The answers are for another version: shared by `score` and `migrateAnswers` (newer answers). */
export function versionMismatch(q: Questionnaire, version: number): Problem {
  return {
    path: ["questionnaireVersion"],
    code: "version-mismatch",
    message: `réponses de la version ${version}${NNBSP}; attendu${NBSP}: la version ${q.version}${version < q.version ? " (appelez d’abord migrateAnswers)" : ` (ou chargez le questionnaire en version ${version})`}.`,
  };
}

/**
 * Checks the shape of an answers document without zod (the scoring entry ships without it).
 * Mirrors the `AnswersDocument` schema for the fields scoring reads; a test keeps them in step.
 * Bounded: reads only the top-level fields and the answers’ own values (never deeper), refuses more
 * than `MAX_ANSWERS` answers, and reports a value that refuses to be read (a proxy, a getter that throws).
 */
export function checkAnswersShape(input: unknown): Problem[] {
  try {
    return readAnswersShape(input);
  } catch {
    return [UNREADABLE];
  }
}

function readAnswersShape(input: unknown): Problem[] {
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
      typeProblem(["questionnaireVersion"], `un entier ≥${NBSP}1`, version),
    );
  if (!isRecord(answers)) {
    problems.push(
      typeProblem(
        ["answers"],
        `un objet { question${NBSP}: réponse }`,
        answers,
      ),
    );
    return problems;
  }
  const keys = Object.keys(answers);
  if (keys.length > MAX_ANSWERS) {
    problems.push({
      path: ["answers"],
      code: "too-many-values",
      message: `${keys.length} réponses${NNBSP}; au plus ${MAX_ANSWERS}.`,
    });
    return problems;
  }
  for (const key of keys) {
    const value = answers[key];
    if (typeof value !== "string")
      problems.push(
        typeProblem(
          ["answers", cutKey(key)],
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
        path: ["answers", cutKey(questionId)],
        code: "unknown-question",
        message: `question inconnue ${quote(questionId)}${NBSP}: questions possibles${NBSP}: ${frenchList(index.questions.keys())}.`,
      });
    else if (optionId !== SKIPPED && !question.options.has(optionId))
      problems.push({
        path: ["answers", cutKey(questionId)],
        code: "unknown-option",
        message: `réponse inconnue ${quote(optionId)} pour la question ${quote(questionId)}${NBSP}: valeurs possibles${NBSP}: ${frenchList([...question.options.keys(), SKIPPED])}.`,
      });
  }
  return problems;
}
