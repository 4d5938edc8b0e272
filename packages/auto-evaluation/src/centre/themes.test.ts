import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { benchmarkComparison } from "./benchmark-comparison.js";
import { benchmarks } from "./benchmarks.js";
import { IndicatorId } from "./indicators.js";
import { benchmarkThemes, INDICATOR_THEMES } from "./themes.js";

describe("INDICATOR_THEMES", () => {
  base("every indicator in exactly one theme", () => {
    const listed = INDICATOR_THEMES.flatMap((t) => [...t.indicators]);
    expect([...listed].sort()).toEqual([...IndicatorId.options].sort());
  });

  base("every indicator that the surveys measure is in a theme", () => {
    const measured = new Set(benchmarks.figures.map((f) => f.indicator));
    const listed = new Set(INDICATOR_THEMES.flatMap((t) => [...t.indicators]));
    for (const id of measured) expect(listed.has(id), id).toBe(true);
  });
});

describe("benchmarkThemes", () => {
  base("groups the comparisons by theme, empty themes left out", () => {
    const themes = benchmarkThemes({
      dedicatedRoom: true,
      digitalStaff: 2,
      salariedStaff: 1,
    });
    expect(
      themes.map((t) => [t.label, t.comparisons.map((c) => c.indicator)]),
    ).toEqual([
      ["Équipement et accès", ["dedicatedRoom"]],
      ["Équipe", ["digitalStaff", "salariedStaff"]],
    ]);
    expect(benchmarkThemes({})).toEqual([]);
  });

  test.prop([
    fc.record(
      {
        dedicatedRoom: fc.boolean(),
        computers: fc.nat(30),
        franceServices: fc.boolean(),
        peoplePerWeek: fc.nat(50),
        sessionalStaff: fc.nat(3),
      },
      { requiredKeys: [] },
    ),
  ])("loses and adds no comparison", (indicators) => {
    const flat = benchmarkThemes(indicators).flatMap((t) => [...t.comparisons]);
    expect(
      [...flat].sort((a, b) => a.indicator.localeCompare(b.indicator)),
    ).toEqual(
      benchmarkComparison(indicators).sort((a, b) =>
        a.indicator.localeCompare(b.indicator),
      ),
    );
  });
});
