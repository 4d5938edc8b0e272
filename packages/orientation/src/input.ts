import {
  frenchList,
  NBSP,
  safeParseFrench,
  type FrenchParseResult,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import type * as z from "zod/mini";
import { OrientationInputError } from "./errors.js";

/** What the wording of an input's problems needs besides its schema. */
export interface InputSpec<S extends z.ZodMiniType> {
  readonly schema: S;
  /** The summary of the error: « Situation invalide ». */
  readonly summary: string;
  /** The valid values of a top-level field (`needs`: the need IDs); for `""`, the input's fields. */
  readonly validValuesOf: (field: string) => readonly string[];
}

/** The value at `path` in `input`, read without calling getters; `undefined` if it cannot be read. */
export function valueAt(input: unknown, path: ProblemPath): unknown {
  let current = input;
  try {
    for (const key of path) {
      if (typeof current !== "object" || current === null) return undefined;
      current = Object.getOwnPropertyDescriptor(current, key)?.value;
    }
    return current;
  } catch {
    return undefined;
  }
}

/**
 * The core's French problem, with what this package adds: the expected fields when the whole
 * input is at fault, the valid values when a list of them is empty (if the field has a short
 * list of valid values).
 */
function worded<S extends z.ZodMiniType>(
  problem: Problem,
  spec: InputSpec<S>,
): Problem {
  if (problem.path.length === 0)
    return {
      ...problem,
      message: `${problem.message} Champs attendus${NBSP}: ${frenchList(spec.validValuesOf(""))}.`,
    };
  const values = spec.validValuesOf(String(problem.path[0]));
  if (
    problem.code === "too-small" &&
    problem.path.length === 1 &&
    values.length > 0
  )
    return {
      ...problem,
      message: `${problem.message} Valeurs possibles${NBSP}: ${frenchList(values)}.`,
    };
  return problem;
}

/** Parses `input` after bounding it; every problem in French, never a throw. */
export function safeParseInput<S extends z.ZodMiniType>(
  spec: InputSpec<S>,
  input: unknown,
): FrenchParseResult<z.output<S>> {
  const result = safeParseFrench(spec.schema, input);
  if (result.success) return result;
  const [first, ...others] = result.problems;
  return {
    success: false,
    problems: [worded(first, spec), ...others.map((p) => worded(p, spec))],
  };
}

/** The error for `problems` found in `input`, its first problem’s value and valid values attached. */
export function inputError<S extends z.ZodMiniType>(
  spec: InputSpec<S>,
  problems: readonly [Problem, ...Problem[]],
  input: unknown,
): OrientationInputError {
  const path = problems[0].path;
  return new OrientationInputError(spec.summary, problems, {
    value: valueAt(input, path),
    validValues: spec.validValuesOf(String(path[0] ?? "")),
  });
}

/** Parses `input`, or throws an `OrientationInputError` with every problem. */
export function parseInput<S extends z.ZodMiniType>(
  spec: InputSpec<S>,
  input: unknown,
): z.output<S> {
  const result = safeParseInput(spec, input);
  if (result.success) return result.data;
  throw inputError(spec, result.problems, input);
}

/**
 * Parses two arguments, each with its schema, the paths of their problems under their names;
 * throws an `OrientationInputError` with every problem of both.
 */
export function parseArguments<
  A extends z.ZodMiniType,
  B extends z.ZodMiniType,
>(
  [nameA, schemaA, a]: readonly [string, A, unknown],
  [nameB, schemaB, b]: readonly [string, B, unknown],
): [z.output<A>, z.output<B>] {
  const first = safeParseFrench(schemaA, a, [nameA]);
  const second = safeParseFrench(schemaB, b, [nameB]);
  if (first.success && second.success) return [first.data, second.data];
  const problems = [
    ...(first.success ? [] : first.problems),
    ...(second.success ? [] : second.problems),
  ] as [Problem, ...Problem[]];
  throw new OrientationInputError("Arguments invalides", problems, {
    value: valueAt({ [nameA]: a, [nameB]: b }, problems[0].path),
  });
}
