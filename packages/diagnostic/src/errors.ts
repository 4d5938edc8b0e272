import type { Problem } from "./schema/problem.js";

const MAX_LISTED = 5;

/** French quotation marks, with the no-break spaces inside: « value ». */
export function quote(value: string | number): string {
  return `«\u00A0${value}\u00A0»`;
}

/** Joins IDs for an error message: « a, b, c ». */
export function list(values: Iterable<string | number>): string {
  return [...values].join(", ");
}

function formatPath(path: Problem["path"]): string {
  return path.length === 0 ? "(document)" : path.join(".");
}

/**
 * The one error this package throws for bad input: an unknown question or option ID,
 * a wrong type, answers for another questionnaire or version. `problems` lists every problem found,
 * each with a stable `code` (the site may translate it) and a French `message` naming the bad value
 * and what is expected.
 */
export class DiagnosticInputError extends Error {
  override readonly name = "DiagnosticInputError";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const n = problems.length;
    const listed = problems
      .slice(0, MAX_LISTED)
      .map((p) => `\n- ${formatPath(p.path)}\u00A0: ${p.message}`);
    const more = n - listed.length;
    super(
      `Entrée du diagnostic invalide (${n} problème${n > 1 ? "s" : ""})\u00A0:${listed.join("")}${more > 0 ? `\n- et ${more} de plus (voir problems).` : ""}`,
    );
    this.problems = problems;
  }
}

/**
 * Names a value for an error message, without calling anything on it: a string in « »
 * (cut at 40 characters), a number or boolean as is (« 1.5 », « true »), « null »,
 * « un tableau de 2 éléments », « un objet », « rien » for a missing field.
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === "string")
    return quote(
      (value as string).length > 40
        ? `${(value as string).slice(0, 39)}…`
        : (value as string),
    );
  if (Array.isArray(value))
    return `un tableau de ${value.length} élément${value.length > 1 ? "s" : ""}`;
  if (type === "undefined") return "rien";
  if (type === "object") return value === null ? "null" : "un objet";
  return type === "number" || type === "boolean" || type === "bigint"
    ? String(value)
    : type; // "function", "symbol": never printed
}

/** « attendu : X ; reçu : Y. »: a problem message naming what is expected and the bad value. */
export function expectedReceived(expected: string, value: unknown): string {
  return `attendu\u00A0: ${expected}\u202F; reçu\u00A0: ${describeValue(value)}.`;
}
