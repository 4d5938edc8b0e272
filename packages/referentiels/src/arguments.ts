import type * as z from "zod/mini";
import {
  checkBounds,
  checkString,
  DEFAULT_LIMITS,
  expectedReceived,
  NBSP,
  safeParseFrench,
  type FrenchParseResult,
  type InputLimits,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { InvalidArgumentError } from "./errors.js";

/*
 * Every public function reads its arguments through these guards, before any work: a hostile value
 * (10 MB text, deep nesting, BigInt, a circular object, a proxy that throws) gets an
 * `InvalidArgumentError` in bounded time, never a `TypeError`, a `RangeError` or a hang.
 */

/** The longest ID argument read: a full item ID (two stable IDs and a slash), with room to spare. */
export const MAX_ID_ARGUMENT = 200;

/** Bounds of a small argument (a filter, options): a few fields, short texts. */
export const SMALL_LIMITS: InputLimits = {
  maxDepth: 4,
  maxValues: 1_000,
  maxStringLength: 2_000,
};

/** Throws the package's argument error with every problem found. */
export function fail(summary: string, problems: readonly Problem[]): never {
  throw new InvalidArgumentError(
    summary,
    problems as readonly [Problem, ...Problem[]],
  );
}

/** A text argument of at most `max` characters, or the problems that make it unfit. */
export function textProblems(
  value: unknown,
  max: number,
  expected: string,
  path: ProblemPath = [],
): Problem[] {
  if (typeof value !== "string")
    return [
      {
        path,
        code: "invalid-type",
        message: expectedReceived(expected, value),
      },
    ];
  return checkString(value, max, path);
}

/** An ID argument (`getItem(id)`): a text of at most `MAX_ID_ARGUMENT` characters. */
export function requireId(
  value: unknown,
  fn: string,
  path: ProblemPath = [],
): string {
  const problems = textProblems(
    value,
    MAX_ID_ARGUMENT,
    "un identifiant (texte)",
    path,
  );
  if (problems.length > 0) fail(`${fn}${NBSP}: identifiant invalide`, problems);
  return value as string;
}

/** An untrusted value parsed by `schema` once its size is known to be bounded; never throws. */
export function safeParseBounded<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  limits: InputLimits = DEFAULT_LIMITS,
  at: ProblemPath = [],
): FrenchParseResult<z.output<S>> {
  const bounds = checkBounds(value, limits, at);
  if (bounds.length > 0)
    return { success: false, problems: bounds as [Problem, ...Problem[]] };
  return safeParseChecked(schema, value, at);
}

/** `safeParseFrench` of a value whose bounds are checked: a proxy that throws on read is a problem too. */
export function safeParseChecked<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  at: ProblemPath = [],
): FrenchParseResult<z.output<S>> {
  try {
    return safeParseFrench(schema, value, at);
  } catch {
    // A proxy that lets its keys be listed but throws when they are read.
    return {
      success: false,
      problems: [
        {
          path: at,
          code: "unreadable",
          message: "valeur illisible (un objet qui refuse d’être lu).",
        },
      ],
    };
  }
}

/** An untrusted argument parsed by `schema`; throws `InvalidArgumentError` with every problem. */
export function parseArgument<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  summary: string,
  limits: InputLimits = DEFAULT_LIMITS,
): z.output<S> {
  const parsed = safeParseBounded(schema, value, limits);
  if (!parsed.success) fail(summary, parsed.problems);
  return parsed.data;
}

/** An options argument: `undefined` for none, otherwise an object that `schema` accepts. */
export const parseOptions = <S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  fn: string,
): z.output<S> =>
  parseArgument(
    schema,
    value === undefined ? {} : value,
    `${fn}${NBSP}: options invalides`,
    SMALL_LIMITS,
  );
