import { describeValue } from "./describe.js";
import { pathText, problemLines } from "./error.js";
import { expectCount, expectList, expectPath } from "./guard.js";
import type { Problem, ProblemPath } from "./problem.js";
import { cutText } from "./text.js";

/** A path for a message: `answers.lire-mail`, `items.3.label`, or « (entrée) » for the whole input. */
export const formatPath = (path: ProblemPath): string =>
  pathText(expectPath(path, "path"));

/** The problem list of a message: one line a problem, the first `max` only. */
export function listProblems(problems: readonly Problem[], max = 5): string {
  const list = expectList(problems, "problems") as readonly Problem[];
  const shown = expectCount(max, "max", 1, 100);
  const lines = list.slice(0, shown).map((problem, i): Problem => {
    const candidate: unknown = problem;
    if (typeof candidate !== "object" || candidate === null)
      expectList(candidate, `problems.${i}`);
    const message: unknown = problem.message;
    return {
      path: expectPath(problem.path, `problems.${i}.path`),
      code: "",
      message:
        typeof message === "string"
          ? cutText(message, 2_000)
          : describeValue(message),
    };
  });
  return problemLines(lines, shown, list.length);
}
