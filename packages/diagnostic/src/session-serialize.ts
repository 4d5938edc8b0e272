import {
  checkBounds,
  type FrenchParseResult,
  NBSP,
  type Problem,
  quote,
  safeParseFrench,
} from "@mediation-numerique/core";
import * as z from "zod/mini";
import { dataOf, problemsOf, throwProblems, under } from "./errors.js";
import { questionnaireProblems, safeParseAnswers } from "./parse.js";
import type { Questionnaire } from "./schema/questionnaire.js";
import {
  type DiagnosticSession,
  SESSION_FORMAT,
  SESSION_VERSION,
  SessionContent,
} from "./schema/session.js";
import { readRequest } from "./session-request.js";

const UpdatedAt = /* @__PURE__ */ z.iso.datetime({ offset: true });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The session argument, checked: bounded, its request within `REQUEST_LIMITS` (as `parseSession`
 * reads it back, with precise messages), then the schema.
 */
function readContent(session: unknown): FrenchParseResult<SessionContent> {
  const bounds = checkBounds(session, undefined, ["session"]);
  const [first, ...rest] = bounds;
  if (first !== undefined)
    return { success: false, problems: [first, ...rest] };
  const content = safeParseFrench(SessionContent, session, ["session"]);
  const saved = isRecord(session) ? session["request"] : undefined;
  const request =
    saved === undefined ? content : readRequest(saved, ["session", "request"]);
  if (request.success) return content;
  // The request’s own problems replace the schema’s, which say less.
  const others = problemsOf(content).filter(
    (problem) => problem.path[1] !== "request",
  );
  return {
    success: false,
    problems: [...request.problems, ...others],
  };
}

/** The problems of valid content against a valid questionnaire: answers and step. */
function contentProblems(content: SessionContent, q: Questionnaire): Problem[] {
  const answers = under(
    ["session"],
    safeParseAnswers(
      {
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        answers: content.answers,
      },
      q,
    ),
  );
  const { step } = content;
  const stepKnown =
    !step.startsWith("question:") ||
    q.questions.some((question) => `question:${question.id}` === step);
  return [
    ...problemsOf(answers),
    ...(stepKnown
      ? []
      : [
          {
            path: ["session", "step"],
            code: "unknown-step",
            message: `étape ${quote(step)}${NBSP}: le questionnaire n’a pas cette question.`,
          },
        ]),
  ];
}

/**
 * Writes a diagnostic session as the text to keep in the browser or to export (version 2 of the
 * format, two-space indentation, one line break at the end): the answers, for the current version of
 * `questionnaire`, dated `updatedAt` (ISO 8601 with a time zone, from the caller’s clock: this
 * function never reads the clock), the orientation request (a small JSON object, not interpreted
 * here: validate it with orientation’s `parseSituation` first) and the step. `parseSession` reads it
 * back unchanged.
 *
 * @throws {DiagnosticInputError} listing every problem: an answer or step the questionnaire does not
 * have, a request that is not a small JSON object, a bad date; paths start with `session`,
 * `questionnaire` or `updatedAt`.
 */
export function serializeSession(
  session: SessionContent,
  questionnaire: Questionnaire,
  updatedAt: string,
): string {
  const badQuestionnaire = questionnaireProblems(
    questionnaire,
    "questionnaire",
  );
  const content = readContent(session);
  const date = safeParseFrench(UpdatedAt, updatedAt, ["updatedAt"]);
  throwProblems([
    ...badQuestionnaire,
    ...problemsOf(content, date),
    ...(content.success && badQuestionnaire.length === 0
      ? contentProblems(content.data, questionnaire)
      : []),
  ]);
  const { answers, request, step } = dataOf(content);
  const file: DiagnosticSession = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    answers: {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      answers,
      updatedAt: dataOf(date),
    },
    request,
    step,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
