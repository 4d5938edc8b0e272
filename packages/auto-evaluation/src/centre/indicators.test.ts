import { describe, expect, test } from "vitest";
import {
  Bandwidth,
  EquipmentState,
  INDICATOR_CATEGORIES,
  INDICATOR_COUNT_MAX,
  INDICATOR_KINDS,
  CentreIndicators,
  IndicatorId,
} from "./indicators.js";

describe("INDICATOR_KINDS", () => {
  test("read from the schema: counts, the survey’s categories, yes/no otherwise", () => {
    expect(
      IndicatorId.options.filter((id) => INDICATOR_KINDS[id] === "count"),
    ).toEqual([
      "computers",
      "peoplePerWeek",
      "digitalStaff",
      "salariedStaff",
      "sessionalStaff",
    ]);
    expect(
      IndicatorId.options.filter((id) => INDICATOR_KINDS[id] === "category"),
    ).toEqual(Object.keys(INDICATOR_CATEGORIES));
    expect(INDICATOR_CATEGORIES).toEqual({
      equipmentState: EquipmentState.options,
      bandwidth: Bandwidth.options,
    });
  });

  test("each kind accepts its own kind of value only", () => {
    const sample = { boolean: true, count: 3, category: "bon" } as const;
    for (const id of IndicatorId.options)
      for (const [kind, value] of Object.entries(sample))
        expect(
          CentreIndicators.safeParse({ [id]: value }).success,
          `${id} = ${String(value)}`,
        ).toBe(kind === INDICATOR_KINDS[id]);
  });

  test("INDICATOR_COUNT_MAX is the schema’s maximum", () => {
    expect(
      CentreIndicators.safeParse({ computers: INDICATOR_COUNT_MAX }).success,
    ).toBe(true);
    expect(
      CentreIndicators.safeParse({ computers: INDICATOR_COUNT_MAX + 1 })
        .success,
    ).toBe(false);
  });
});
