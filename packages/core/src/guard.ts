import { describeValue } from "./describe.js";
import { MediationError } from "./error.js";
import type { ProblemPath } from "./problem.js";
import { NBSP, NNBSP } from "./text.js";

/** Thrown by the core’s own functions when an argument has the wrong type or size. */
export class CoreArgumentError extends MediationError {
  override readonly name = "CoreArgumentError";
}

/** The longest text the core’s helpers work on: messages and IDs are far shorter. */
export const MAX_TEXT_LENGTH = 100_000;

const fail = (name: string, expected: string, value: unknown): never => {
  throw new CoreArgumentError("Argument invalide", [
    {
      path: [name],
      code: "invalid-argument",
      message: `attendu${NBSP}: ${expected}${NNBSP}; reçu${NBSP}: ${describeValue(value)}.`,
    },
  ]);
};

/** `value` if it is a string of at most `max` characters; else a `CoreArgumentError`. */
export function expectText(
  value: unknown,
  name: string,
  max = MAX_TEXT_LENGTH,
): string {
  if (typeof value !== "string") return fail(name, "un texte", value);
  if (value.length > max)
    return fail(name, `un texte d’au plus ${max} caractères`, value);
  return value;
}

/** `value` if it is a whole number from `min` to `max`; else a `CoreArgumentError`. */
export function expectCount(
  value: unknown,
  name: string,
  min = 0,
  max = 1_000_000,
): number {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  )
    return fail(name, `un entier de ${min} à ${max}`, value);
  return value;
}

/** `value` if it is an array of at most `max` elements; else a `CoreArgumentError`. */
export function expectList(
  value: unknown,
  name: string,
  max = 100_000,
): readonly unknown[] {
  if (!Array.isArray(value)) return fail(name, "une liste", value);
  if (value.length > max)
    return fail(name, `une liste d’au plus ${max} éléments`, value);
  return value;
}

/**
 * A plain copy of `value`’s own data fields if it is an object (options); else a `CoreArgumentError`.
 * Getters are not called and a proxy that refuses to be read is an error, so reading the copy is safe.
 */
export function expectObject(
  value: unknown,
  name: string,
): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail(name, "un objet d’options", value);
  try {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(
      Object.getOwnPropertyDescriptors(value),
    ))
      if ("value" in field) copy[key] = field.value as unknown;
    return copy;
  } catch {
    return fail(name, "un objet d’options lisible", value);
  }
}

/** `value` if it is a path (a short list of keys and indexes); else a `CoreArgumentError`. */
export function expectPath(value: unknown, name: string): ProblemPath {
  const list = expectList(value, name, 1_000);
  if (!list.every((key) => typeof key === "string" || typeof key === "number"))
    return fail(
      name,
      "une liste de clés (textes) et d’indices (nombres)",
      value,
    );
  return list as ProblemPath;
}

/** `value instanceof type`, false for a proxy that refuses to say. */
export function isInstance<T>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
): value is T {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}
