import * as z from "zod/mini";
import { fr } from "zod/locales";

/** One thing to fix: where (`path`, dot-separated, `""` for the whole input), what (`code`) and how (`message`, in French). */
export const Problem = z
  .strictObject({
    path: z.string(),
    code: z.string(),
    message: z.string(),
  })
  .register(z.globalRegistry, {
    id: "Problem",
    description: "Un problème\u00a0: chemin, code et message en français.",
  });
export type Problem = z.infer<typeof Problem>;

const describe = (problems: readonly Problem[]): string =>
  problems
    .map(
      (problem) => `${problem.path || "(document)"}\u00a0: ${problem.message}`,
    )
    .join("\n");

/** Base class of the package’s errors: every problem, with its path. */
export abstract class AutoEvaluationError extends Error {
  constructor(
    summary: string,
    /** Every problem found, in the order of the input. Never empty. */
    readonly problems: readonly Problem[],
  ) {
    super(`${summary}\n${describe(problems)}`);
  }
}

/** Thrown by `parse`, `migrate`, `profile`… when a document is not a valid answers document. */
export class AssessmentDocumentError extends AutoEvaluationError {
  override readonly name = "AssessmentDocumentError";
  constructor(problems: readonly Problem[]) {
    super(
      `Document d’auto-évaluation invalide (${problems.length} problème${problems.length > 1 ? "s" : ""})\u00a0:`,
      problems,
    );
  }
}

/** Thrown when an option or an argument other than a document is wrong (unknown target level, documents in the wrong order…). */
export class AssessmentArgumentError extends AutoEvaluationError {
  override readonly name = "AssessmentArgumentError";
  constructor(problems: readonly Problem[]) {
    super("Argument invalide\u00a0:", problems);
  }
}

/** French messages for zod’s own issues (« Trop petit… »); the schemas’ custom messages still win. */
const { localeError } = fr();

/** `safeParse` with French messages: what the package runs on input whose problems reach a person. */
export const safeParseFr = <T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
) => schema.safeParse(input, { error: localeError });

/**
 * The message to show: for a bad record key, the key itself and the key schema’s own message (ItemRef’s
 * French one) rather than zod’s generic « Clé invalide dans record ».
 */
const messageOf = (issue: z.core.$ZodIssue): string => {
  if (issue.code !== "invalid_key") return issue.message;
  const nested = issue.issues.map((inner) => inner.message).find(Boolean);
  if (nested === undefined) return issue.message;
  const key = issue.path.at(-1);
  return key === undefined
    ? nested
    : `«\u00a0${String(key)}\u00a0»\u00a0: ${nested}`;
};

/** Problems of a failed zod parse, paths joined with dots. */
export const zodProblems = (error: z.core.$ZodError, prefix = ""): Problem[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    code: issue.code,
    message: messageOf(issue),
  }));

const INVALID_DOCUMENT_JSON =
  "Le texte n’est pas un JSON complet et valide (fichier tronqué ou modifié\u00a0?)\u00a0: exportez de nouveau le document depuis le site.";

/**
 * The value of a JSON text; on a truncated or invalid text, throws the error that `fail` builds from one
 * problem (code `invalid-json`, with `message`): by default an `AssessmentDocumentError`.
 */
export const readJson = (
  text: string,
  fail: (problems: Problem[]) => Error = (problems) =>
    new AssessmentDocumentError(problems),
  message = INVALID_DOCUMENT_JSON,
): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fail([{ path: "", code: "invalid-json", message }]);
  }
};
