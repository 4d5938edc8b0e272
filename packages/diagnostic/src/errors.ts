import {
  type FrenchParseResult,
  MediationError,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";

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

/** What `read` returns, or the problems of the `DiagnosticInputError` it throws (any other error is rethrown). */
export function resultOf<T>(read: () => T): FrenchParseResult<T> {
  try {
    return { success: true, data: read() };
  } catch (error) {
    if (error instanceof DiagnosticInputError)
      return { success: false, problems: [...error.problems] };
    throw error;
  }
}

/** Every problem of the failed `parts`, in order. */
export const problemsOf = (
  ...parts: readonly FrenchParseResult<unknown>[]
): Problem[] => parts.flatMap((part) => (part.success ? [] : part.problems));

/** The data of a successful result; the problems of a failed one, thrown as a `DiagnosticInputError`. */
export function dataOf<T>(result: FrenchParseResult<T>): T {
  if (result.success) return result.data;
  throw new DiagnosticInputError(result.problems);
}

/** `result`, its problems’ paths under `prefix`. */
export function under<T>(
  prefix: ProblemPath,
  result: FrenchParseResult<T>,
): FrenchParseResult<T> {
  if (result.success) return result;
  const move = (problem: Problem): Problem => ({
    ...problem,
    path: [...prefix, ...problem.path],
  });
  const [first, ...rest] = result.problems;
  return { success: false, problems: [move(first), ...rest.map(move)] };
}
