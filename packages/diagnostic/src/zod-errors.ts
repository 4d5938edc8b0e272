import { fr } from "zod/locales";
import type * as z from "zod/mini";
import { expectedReceived, list, quote } from "./errors.js";

/**
 * zod’s own French messages, for the issues this map does not word itself.
 * Imported by name from `zod/locales`, not as `z.locales.fr`, so that bundles keep only French.
 */
const zodFrench = fr().localeError;

const TYPES: Readonly<Record<string, string>> = {
  string: "une chaîne de caractères",
  number: "un nombre",
  int: "un entier",
  boolean: "un booléen (true ou false)",
  array: "un tableau",
  tuple: "un tableau",
  object: "un objet",
  record: "un objet",
  null: "null",
};

const FORMATS: Readonly<Record<string, string>> = {
  datetime:
    "une date et heure ISO 8601 avec fuseau (ex. «\u00A02025-03-01T10:00:00+01:00\u00A0»)",
  url: "une URL absolue (ex. «\u00A0https://exemple.org\u00A0»)",
};

const show = (value: unknown): string =>
  typeof value === "string" ? quote(value) : String(value);

function bound(
  issue: { origin?: string; inclusive?: boolean },
  limit: number | bigint,
  small: boolean,
): string {
  const n = Number(limit);
  if (issue.origin === "string")
    return `${small ? "au moins" : "au plus"} ${n} caractère${n > 1 ? "s" : ""}`;
  if (issue.origin === "array")
    return `${small ? "au moins" : "au plus"} ${n} élément${n > 1 ? "s" : ""}`;
  const sign = small
    ? issue.inclusive
      ? "≥"
      : ">"
    : issue.inclusive
      ? "≤"
      : "<";
  return `${issue.origin === "int" ? "un entier" : "un nombre"} ${sign}\u00A0${n}`;
}

/** French typography for zod’s own messages: no-break spaces, « » quotes, ≥ and ≤. */
function typography(message: string): string {
  const fixed = message
    .replace(/ :/g, "\u00A0:")
    .replace(/"([^"]*)"/g, (_, inner: string) => quote(inner))
    .replace(/>=/g, "≥\u00A0")
    .replace(/<=/g, "≤\u00A0");
  return `${fixed.charAt(0).toLowerCase()}${fixed.slice(1)}.`;
}

/**
 * The error map passed to every zod parse of this package: French messages that name
 * the bad value and what is expected. Custom messages of the schemas take precedence over it.
 */
export const frenchErrors: z.core.$ZodErrorMap = (issue) => {
  const value = issue.input;
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPES[issue.expected] ?? issue.expected;
      return expectedReceived(expected, value);
    }
    case "too_small":
      return expectedReceived(bound(issue, issue.minimum, true), value);
    case "too_big":
      return expectedReceived(bound(issue, issue.maximum, false), value);
    case "invalid_value":
      return expectedReceived(
        issue.values.length === 1
          ? show(issue.values[0])
          : `une valeur parmi ${list(issue.values.map(show))}`,
        value,
      );
    case "invalid_format": {
      const format = FORMATS[issue.format];
      if (format) return expectedReceived(format, value);
      break;
    }
    default:
      break;
  }
  const fallback = zodFrench(issue);
  const message = typeof fallback === "string" ? fallback : fallback?.message;
  return message === undefined ? undefined : typography(message);
};
