/**
 * The saved session: the diagnostic package's answers document (validated by `parseAnswers`, then
 * migrated by `migrateAnswers` when its version is older), the orientation request and the current
 * step, in a small versioned envelope that is checked on every read. The same text is the exported file.
 */
import {
  DiagnosticInputError,
  migrateAnswers,
  parseAnswers,
  type AnswersDocument,
  type MigrationReport,
  type Questionnaire,
} from "@mediation-numerique/diagnostic";
import type { Request, Step } from "./types";

export const FORMAT = "mediation-numerique/diagnostic-session";
export const FORMAT_VERSION = 1;
export const STORAGE_KEY = "mediation-numerique:diagnostic";

export interface Session {
  answers: Record<string, string>;
  request: Request | null;
  step: Step;
}

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** French text for the package's stable problem codes (its messages are in English). */
const PROBLEMS: Record<string, string> = {
  invalid_type: "le document n’a pas la forme des réponses de ce diagnostic",
  invalid_value: "le document n’a pas la forme des réponses de ce diagnostic",
  questionnaire_mismatch: "ces réponses viennent d’un autre questionnaire",
  version_mismatch:
    "ces réponses viennent d’une version plus récente du questionnaire",
  no_migration_path:
    "aucune mise à jour n’est connue depuis la version de ces réponses",
  unknown_question: `une réponse porte sur une question qui n’existe pas (fichier modifié${NNBSP}?)`,
  unknown_option: `une réponse n’existe pas pour sa question (fichier modifié${NNBSP}?)`,
  conflict: "deux réponses visent la même question",
};

export function frenchProblem(error: unknown): string {
  if (error instanceof DiagnosticInputError) {
    const codes = [...new Set(error.problems.map((p) => p.code))];
    return codes
      .map((c) => PROBLEMS[c] ?? PROBLEMS.invalid_value)
      .join(`${NNBSP}; `);
  }
  if (error instanceof SyntaxError)
    return "ce n’est pas un fichier JSON lisible";
  return error instanceof Error ? error.message : String(error);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const stringList = (v: unknown, known: readonly string[]): v is string[] =>
  Array.isArray(v) &&
  v.every((x) => typeof x === "string" && known.includes(x));

function readRequest(
  v: unknown,
  needs: readonly string[],
  actors: readonly string[],
): Request | null {
  if (v === null || v === undefined) return null;
  if (
    isRecord(v) &&
    stringList(v.needs, needs) &&
    stringList(v.nearby, actors) &&
    typeof v.urgent === "boolean" &&
    typeof v.hasTime === "boolean" &&
    typeof v.wantsToLearn === "boolean" &&
    typeof v.procedure === "string"
  )
    return {
      needs: v.needs,
      nearby: v.nearby,
      urgent: v.urgent,
      hasTime: v.hasTime,
      wantsToLearn: v.wantsToLearn,
      procedure: v.procedure,
    };
  throw new Error("la demande d’orientation enregistrée est illisible");
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
  known: { needs: readonly string[]; actors: readonly string[] },
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
  const answersInput = envelope ? envelope.answers : raw;
  let answers: AnswersDocument;
  let migrated: MigrationReport | null = null;
  try {
    // The package's schema first (shape, types); then, at the current version, every question
    // and option ID against the questionnaire; an older version goes through the migrations.
    const shaped = parseAnswers(answersInput);
    if (
      shaped.questionnaireId === q.id &&
      shaped.questionnaireVersion < q.version
    ) {
      migrated = migrateAnswers(q, shaped);
      answers = migrated.answers;
    } else answers = parseAnswers(shaped, q);
  } catch (error) {
    throw new Error(frenchProblem(error));
  }
  const document: Session = {
    answers: { ...answers.answers },
    request: readRequest(envelope?.request, known.needs, known.actors),
    step: readStep(envelope?.step, q),
  };
  if (!migrated) return { document };
  const lost = migrated.notCarried;
  const plural = lost.length > 1;
  const message =
    `Ces réponses dataient de la version ${migrated.fromVersion} du questionnaire${NBSP}: elles ont été mises à jour vers la version ${migrated.toVersion}` +
    (lost.length > 0
      ? `, sauf ${lost.length} réponse${plural ? "s" : ""} qui ne peu${plural ? "vent" : "t"} plus être reprise${plural ? "s" : ""} (${lost.map((l) => l.questionId).join(", ")}).`
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
