import * as z from "zod/mini";
import {
  checkBounds,
  checkString,
  expectedReceived,
  safeParseFrench,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { AssessmentArgumentError } from "./errors.js";

type Problems = [Problem, ...Problem[]];
/** Builds the error to throw from the problems found. */
export type Fail = (problems: Problems) => Error;

/** The longest JSON text read: a document of a few hundred items with long comments stays well below. */
export const MAX_JSON_TEXT = 1_000_000;
/** The longest ID argument (an instrument ID): longer is refused before any lookup. */
export const MAX_ID_ARGUMENT = 200;

export const failArgument: Fail = (problems) =>
  new AssessmentArgumentError(problems);

const isNonEmpty = (problems: Problem[]): problems is Problems =>
  problems.length > 0;

/** Throws `fail(problems)` when there is any problem. */
export function throwIf(problems: Problem[], fail: Fail = failArgument): void {
  if (isNonEmpty(problems)) throw fail(problems);
}

/** Throws `fail` when `value` is too large, too deep, circular or not JSON, before any other work. */
export function checkInput(
  value: unknown,
  fail: Fail = failArgument,
  path: ProblemPath = [],
): void {
  throwIf(checkBounds(value, undefined, path), fail);
}

/**
 * The value of a JSON text: its length bounded before `JSON.parse`, the parsed value bounded after. On a
 * truncated or invalid text, throws `fail` with one problem (code `invalid-json`, with `message`).
 */
export function readJson(text: string, fail: Fail, message: string): unknown {
  throwIf(checkString(text, MAX_JSON_TEXT), fail);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail([{ path: [], code: "invalid-json", message }]);
  }
  checkInput(value, fail);
  return value;
}

/** A JSON text read with `readJson`, or any other value checked with `checkInput`. */
export function readInput(
  input: unknown,
  fail: Fail,
  message: string,
): unknown {
  if (typeof input === "string") return readJson(input, fail, message);
  checkInput(input, fail);
  return input;
}

/** `value` bounded, then parsed with `schema` (French messages, paths under `path`); throws `fail`. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  fail: Fail = failArgument,
  path: ProblemPath = [],
): z.output<S> {
  checkInput(value, fail, path);
  const result = safeParseFrench(schema, value, path);
  if (!result.success) throw fail(result.problems);
  return result.data;
}

/**
 * An options argument: `undefined` gives `{}`; anything but a plain object (null, a list, a text…) throws
 * `AssessmentArgumentError` (code `invalid-options`); the object is bounded.
 */
export function readOptions(
  options: unknown,
  path: ProblemPath = ["options"],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  checkInput(options, failArgument, path);
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new AssessmentArgumentError([
      {
        path,
        code: "invalid-options",
        message: expectedReceived("des options (un objet), ou rien", options),
      },
    ]);
  return options as Record<string, unknown>;
}
