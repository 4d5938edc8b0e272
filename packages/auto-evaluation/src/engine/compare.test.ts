import { describe, expect, test as base } from "vitest";
import { test } from "@fast-check/vitest";
import { compare } from "./compare.js";
import { createDocument } from "./create-document.js";
import { AssessmentArgumentError } from "./errors.js";
import { documentArb } from "../arbitraries.test-helpers.js";
import { demoInstrumentV1 as demo } from "../fixture.test-helpers.js";

describe("compare", () => {
  const before = createDocument(demo, {
    date: "2024-09-01T09:00:00Z",
    answers: {
      "demo/a-1": { level: "decouverte" },
      "demo/a-2": { level: "avec-aide" },
      "demo/b-1": { level: "transmission" },
    },
  });
  const after = createDocument(demo, {
    date: "2025-03-01T09:00:00Z",
    answers: {
      "demo/a-1": { level: "autonomie" },
      "demo/a-2": { level: "avec-aide" },
      "demo/a-3": { level: "autonomie" },
      "demo/b-1": { level: "autonomie" },
    },
  });

  base("progress per domain and per item", () => {
    const result = compare(before, after, demo);
    expect(result.from).toBe("2024-09-01T09:00:00Z");
    expect(result.to).toBe("2025-03-01T09:00:00Z");
    const [a, b] = result.groups;
    expect(a?.group).toBe("demo/a");
    expect(a?.before.mean).toBe(1.5);
    expect(a?.after.mean).toBeCloseTo(8 / 3);
    expect(a?.meanChange).toBeCloseTo(8 / 3 - 1.5);
    expect(a?.completionChange).toBeCloseTo(1 / 3);
    expect(b?.meanChange).toBe(-1);
    expect(result.improved).toEqual([
      {
        item: "demo/a-1",
        group: "demo/a",
        from: "decouverte",
        to: "autonomie",
        change: 2,
      },
    ]);
    expect(result.declined).toEqual([
      {
        item: "demo/b-1",
        group: "demo/b",
        from: "transmission",
        to: "autonomie",
        change: -1,
      },
    ]);
  });

  base("refuses documents in the wrong order", () => {
    expect(() => compare(after, before, demo)).toThrow(AssessmentArgumentError);
  });

  test.prop([documentArb(demo)])(
    "an assessment compared with itself shows no change",
    (document) => {
      const result = compare(document, document, demo);
      expect(result.improved).toEqual([]);
      expect(result.declined).toEqual([]);
      for (const group of [result.overall, ...result.groups]) {
        expect(group.completionChange).toBe(0);
        expect(group.meanChange ?? 0).toBe(0);
      }
    },
  );
});
