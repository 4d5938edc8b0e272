import type { Problem, ProblemPath } from "./problem.js";
import { NBSP } from "./text.js";

/** A path for a message (unchecked; see `formatPath`). */
export const pathText = (path: ProblemPath): string =>
  path.length === 0 ? "(entrée)" : path.join(".");

/** The problem lines of a message, the first `max` only (unchecked; see `listProblems`). */
export function problemLines(
  problems: readonly Problem[],
  max: number,
  total = problems.length,
): string {
  const lines = problems
    .slice(0, max)
    .map((p) => `\n- ${pathText(p.path)}${NBSP}: ${p.message}`);
  const more = total - lines.length;
  return `${lines.join("")}${more > 0 ? `\n- et ${more} de plus (voir «${NBSP}problems${NBSP}»).` : ""}`;
}

/**
 * The base of every error the `@mediation-numerique/*` packages throw on bad input. It carries every
 * problem found (`problems`, never empty), each with its path, a stable kebab-case `code` and a French
 * message; `code` is the first problem’s. Each package subclasses it (`instanceof` works on both), and
 * callers branch on `code`, never on the message.
 */
export class MediationError extends Error {
  override readonly name: string = "MediationError";
  /** Every problem found, in the order of the input. Never empty. */
  readonly problems: readonly [Problem, ...Problem[]];

  constructor(summary: string, problems: readonly [Problem, ...Problem[]]) {
    const n = problems.length;
    super(
      `${summary} (${n} problème${n > 1 ? "s" : ""})${NBSP}:${problemLines(problems, 5)}`,
    );
    this.problems = problems;
  }

  /** The first problem’s code. */
  get code(): string {
    return this.problems[0].code;
  }
}
