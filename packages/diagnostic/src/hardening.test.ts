import {
  ANYTHING,
  throwingProxy,
  timeCall,
} from "@mediation-numerique/tooling/hardening";
import { MediationError } from "@mediation-numerique/core";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import * as main from "./index.js";
import * as scoring from "./scoring.js";

/*
 * Every exported function of both entry points, with hostile arguments in every position: it
 * returns or throws a DiagnosticInputError (hence a MediationError), never anything else, and each
 * call takes less than 100 ms. Functions are enumerated from the module namespaces, so that a new
 * export is covered without editing this file.
 */

const MAX_MS = 100;
const doc = {
  questionnaireId: main.QUESTIONNAIRE.id,
  questionnaireVersion: main.QUESTIONNAIRE.version,
  answers: { appareil: "telephone", "lire-mail": "skipped" },
};
const result = main.score(main.QUESTIONNAIRE, doc);
const session = {
  answers: doc.answers,
  request: { needs: ["demarche-en-ligne"], urgent: true },
  step: "results",
};
const sessionText = main.serializeSession(
  session,
  main.QUESTIONNAIRE,
  "2026-01-01T00:00:00Z",
);

/** Valid arguments by function name; a function missing here gets hostile values everywhere. */
const VALID: Readonly<Record<string, readonly unknown[]>> = {
  score: [main.QUESTIONNAIRE, doc],
  migrateAnswers: [main.QUESTIONNAIRE, doc],
  parseAnswers: [doc, main.QUESTIONNAIRE],
  safeParseAnswers: [doc, main.QUESTIONNAIRE],
  parseQuestionnaire: [main.QUESTIONNAIRE],
  safeParseQuestionnaire: [main.QUESTIONNAIRE],
  explainInFrench: [main.QUESTIONNAIRE, result],
  coopValuesFromDiagnostic: [result],
  parseSession: [sessionText, main.QUESTIONNAIRE],
  safeParseSession: [sessionText, main.QUESTIONNAIRE],
  serializeSession: [session, main.QUESTIONNAIRE, "2026-01-01T00:00:00Z"],
};

const isClass = (fn: unknown) =>
  /^class\b/.test(Function.prototype.toString.call(fn));
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const [entry, namespace] of [
  [".", main],
  ["./scoring", scoring],
] as const)
  for (const [name, value] of Object.entries(namespace))
    if (typeof value === "function" && !isClass(value))
      functions.set(`${entry} ${name}`, value as (...a: unknown[]) => unknown);

const big = "x".repeat(10 * 1024 * 1024);
const circular: Record<string, unknown> = { ...doc };
circular["self"] = circular;
const throwing = throwingProxy();
const [firstQuestion] = main.QUESTIONNAIRE.questions;
const HOSTILE: readonly [string, unknown][] = [
  ["a 10 MB string", big],
  ["a 10 MB question ID", { ...doc, answers: { [big]: "seul" } }],
  ["a 10 MB questionnaire ID", { ...doc, questionnaireId: big }],
  ["a 10 MB option ID", { ...doc, answers: { appareil: big } }],
  [
    "a questionnaire with a 10 MB question ID",
    {
      ...main.QUESTIONNAIRE,
      questions: [{ ...firstQuestion, id: big }],
    },
  ],
  [
    "arrays nested 10,000 deep",
    JSON.parse(`${"[".repeat(10_000)}${"]".repeat(10_000)}`),
  ],
  [
    "objects nested 10,000 deep",
    JSON.parse(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`),
  ],
  [
    "a __proto__ key",
    JSON.parse(
      '{"__proto__": {"questionnaireId": "x", "answers": {}}, "questionnaireVersion": 1}',
    ),
  ],
  ["a BigInt", 10n],
  ["a circular object", circular],
  ["a proxy whose traps throw", throwing],
  ["null", null],
  ["undefined", undefined],
  ["{}", {}],
];

let calls = 0;
let slowest = { ms: 0, what: "" };

/** Calls `fn` and checks the outcome and the time. */
function check(
  name: string,
  fn: (...a: unknown[]) => unknown,
  args: unknown[],
) {
  const { ms, error: thrown } = timeCall(fn, args, { budgetMs: MAX_MS });
  calls++;
  if (ms > slowest.ms) slowest = { ms, what: name };
  if (thrown !== undefined) {
    expect(
      thrown,
      `${name}: ${thrown instanceof Error ? thrown.message : typeof thrown}`,
    ).toBeInstanceOf(main.DiagnosticInputError);
    expect(thrown).toBeInstanceOf(MediationError);
  }
  expect(ms, `${name} took ${ms.toFixed(1)} ms`).toBeLessThan(MAX_MS);
}

afterAll(() => {
  console.log(
    `hardening: ${calls} calls, slowest ${slowest.ms.toFixed(1)} ms (${slowest.what})`,
  );
});

test("every exported function is covered", () => {
  expect([...functions.keys()].sort()).toEqual(
    expect.arrayContaining([
      ". score",
      ". parseAnswers",
      ". safeParseAnswers",
      ". parseQuestionnaire",
      ". safeParseQuestionnaire",
      ". migrateAnswers",
      ". explainInFrench",
      ". coopValuesFromDiagnostic",
      ". questionnaireJsonSchema",
      ". parseSession",
      ". safeParseSession",
      ". serializeSession",
      ". sessionJsonSchema",
      "./scoring score",
      "./scoring migrateAnswers",
    ]),
  );
});

describe.each([...functions])("%s", (name, fn) => {
  const valid = VALID[name.split(" ")[1] ?? ""] ?? [];
  const positions = Math.max(1, fn.length, valid.length);
  // A first, untimed call compiles what the function uses (zod builds its parsers lazily).
  try {
    fn(...valid);
  } catch {
    // checked below
  }

  test.each(Array.from({ length: positions }, (_, i) => i))(
    "hostile values in position %i",
    (position) => {
      for (const [what, value] of HOSTILE) {
        const args = [...valid];
        args[position] = value;
        check(`${name}, ${what} in position ${position}`, fn, args);
      }
    },
  );

  test.each(Array.from({ length: positions }, (_, i) => i))(
    "arbitrary values in position %i",
    (position) => {
      fc.assert(
        fc.property(fc.anything(ANYTHING), (value) => {
          const args = [...valid];
          args[position] = value;
          check(
            `${name}, ${fc.stringify(value).slice(0, 60)} in position ${position}`,
            fn,
            args,
          );
        }),
        { numRuns: 100 },
      );
    },
  );
});
