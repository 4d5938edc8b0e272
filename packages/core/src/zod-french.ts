import type * as z from "zod/mini";
// The two classes by name: `z.core.…` would make bundlers keep the whole of zod’s core, locales included.
import { $ZodError, $ZodType } from "zod/v4/core";
import { describeValue } from "./describe.js";
import type { Problem, ProblemPath } from "./problem.js";
import { checkBounds, DEFAULT_LIMITS, type InputLimits } from "./bounds.js";
import {
  CoreArgumentError,
  expectPath,
  expectText,
  isInstance,
} from "./guard.js";
import {
  cutText as cut,
  listValues,
  NBSP,
  NNBSP,
  quoteText as quote,
} from "./text.js";

const TYPES: Readonly<Record<string, string>> = {
  string: "un texte",
  number: "un nombre",
  int: "un entier",
  boolean: "vrai ou faux (un booléen)",
  array: "une liste",
  tuple: "une liste",
  object: "un objet",
  record: "un objet",
  null: "null",
};

// Plain literals, not templates: a bundler drops them when only the zod-free helpers are imported.
const FORMATS: Readonly<Record<string, string>> = {
  datetime:
    "une date et heure ISO 8601 avec fuseau (ex. «\u00A02025-03-01T10:00:00+01:00\u00A0»)",
  url: "une URL absolue (ex. «\u00A0https://exemple.org\u00A0»)",
  regex: "un texte de la forme attendue",
};

/** « attendu : X ; reçu : Y. »: what was expected and the bad value, named without printing it whole. */
export const expectedReceived = (expected: string, value: unknown): string =>
  `attendu${NBSP}: ${expectText(expected, "expected", 1_000)}${NNBSP}; reçu${NBSP}: ${describeValue(value)}.`;

const show = (value: unknown): string =>
  typeof value === "string" ? quote(value) : describeValue(value);

function bound(
  issue: { origin?: string; inclusive?: boolean },
  limit: number | bigint,
  small: boolean,
): string {
  const n = Number(limit);
  const most = small ? "au moins" : "au plus";
  if (issue.origin === "string")
    return `${most} ${n} caractère${n > 1 ? "s" : ""}`;
  if (issue.origin === "array" || issue.origin === "set")
    return `${most} ${n} élément${n > 1 ? "s" : ""}`;
  const sign = small
    ? issue.inclusive
      ? "≥"
      : ">"
    : issue.inclusive
      ? "≤"
      : "<";
  return `${issue.origin === "int" ? "un entier" : "un nombre"} ${sign}${NBSP}${n}`;
}

/**
 * The other issues, worded here rather than by zod’s French locale, which would weigh on every page that
 * checks an input (about 1.5 KB gzip) for messages the packages’ schemas rarely produce.
 */
const OTHER: Readonly<Record<string, string>> = {
  invalid_union: "aucune des formes attendues ne convient.",
  invalid_key: "clé invalide.",
  invalid_element: "élément invalide.",
  not_multiple_of: "nombre qui n’est pas un multiple de la valeur attendue.",
  custom: "valeur invalide.",
};

/**
 * The error map of every parse in the packages: French messages that name what is expected and the
 * bad value, cut short (a 10 MB value gives a short message). Custom messages of the schemas win.
 */
export const frenchErrors: z.core.$ZodErrorMap = (issue) => {
  // zod calls it with its own issues; anything else gets zod’s default message.
  if (typeof issue !== "object" || (issue as unknown) === null)
    return undefined;
  try {
    return frenchMessage(issue);
  } catch {
    return undefined;
  }
};

function frenchMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const value = issue.input;
  switch (issue.code) {
    case "invalid_type":
      return expectedReceived(TYPES[issue.expected] ?? issue.expected, value);
    case "too_small":
      return expectedReceived(bound(issue, issue.minimum, true), value);
    case "too_big":
      return expectedReceived(bound(issue, issue.maximum, false), value);
    case "invalid_value":
      return expectedReceived(
        issue.values.length === 1
          ? show(issue.values[0])
          : `une valeur parmi ${listValues(issue.values.map(show), 12)}`,
        value,
      );
    case "invalid_format":
      return expectedReceived(
        FORMATS[issue.format] ?? "un texte de la forme attendue",
        value,
      );
    case "unrecognized_keys": {
      const n = issue.keys.length;
      return `champ${n > 1 ? "s" : ""} inconnu${n > 1 ? "s" : ""}${NBSP}: ${listValues(
        issue.keys.map((key) => quote(key)),
        5,
      )}.`;
    }
    default:
      return OTHER[issue.code] ?? "valeur invalide.";
  }
}

const kebab = (code: string): string => code.replaceAll("_", "-");

/** The message of an issue: for a bad record key, the key and the key schema’s own message. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_key") return issue.message;
  const nested = issue.issues.map((inner) => inner.message).find(Boolean);
  if (nested === undefined) return issue.message;
  const key = issue.path.at(-1);
  return key === undefined ? nested : `${quote(String(key))}${NBSP}: ${nested}`;
}

/** The code of an issue: a custom check may name its own in `params.code`; zod’s codes become kebab-case. */
function codeOf(issue: z.core.$ZodIssue): string {
  const own: unknown =
    issue.code === "custom" ? issue.params?.["code"] : undefined;
  return typeof own === "string" ? own : kebab(issue.code);
}

/** The problems of a failed parse, each path under `prefix`; keys are cut, symbols named. */
export function zodProblems(
  error: z.core.$ZodError,
  prefix: ProblemPath = [],
): Problem[] {
  if (!isInstance(error, $ZodError))
    throw new CoreArgumentError("Argument invalide", [
      {
        path: ["error"],
        code: "invalid-argument",
        message: expectedReceived("une erreur de zod", error),
      },
    ]);
  return problemsOf(error, expectPath(prefix, "prefix"));
}

const problemsOf = (error: z.core.$ZodError, prefix: ProblemPath): Problem[] =>
  error.issues.map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.map((key) =>
        typeof key === "number" ? key : cut(String(key), 80),
      ),
    ],
    code: codeOf(issue),
    message: messageOf(issue),
  }));

/** The result of `safeParseFrench`: the data, or every problem in French. */
export type FrenchParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly problems: [Problem, ...Problem[]] };

/**
 * Parses `input` with `schema` and French messages, after checking its size with `checkBounds`
 * (`limits`): a hostile input is refused before zod reads it. Never throws for a bad input.
 */
export function safeParseFrench<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: ProblemPath = [],
  limits: InputLimits = DEFAULT_LIMITS,
): FrenchParseResult<z.output<S>> {
  if (!isInstance(schema, $ZodType))
    throw new CoreArgumentError("Argument invalide", [
      {
        path: ["schema"],
        code: "invalid-argument",
        message: expectedReceived("un schéma zod", schema),
      },
    ]);
  const path = expectPath(prefix, "prefix");
  const tooLarge = checkBounds(input, limits, path);
  if (tooLarge.length > 0)
    return { success: false, problems: tooLarge as [Problem, ...Problem[]] };
  const result = schema.safeParse(input, { error: frenchErrors });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    problems: problemsOf(result.error, path) as [Problem, ...Problem[]],
  };
}
