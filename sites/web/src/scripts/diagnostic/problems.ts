/**
 * The orientation package's problems as one French line: kept apart from `./orientation`, so that
 * the saved session and the form can word them without loading the orientation step.
 */
import type { OrientationInputError } from "@mediation-numerique/orientation";
import { NBSP, NNBSP } from "../ui";

/** The orientation package's French problems, each after the field it names, on one line. */
export const orientationProblems = (error: OrientationInputError): string =>
  error.problems
    .map((p) =>
      p.path.length > 0
        ? `${p.path.join(".")}${NBSP}: ${p.message}`
        : p.message,
    )
    .join(`${NNBSP}; `);
