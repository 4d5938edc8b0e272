import {
  ANYTHING,
  deeplyNested,
  exportedFunctions,
  hostileArguments,
  throwingProxy,
  timeCall,
} from "@mediation-numerique/tooling/hardening";
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as core from "./index.js";

/** Every exported function of the entry, classes aside (their constructors are not an input API). */
const functions = exportedFunctions(core);

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;
const hostileProxy = throwingProxy();
const HOSTILE: readonly unknown[] = [
  "x".repeat(10_000_000),
  deeplyNested("[", "", "]"),
  deeplyNested('{"a":', "1", "}"),
  JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'),
  10n ** 30n,
  circular,
  hostileProxy,
  null,
  undefined,
  {},
  [],
  "__proto__",
  "toString",
  Number.NaN,
  -1,
];

let calls = 0;
let slowest = 0;
/**
 * Calls `fn` with `args`: it returns or throws a MediationError, within 100 ms of CPU time (see
 * @mediation-numerique/tooling/hardening: other jobs on a loaded machine do not count; a hang still shows).
 */
function expectTyped(
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: unknown[],
) {
  const { ms, error } = timeCall(fn, args);
  if (error !== undefined)
    expect(
      error,
      `${name} threw ${error instanceof Error ? error.message : typeof error}`,
    ).toBeInstanceOf(core.MediationError);
  calls++;
  slowest = Math.max(slowest, ms);
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(100);
}

describe("every core function returns or throws a MediationError, quickly", () => {
  it("covers the exports", () => {
    expect(functions.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "checkBounds",
        "nearest",
        "safeParseFrench",
        "quote",
      ]),
    );
  });

  it("on hostile values in every argument position", () => {
    const valid: Record<string, unknown[]> = {
      safeParseFrench: [core.StableId, "a", [], core.DEFAULT_LIMITS],
      nearest: ["lire-mail", ["lire-mail"], {}],
      checkBounds: [{}, core.DEFAULT_LIMITS, []],
    };
    for (const [name, fn] of functions) {
      const base = valid[name] ?? ["texte", 3, [], {}];
      for (const args of hostileArguments(base, fn.length, HOSTILE))
        expectTyped(name, fn, args);
    }
  });

  it("on arbitrary values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...functions),
        fc.array(fc.anything(ANYTHING), { maxLength: 4 }),
        ([name, fn], args) => {
          expectTyped(name, fn, args);
        },
      ),
      { numRuns: 2_000 },
    );
    console.log(`core: ${calls} calls, slowest ${slowest.toFixed(1)} ms`);
  });
});
