import type * as z from "zod/mini";
import { OrientationInputError } from "./errors.js";

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

/** « value »: a string as is, anything else as JSON. */
const describe = (value: unknown): string =>
  `«\u00A0${typeof value === "string" ? value : ((JSON.stringify(value) as string | undefined) ?? "undefined")}\u00A0»`;

/** Introduces the valid values when the whole input, not one field, is at fault. */
const FIELDS_LABEL = "Champs attendus";

/** French names of the types zod reports as expected. */
const TYPE_NAMES: Partial<Record<string, string>> = {
  boolean: "vrai ou faux (booléen)",
  string: "un texte",
  array: "une liste",
  object: "un objet",
  number: "un nombre",
};

/**
 * Parses `input` with `schema`; on failure throws an `OrientationInputError` for the first
 * problem, naming the field and the value. `validValuesOf` gives the valid values of a
 * top-level field (enum options), to list them in the message.
 */
export const parseInput = <S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  validValuesOf: (field: string) => readonly string[],
): z.infer<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // A failed parse reports at least one issue.
  const [issue] = result.error.issues as [z.core.$ZodIssue];
  const field = issue.path.map(String).join(".");
  const topField = String(issue.path[0] ?? "");
  const value = valueAt(input, issue.path);
  const validValues = validValuesOf(topField);
  if (issue.code === "invalid_value") {
    throw new OrientationInputError(
      field,
      value,
      issue.values.map(String),
      `Valeur inconnue ${describe(value)} pour «\u00A0${field}\u00A0».`,
    );
  }
  if (issue.code === "too_small") {
    throw new OrientationInputError(
      field,
      value,
      validValues,
      `«\u00A0${field}\u00A0» est vide\u00A0: donnez au moins une valeur.`,
    );
  }
  if (issue.code === "unrecognized_keys") {
    throw new OrientationInputError(
      issue.keys.join(", "),
      input,
      validValues,
      `Champ(s) inconnu(s)\u00A0: ${issue.keys.join(", ")}.`,
      issue.path.length === 0 ? FIELDS_LABEL : undefined,
    );
  }
  const where = field === "" ? "l’entrée" : `«\u00A0${field}\u00A0»`;
  // zod/mini loads no locale: say what was expected rather than « Invalid input ».
  const problem =
    issue.code === "invalid_type"
      ? `attendu\u00A0: ${TYPE_NAMES[issue.expected] ?? issue.expected}`
      : issue.message;
  throw new OrientationInputError(
    field,
    value,
    validValues,
    value === undefined
      ? `Valeur manquante pour ${where}.`
      : `Valeur ${describe(value)} invalide pour ${where}\u00A0: ${problem}.`,
    field === "" ? FIELDS_LABEL : undefined,
  );
};
