import { MediationError, type Problem } from "@mediation-numerique/core";

/**
 * The one error this package throws for bad input: an unknown question or option ID, a wrong type,
 * answers for another questionnaire or version, an input too large to read. A `MediationError` of
 * `@mediation-numerique/core`: `problems` lists every problem found, each with its `path` (keys and
 * indexes), a stable kebab-case `code` (the site may translate it) and a French `message` naming the
 * bad value, cut short, and what is expected.
 */
export class DiagnosticInputError extends MediationError {
  override readonly name: string = "DiagnosticInputError";

  constructor(problems: readonly [Problem, ...Problem[]]) {
    super("Entrée du diagnostic invalide", problems);
  }
}

/** Throws a `DiagnosticInputError` listing `problems`, if there are any. */
export function throwProblems(problems: readonly Problem[]): void {
  const [first, ...rest] = problems;
  if (first !== undefined) throw new DiagnosticInputError([first, ...rest]);
}

/** An input that refuses to be read: a proxy whose traps throw, a getter that throws. */
export const UNREADABLE: Problem = {
  path: [],
  code: "unreadable",
  message: "valeur illisible (un objet qui refuse d’être lu).",
};
