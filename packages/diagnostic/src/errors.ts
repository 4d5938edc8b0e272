import type { Problem } from "./schema/problem.js";

const MAX_LISTED = 5;

function formatPath(path: Problem["path"]): string {
  return path.length === 0 ? "(document)" : path.join(".");
}

/**
 * The one error this package throws for bad input: an unknown question or option ID,
 * a wrong type, answers for another questionnaire or version. `problems` lists every problem found.
 */
export class DiagnosticInputError extends Error {
  override readonly name = "DiagnosticInputError";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const listed = problems
      .slice(0, MAX_LISTED)
      .map((p) => `${formatPath(p.path)}: ${p.message}`);
    const more = problems.length - listed.length;
    super(
      `Invalid diagnostic input (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${listed.join("; ")}${more > 0 ? `; and ${more} more` : ""}`,
    );
    this.problems = problems;
  }
}

/** Describes a value’s type for an error message, without calling anything on it. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
