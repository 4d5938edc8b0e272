import {
  cut,
  describeValue,
  expectedReceived,
  type FrenchParseResult,
  NBSP,
  NNBSP,
  type ProblemPath,
  safeParseFrench,
} from "@mediation-numerique/core";
import * as z from "zod/mini";
import {
  dataOf,
  DiagnosticInputError,
  problemsOf,
  resultOf,
  throwProblems,
  under,
} from "./errors.js";
import { migrateAnswers } from "./migrate.js";
import { questionnaireProblems, safeParseAnswers } from "./parse.js";
import type { AnswersDocument } from "./schema/answers.js";
import type { MigrationReport } from "./schema/migration.js";
import type { Questionnaire } from "./schema/questionnaire.js";
import {
  type DiagnosticSession,
  type ParsedSession,
  SESSION_FORMAT,
  SESSION_VERSION,
  type SessionChange,
  type SessionRequest,
} from "./schema/session.js";
import { readRequest } from "./session-request.js";
import { readText } from "./session-text.js";
import { migrateRequestV1 } from "./session-v1.js";

const NO_DIAGNOSTIC =
  "il ne contient pas de diagnostic enregistré par cet outil.";
const NOT_A_SESSION =
  "ce fichier n’est pas une session de diagnostic\u00A0: il ne contient pas de diagnostic enregistré par cet outil.";

