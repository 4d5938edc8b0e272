/**
 * The saved session: the diagnostic package owns its file format (`parseSession`,
 * `serializeSession`: the answers carried to the current questionnaire, the « Non » that the first
 * form pre-set dropped, the step). The site adds what only it knows: the orientation request is
 * checked by the orientation package's `parseSituation`, and the steps are the element's own.
 * The same text is kept in the browser and exported as a file.
 */
import {
  DiagnosticInputError,
  parseSession as readSession,
  serializeSession as writeSession,
  type Questionnaire,
} from "@mediation-numerique/diagnostic";
import {
  OrientationInputError,
  parseSituation,
} from "@mediation-numerique/orientation";
import { NBSP, NNBSP } from "../ui";
import { orientationProblems } from "./problems";
import type { Request, Step } from "./types";

export const STORAGE_KEY = "mediation-numerique:diagnostic";

export interface Session {
  answers: Record<string, string>;
  request: Request | null;
  step: Step;
}

/** The package's own French messages, each after the field it names. */
function frenchProblem(error: unknown): string {
  if (error instanceof DiagnosticInputError)
    return error.problems
      .map((p) => {
        const message = p.message.replace(/\.$/, "");
        return p.path.length > 0
          ? `${p.path.join(".")}${NBSP}: ${message}`
          : message;
      })
      .join(`${NNBSP}; `);
  return error instanceof Error ? error.message : String(error);
}

/** The saved request, validated by the orientation package; throws a French message. */
function readRequest(saved: unknown): Request | null {
  if (saved === null || saved === undefined) return null;
  try {
    // The diagnostic gives the autonomy level at orientation time: it is never saved.
    const { autonomy: _autonomy, ...request } = parseSituation(saved);
    return request;
  } catch (error) {
    if (error instanceof OrientationInputError)
      throw new Error(
        `la demande d’orientation enregistrée est invalide${NBSP}: ${orientationProblems(error).replace(/\.$/, "")}`,
      );
    throw error;
  }
}

/** The package's step (`question:<id>`, `results`, `orientation`, already checked) as the element's. */
const stepOf = (step: string): Step =>
  step === "results" || step === "orientation"
    ? { kind: step }
    : { kind: "question", id: step.slice("question:".length) };

const stepText = (step: Step): string =>
  step.kind === "question" ? `question:${step.id}` : step.kind;

/**
 * Reads a saved session or an exported file (version 2, version 1, or bare answers). Throws an
 * Error with a French message when the text cannot be trusted; `message` tells the mediator what
 * the package changed (answers carried to a newer questionnaire, a pre-set « Non » dropped).
 */
export function parseSession(
  text: string,
  q: Questionnaire,
): { document: Session; message?: string } {
  let parsed;
  try {
    parsed = readSession(text, q);
  } catch (error) {
    throw new Error(frenchProblem(error));
  }
  const { session, changes } = parsed;
  const document: Session = {
    answers: { ...session.answers.answers },
    request: readRequest(session.request),
    step: stepOf(session.step),
  };
  const message = changes.map((change) => change.message).join(" ");
  return message ? { document, message } : { document };
}

/** The session as text (version 2): what is stored and what is exported. */
export function serializeSession(session: Session, q: Questionnaire): string {
  return writeSession(
    {
      answers: session.answers,
      request: session.request,
      step: stepText(session.step),
    },
    q,
    new Date().toISOString(),
  );
}
