import { describe, expect, test } from "vitest";
import { maturityScale } from "./centre/instrument.js";
import { autonomyScale } from "./mediateur/instrument.js";
import { INDICATOR_LABELS } from "./centre/indicators.js";
import { benchmarks } from "./centre/benchmarks.js";
import { trainingLeadsData } from "./mediateur/training-leads.js";
import { INDICATOR_THEMES } from "./centre/themes.js";

/** Every French string the package writes itself (quotes of the sources excluded: they stay verbatim). */
function ownStrings(value: unknown, key = ""): string[] {
  if (typeof value === "string")
    return key === "quote" || key === "$schema" ? [] : [value];
  if (Array.isArray(value))
    return value.flatMap((entry) => ownStrings(entry, key));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => ownStrings(v, k));
  }
  return [];
}

describe("French typography of the package’s own texts", () => {
  const texts = ownStrings([
    maturityScale,
    autonomyScale,
    INDICATOR_LABELS,
    benchmarks,
    trainingLeadsData,
    INDICATOR_THEMES,
  ]);

  test("a no-break space before\u00a0:\u00a0;\u00a0?\u00a0! and inside «\u00a0»", () => {
    for (const text of texts) {
      expect(text, text).not.toMatch(/ [:;?!»]|« /);
      expect(text, text).not.toMatch(/\S[;?!»]|«\S/u);
    }
  });

  test("a typographic apostrophe", () => {
    for (const text of texts) expect(text, text).not.toContain("'");
  });
});