/** The fields of a version 2 envelope, no other; `answers`, `request` and `step` are checked apart. */
const EnvelopeV2 = /* @__PURE__ */ z.strictObject({
  format: /* @__PURE__ */ z.string(),
  version: /* @__PURE__ */ z.number(),
  answers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  request: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  step: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

const refuse = (path: ProblemPath, code: string, message: string): never => {
  throw new DiagnosticInputError([{ path, code, message }]);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The French changes of a migration: one that sums it up, one for each answer it could not carry. */
function migrationChanges(report: MigrationReport): SessionChange[] {
  const lost = report.notCarried.length;
  const s = lost > 1 ? "s" : "";
  const summary =
    `Ces réponses dataient de la version ${report.fromVersion} du questionnaire${NBSP}: elles ont été mises à jour vers la version ${report.toVersion}` +
    (lost === 0
      ? "."
      : `, sauf ${lost} réponse${s} qui ne peu${lost > 1 ? "vent" : "t"} plus être reprise${s}.`);
  return [
    {
      code: "answers-migrated",
      path: ["answers", "questionnaireVersion"],
      message: summary,
    },
    ...report.notCarried.map((answer): SessionChange => ({
      code: "answer-not-carried",
      path: ["answers", "answers", cut(answer.questionId, 80)],
      message: `Réponse non reprise${NBSP}: ${answer.message}`,
    })),
  ];
}

/**
 * The answers, checked with the questionnaire and carried to its current version. At the current
 * version an answer that does not fit means the file was altered: every such answer is refused.
 */
function readAnswers(
  raw: unknown,
  q: Questionnaire,
  at: ProblemPath,
): { answers: AnswersDocument; changes: SessionChange[] } {
  const document = dataOf(under(at, safeParseAnswers(raw)));
  if (
    document.questionnaireId === q.id &&
    document.questionnaireVersion === q.version
  ) {
    dataOf(under(at, safeParseAnswers(document, q)));
    return { answers: document, changes: [] };
  }
  const report = dataOf(
    under(
      at,
      resultOf(() => migrateAnswers(q, document)),
    ),
  );
  const { updatedAt } = document;
  return {
    answers: {
      ...report.answers,
      ...(updatedAt === undefined ? {} : { updatedAt }),
    },
    changes: migrationChanges(report),
  };
}

/** The saved step if the questionnaire still has it; otherwise its first question. */
function readStep(value: unknown, q: Questionnaire): string {
  if (value === "results" || value === "orientation") return value;
  if (
    typeof value === "string" &&
    value.startsWith("question:") &&
    q.questions.some((question) => `question:${question.id}` === value)
  )
    return value;
  return `question:${q.questions[0]?.id ?? ""}`;
}

/** The answers and the request, read together so that every problem is listed at once. */
function readParts(
  raw: Record<string, unknown>,
  q: Questionnaire,
  envelope: FrenchParseResult<unknown> = { success: true, data: raw },
): [ReturnType<typeof readAnswers>, SessionRequest | null] {
  const answers = resultOf(() => readAnswers(raw["answers"], q, ["answers"]));
  const request = readRequest(raw["request"], ["request"]);
  throwProblems(problemsOf(envelope, answers, request));
  return [dataOf(answers), dataOf(request)];
}

const session = (
  answers: AnswersDocument,
  request: SessionRequest | null,
  step: string,
): DiagnosticSession => ({
  format: SESSION_FORMAT,
  version: SESSION_VERSION,
  answers,
  request,
  step,
});

/** A version 2 envelope: every field known, the request bounded. */
function readV2(raw: Record<string, unknown>, q: Questionnaire): ParsedSession {
  const [answers, request] = readParts(
    raw,
    q,
    safeParseFrench(EnvelopeV2, raw),
  );
  return {
    session: session(answers.answers, request, readStep(raw["step"], q)),
    changes: answers.changes,
  };
}

/** A version 1 envelope: its request loses what the old form answered for the person. */
function readV1(raw: Record<string, unknown>, q: Questionnaire): ParsedSession {
  // Version 1 was lenient: other fields are ignored, and a missing request is none.
  const [answers, saved] = readParts(
    { answers: raw["answers"], request: raw["request"] ?? null },
    q,
  );
  const request = saved === null ? null : migrateRequestV1(saved);
  return {
    session: session(
      answers.answers,
      request?.request ?? null,
      readStep(raw["step"], q),
    ),
    changes: [...answers.changes, ...(request?.changes ?? [])],
  };
}

/** A parsed value: an envelope of a known version, or a bare answers document. */
function readContent(raw: unknown, q: Questionnaire): ParsedSession {
  if (!isRecord(raw)) return refuse([], "unknown-format", NOT_A_SESSION);
  if (!Object.hasOwn(raw, "format")) {
    if (
      !Object.hasOwn(raw, "questionnaireId") &&
      !Object.hasOwn(raw, "answers")
    )
      refuse([], "unknown-format", NOT_A_SESSION);
    const { answers, changes } = readAnswers(raw, q, []);
    return { session: session(answers, null, readStep(null, q)), changes };
  }
  if (raw["format"] !== SESSION_FORMAT)
    refuse(
      ["format"],
      "unknown-format",
      `ce fichier vient d’un autre outil (format ${describeValue(raw["format"])})${NBSP}: ${NO_DIAGNOSTIC}`,
    );
  const version = raw["version"];
  if (version === SESSION_VERSION) return readV2(raw, q);
  if (version === 1) return readV1(raw, q);
  return refuse(
    ["version"],
    "unknown-version",
    typeof version === "number" &&
      Number.isInteger(version) &&
      version > SESSION_VERSION
      ? `ce fichier vient d’une version plus récente de l’outil (version ${version} du format)${NBSP}: celle-ci lit les versions 1 et ${SESSION_VERSION}.`
      : `version du format inconnue${NNBSP}; ${expectedReceived(`1 ou ${SESSION_VERSION}`, version)}`,
  );
}

function readSession(
  text: unknown,
  questionnaire: Questionnaire,
): ParsedSession {
  throwProblems(questionnaireProblems(questionnaire, "questionnaire"));
  return readContent(readText(text), questionnaire);
}

/**
 * Like `parseSession`, without throwing: `{ success: true, data: { session, changes } }` or
 * `{ success: false, problems }`.
 */
export const safeParseSession = (
  text: unknown,
  questionnaire: Questionnaire,
): FrenchParseResult<ParsedSession> =>
  resultOf(() => readSession(text, questionnaire));

/**
 * Reads a saved diagnostic session (from the browser’s storage or an exported file): the text of a
 * session envelope (version 2, or version 1 written by earlier sites), or of a bare answers document.
 * The text is bounded (`MAX_SESSION_LENGTH` characters, 16 levels of nesting) before it is parsed,
 * then every value.
 *
 * The answers are checked with the questionnaire and carried to its current version
 * (`migrateAnswers`); at the current version, an answer that does not fit means the file was
 * altered, and is refused. The request is bounded but not interpreted: validate it with
 * `parseSituation` of `@mediation-numerique/orientation`. A step the questionnaire no longer has
 * becomes its first question. A version 1 request loses the answers the old form had given in
 * advance (« Non » on three questions, every nearby actor checked).
 *
 * Returns the session at the current versions and every change made, each with a French message
 * for the mediator (`changes`, empty when nothing changed).
 *
 * @throws {DiagnosticInputError} listing every problem: not a text, too long, unreadable, another
 * format or an unknown version (`unknown-format`, `unknown-version`), answers of another
 * questionnaire or altered, a request that is not a small JSON object; paths are in the file.
 */
export function parseSession(
  text: unknown,
  questionnaire: Questionnaire,
): ParsedSession {
  return readSession(text, questionnaire);
}
