import { listProblems, type Problem } from "./problem.js";
import { NBSP } from "./typography.js";

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
      `${summary} (${n} problème${n > 1 ? "s" : ""})${NBSP}:${listProblems(problems)}`,
    );
    this.problems = problems;
  }

  /** The first problem’s code. */
  get code(): string {
    return this.problems[0].code;
  }
}
