import {
  ANYTHING,
  deeplyNested,
  throwingProxy,
  timeCall,
} from "@mediation-numerique/tooling/hardening";
import { afterAll, describe, expect, test } from "vitest";
import { fc } from "@fast-check/vitest";
import { MediationError } from "@mediation-numerique/core";
import * as api from "./index.js";
import * as schemaEntry from "./schema.js";
import { ReferentielError } from "./errors.js";
import { sampleReferentiel } from "./fixture.test-helpers.js";

/*
 * Every public function, for any input, returns or throws the package's typed error, within 100 ms:
 * never a TypeError, a RangeError or a hang (issue 13). The functions are enumerated from the entry
 * points' namespaces, so a new export is covered without editing this file.
 */

type Fn = (...args: unknown[]) => unknown;
const isClass = (value: Fn): boolean =>
  /^class[\s{]/.test(Function.prototype.toString.call(value));

/** The functions of the entry points (schemas, classes and constants skipped), and of a catalog. */
const entries = (namespace: Record<string, unknown>, prefix = "") =>
  Object.entries(namespace).flatMap(([name, value]): [string, Fn][] =>
    typeof value === "function" && !isClass(value as Fn)
      ? [[`${prefix}${name}`, value as Fn]]
      : [],
  );
const catalog = api.createCatalog([sampleReferentiel()]);
const functions = [
  ...entries(api),
  ...entries(schemaEntry, "schema."),
  ...entries(catalog, "catalog."),
];

const item = "fcs93-competences/diagnostic-2";
/** Valid arguments, to pair with a hostile one further on (options after a valid item…). */
const VALID: Readonly<Record<string, readonly unknown[]>> = {
  getReferentiel: ["fcs93-action"],
  getItem: [item],
  listItems: [{ referentiel: "fcs93-action" }],
  getGroupPath: ["fcs93-competences", undefined],
  listIncomingLinks: [item],
  formatCitation: [item, "bibtex", {}],
  createCatalog: [[sampleReferentiel()]],
  foldText: ["Médiation"],
  toCSV: [api.fcs93Action, {}],
  toJSON: [api.fcs93Action],
  parseReferentiel: [api.fcs93Action, {}],
  safeParseReferentiel: [api.fcs93Action, {}],
  referentielJsonSchema: [],
  itemUrl: [item, {}],
  referentielUrl: ["fcs93-action", {}],
  splitItemRef: [item],
  "catalog.getReferentiel": ["federation-exemple"],
  "catalog.getItem": ["federation-exemple/accueil-1"],
  "catalog.listItems": [{}],
  "catalog.getGroupPath": ["federation-exemple", "accueil"],
  "catalog.listIncomingLinks": ["federation-exemple/accueil-1"],
  "catalog.formatCitation": ["federation-exemple/accueil-1", "text", {}],
};

const MB10 = "a".repeat(10_000_000);
const nested = (open: string, close: string) => deeplyNested(open, "", close);
const circular: Record<string, unknown> = { id: "a" };
circular.self = circular;
const throwing = throwingProxy();
const HOSTILE: readonly [string, unknown][] = [
  ["10 MB string", MB10],
  ["10 MB inside an ID", `fcs93-competences/${MB10}`],
  ["10,000-deep arrays", nested("[", "]")],
  [
    "10,000-deep objects",
    JSON.parse(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`),
  ],
  [
    "__proto__ key",
    JSON.parse('{"__proto__": {"referentiel": "x", "id": "y"}}'),
  ],
  ["BigInt", 10n ** 30n],
  ["circular object", circular],
  ["throwing proxy", throwing],
  ["null", null],
  ["undefined", undefined],
  ["empty object", {}],
];
// Never deeper than the deepest nesting the JSON above needs.
expect(nested("[", "]")).toBeInstanceOf(Array);

/** Arguments a function may take: four covers every public signature. */
const POSITIONS = 4;
let calls = 0;
let slowest = { ms: 0, call: "" };

/**
 * Calls `fn` and checks the outcome: a return, or the package's error, in under 100 ms. On a loaded
 * machine a pause (garbage collection, another process) can stretch one call: a slow call is timed
 * twice more and its fastest time counts. A real hang is slow every time.
 */
function check(name: string, fn: Fn, args: unknown[], label: string): void {
  calls++;
  const first = timeCall(fn, args);
  const { ms } = first;
  if (ms > slowest.ms) slowest = { ms, call: `${name}(${label})` };
  const { error } = first;
  if (error !== undefined && !(error instanceof ReferentielError))
    throw new Error(
      `${name}(${label}) threw ${error instanceof Error ? error.name : typeof error}`,
      {
        cause: error,
      },
    );
  expect(error === undefined || error instanceof MediationError).toBe(true);
  expect(ms, `${name}(${label})`).toBeLessThan(100);
}

afterAll(() => {
  console.log(
    `hardening: ${calls} calls, slowest ${slowest.ms.toFixed(1)} ms (${slowest.call})`,
  );
});

test("every public function is enumerated, with valid arguments to pair with hostile ones", () => {
  expect(functions.map(([name]) => name).sort()).toEqual(
    Object.keys(VALID).sort(),
  );
});

describe.each(functions)("%s", (name, fn) => {
  const valid = VALID[name] ?? [];
  // Warm up: the first call builds the catalog's index and compiles the schemas.
  fn(...valid);

  test("valid arguments give a result", () => {
    check(name, fn, [...valid], "valid");
  });

  test("hostile values at every position, after valid arguments", () => {
    for (let position = 0; position < POSITIONS; position++)
      for (const [label, value] of HOSTILE) {
        check(name, fn, [value], label);
        const args = [...valid.slice(0, position)];
        while (args.length < position) args.push(undefined);
        check(name, fn, [...args, value], `${position}: ${label}`);
      }
  });

  test("arbitrary values at every position (fast-check)", () => {
    const anything = fc.anything(ANYTHING);
    for (let position = 0; position < POSITIONS; position++)
      fc.assert(
        fc.property(anything, (value) => {
          check(
            name,
            fn,
            [...valid.slice(0, position), value],
            `${position}: arbitrary`,
          );
        }),
        { numRuns: 40 },
      );
  });
});
