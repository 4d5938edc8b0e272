/**
 * The saved session: the diagnostic package's answers document (shaped by `parseAnswers`, then
 * carried to the current version by `migrateAnswers`), the orientation request (validated by the
 * orientation package's `parseSituation`) and the current step, in a small versioned envelope that
 * is checked on every read. The same text is the exported file.
 */
import {
  DiagnosticInputError,
  migrateAnswers,
  parseAnswers,
  type AnswersDocument,
  type Questionnaire,
} from "@mediation-numerique/diagnostic";
import {
  OrientationInputError,
  parseSituation,
} from "@mediation-numerique/orientation";
import { NBSP, NNBSP } from "../ui";
import { orientationProblems } from "./orientation";
import type { Request, Step } from "./types";

const FORMAT = "mediation-numerique/diagnostic-session";
const FORMAT_VERSION = 1;
export const STORAGE_KEY = "mediation-numerique:diagnostic";

export interface Session {
  answers: Record<string, string>;
  request: Request | null;
  step: Step;
}

/** The packages' own French messages, each after the field it names. */
function frenchProblem(error: unknown): string {
  if (error instanceof DiagnosticInputError)
    return error.problems
      .map((p) =>
        p.path.length > 0
          ? `${p.path.join(".")}${NBSP}: ${p.message}`
          : p.message,
      )
      .join(`${NNBSP}; `);
  if (error instanceof SyntaxError)
    return "ce n’est pas un fichier enregistré par cet outil, ou il est abîmé";
  return error instanceof Error ? error.message : String(error);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The saved request, validated by the orientation package; throws a French message. */
function readRequest(v: unknown): Request | null {
  if (v === null || v === undefined) return null;
  // Files exported before this check wrote an unknown procedure as "": it means absent.
  const input =
    isRecord(v) && v.procedure === "" ? { ...v, procedure: undefined } : v;
  try {
    // The diagnostic gives the autonomy level at orientation time: it is never saved.
    const { autonomy: _autonomy, ...request } = parseSituation(input);
    return request;
  } catch (error) {
    if (error instanceof OrientationInputError)
      throw new Error(
        `la demande d’orientation enregistrée est invalide${NBSP}: ${orientationProblems(error).replace(/\.$/, "")}`,
      );
    throw error;
  }
}

function readStep(v: unknown, q: Questionnaire): Step {
  if (v === "results") return { kind: "results" };
  if (v === "orientation") return { kind: "orientation" };
  if (typeof v === "string" && v.startsWith("question:")) {
    const id = v.slice("question:".length);
    if (q.questions.some((question) => question.id === id))
      return { kind: "question", id };
  }
  return { kind: "question", id: q.questions[0]?.id ?? "" };
}

/**
 * Reads a saved session or an exported file. Accepts the envelope, or a bare answers document.
 * Throws an Error with a French message when the text cannot be trusted; returns a message when
 * answers from an older version were migrated.
 */
export function parseSession(
  text: string,
  q: Questionnaire,
): { document: Session; message?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(frenchProblem(error));
  }
  const envelope = isRecord(raw) && "format" in raw ? raw : null;
  if (
    envelope &&
    (envelope.format !== FORMAT || envelope.version !== FORMAT_VERSION)
  )
    throw new Error(
      "ce document n’est pas un export de ce diagnostic, ou sa version est inconnue",
    );
  let report;
  try {
    report = migrateAnswers(q, parseAnswers(envelope ? envelope.answers : raw));
  } catch (error) {
    throw new Error(frenchProblem(error));
  }
  const migrated = report.fromVersion !== report.toVersion;
  const lost = report.notCarried.map((l) => l.message.replace(/\.$/, ""));
  // At the current version nothing needs carrying: an answer that does not fit was altered by hand.
  if (!migrated && lost.length > 0) throw new Error(lost.join(`${NNBSP}; `));
  const document: Session = {
    answers: { ...report.answers.answers },
    request: readRequest(envelope?.request),
    step: readStep(envelope?.step, q),
  };
  if (!migrated) return { document };
  const plural = lost.length > 1;
  const message =
    `Ces réponses dataient de la version ${report.fromVersion} du questionnaire${NBSP}: elles ont été mises à jour vers la version ${report.toVersion}` +
    (lost.length > 0
      ? `, sauf ${lost.length} réponse${plural ? "s" : ""} qui ne peu${plural ? "vent" : "t"} plus être reprise${plural ? "s" : ""}${NBSP}: ${lost.join(`${NNBSP}; `)}.`
      : ".");
  return { document, message };
}

const stepText = (step: Step): string =>
  step.kind === "question" ? `question:${step.id}` : step.kind;

/** The envelope as text: what is stored and what is exported. */
export function serializeSession(session: Session, q: Questionnaire): string {
  const answers: AnswersDocument = {
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    answers: session.answers,
    updatedAt: new Date().toISOString(),
  };
  return JSON.stringify(
    {
      format: FORMAT,
      version: FORMAT_VERSION,
      answers,
      request: session.request,
      step: stepText(session.step),
    },
    null,
    2,
  );
}
