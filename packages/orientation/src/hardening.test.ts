import {
  ANYTHING,
  deeplyNested,
  exportedFunctions,
  hostileArguments,
  throwingProxy,
  timeCall,
} from "@mediation-numerique/tooling/hardening";
import { fc } from "@fast-check/vitest";
import { MediationError } from "@mediation-numerique/core";
import { describe, expect, it } from "vitest";
import * as orientation from "./index.js";
import { OrientationInputError } from "./index.js";

/** Every exported function of the entry; classes, schemas and constants aside. */
const functions = exportedFunctions(orientation);

const circular: Record<string, unknown> = { needs: ["equipement"] };
circular.self = circular;
const hostileProxy = throwingProxy();
/**
 * A string as it arrives from JSON or the network: flat. V8 builds `repeat` and template results as
 * trees of pieces, flattened (10 MB copied, ~60 ms) on first read: the test's cost, not the call's.
 */
const flat = (text: string): string => {
  text.charCodeAt(text.length >> 1);
  return text;
};
const huge = flat("x".repeat(10_000_000));
const HOSTILE: readonly unknown[] = [
  huge,
  {
    needs: [`demarche-${huge}`],
    urgent: false,
    hasTime: true,
    wantsToLearn: false,
  },
  {
    actedBy: huge,
    explained: true,
    personCanRedoAlone: true,
    helperLeftPersonAlone: true,
  },
  {
    recommendations: [{ actor: huge }],
    centre: { name: huge, address: huge },
  },
  deeplyNested("[", "", "]"),
  deeplyNested('{"a":', "1", "}"),
  JSON.parse('{"__proto__": {"polluted": true}, "needs": ["equipement"]}'),
  10n ** 30n,
  circular,
  hostileProxy,
  null,
  undefined,
  {},
  [],
  "__proto__",
  "toString",
];

const situation = {
  needs: ["demarche-en-ligne", "equipement"],
  urgent: true,
  hasTime: false,
  wantsToLearn: false,
};
/** Only needs, every other fact unknown: the most work for `questionsToAsk` (and `explain`). */
const unknownFacts = {
  needs: [
    "demarche-en-ligne",
    "creer-adresse-mail",
    "recherche-emploi",
    "remplir-formulaire",
  ],
};
const description = {
  actedBy: "helper",
  explained: true,
  personCanRedoAlone: false,
  helperLeftPersonAlone: false,
};
const coopReport = {
  orientation: orientation.coopValuesFromOrientation(
    orientation.explain(situation),
  ),
};
/** Valid arguments of each function, so that a hostile value in one position meets valid ones elsewhere. */
const VALID: Record<string, unknown[]> = {
  orient: [situation, orientation.RULES_TABLE],
  explain: [unknownFacts, orientation.RULES_TABLE],
  questionsToAsk: [unknownFacts, orientation.RULES_TABLE],
  parseSituation: [situation],
  safeParseSituation: [situation],
  classifyIntervention: [description],
  unmetConditions: [orientation.RULES_TABLE.rules[0]?.when, situation],
  interventionRuleMatches: [orientation.INTERVENTION_RULES[0], description],
  residentSheet: [
    {
      recommendations: orientation.orient(situation),
      centre: { name: "L’Escale", phone: "01 23 45 67 89" },
    },
  ],
  coopValuesFromOrientation: [orientation.explain(situation)],
  coopReportLines: [coopReport],
  coopReportText: [coopReport],
};

let calls = 0;
let slowest = 0;
/**
 * Calls `fn` with `args`: it returns or throws an OrientationInputError (a MediationError), within
 * 100 ms of CPU time (the process's own, so that other jobs on a loaded machine do not count; a
 * hang would still show).
 */
function expectTyped(
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: unknown[],
) {
  const { ms, error } = timeCall(fn, args);
  if (error !== undefined) {
    expect(
      error,
      `${name} threw ${error instanceof Error ? error.message : typeof error}`,
    ).toBeInstanceOf(OrientationInputError);
    expect(error).toBeInstanceOf(MediationError);
  }
  calls++;
  slowest = Math.max(slowest, ms);
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(100);
}

describe("every orientation function returns or throws an OrientationInputError, quickly", () => {
  it("covers the exports", () => {
    expect(functions.map(([name]) => name).sort()).toEqual(
      Object.keys(VALID).sort(),
    );
  });

  it("accepts its valid arguments", () => {
    for (const [name, fn] of functions)
      expect(() => fn(...(VALID[name] ?? [])), name).not.toThrow();
  });

  it("on hostile values in every argument position", () => {
    for (const [name, fn] of functions) {
      const base = VALID[name] ?? [];
      for (const args of hostileArguments(base, fn.length, HOSTILE))
        expectTyped(name, fn, args);
    }
  });

  it("on arbitrary values, alone or after a valid first argument", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...functions),
        fc.boolean(),
        fc.array(fc.anything(ANYTHING), { maxLength: 3 }),
        ([name, fn], validFirst, args) => {
          expectTyped(
            name,
            fn,
            validFirst ? [VALID[name]?.[0], ...args.slice(1)] : args,
          );
        },
      ),
      { numRuns: 2_000 },
    );
    console.log(
      `orientation: ${calls} calls, slowest ${slowest.toFixed(1)} ms (CPU time)`,
    );
  });
});
