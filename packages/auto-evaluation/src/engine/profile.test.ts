import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { profile } from "./profile.js";
import { createDocument } from "./create-document.js";
import { AssessmentArgumentError } from "./errors.js";
import { getInstrument } from "../instruments.js";
import { documentArb } from "../arbitraries.test-helpers.js";
import { demoInstrumentV1 as demo } from "../fixture.test-helpers.js";

const date = "2025-03-01T09:00:00Z";
const instruments = [
  ["démo", demo],
  ["centre", getInstrument("centre")],
  ["mediateur", getInstrument("mediateur")],
] as const;

describe("profile: examples", () => {
  base("means, distribution and completion per domain", () => {
    const document = createDocument(demo, {
      date,
      answers: {
        "demo/a-1": { level: "transmission" },
        "demo/a-2": { level: "avec-aide" },
        "demo/b-1": { notApplicable: true },
      },
    });
    const result = profile(document, demo);
    const [a, b] = result.groups;
    expect(a).toMatchObject({
      group: "demo/a",
      label: "Domaine A",
      items: 3,
      answered: 2,
      unanswered: 1,
      mean: 3,
      distribution: {
        decouverte: 0,
        "avec-aide": 1,
        autonomie: 0,
        transmission: 1,
      },
    });
    expect(a?.completion).toBeCloseTo(2 / 3);
    expect(b).toMatchObject({
      answered: 0,
      notApplicable: 1,
      completion: 0.5,
      mean: null,
    });
    expect(result.overall).toMatchObject({
      items: 5,
      answered: 2,
      notApplicable: 1,
      completion: 0.6,
      mean: 3,
    });
  });

  base(
    "«\u00a0non concerné\u00a0» is left out of the mean, never counted as zero",
    () => {
      const document = createDocument(demo, {
        date,
        answers: {
          "demo/a-1": { level: "transmission" },
          "demo/a-2": { notApplicable: true },
        },
      });
      expect(profile(document, demo).groups[0]?.mean).toBe(4);
    },
  );

  base(
    "gaps sorted by distance below the target, strengths at or above it",
    () => {
      const document = createDocument(demo, {
        date,
        answers: {
          "demo/a-1": { level: "avec-aide" },
          "demo/a-2": { level: "decouverte" },
          "demo/b-1": { level: "transmission" },
          "demo/b-2": { level: "autonomie" },
        },
      });
      const result = profile(document, demo);
      expect(result.target).toBe("autonomie");
      expect(result.gaps.map((g) => [g.item, g.distance])).toEqual([
        ["demo/a-2", 2],
        ["demo/a-1", 1],
      ]);
      expect(result.strengths.map((s) => s.item)).toEqual([
        "demo/b-1",
        "demo/b-2",
      ]);
      const higher = profile(document, demo, { target: "transmission" });
      expect(higher.gaps.map((g) => g.item)).toEqual([
        "demo/a-2",
        "demo/a-1",
        "demo/b-2",
      ]);
    },
  );

  base("an unknown target level is a typed error naming options.target", () => {
    const document = createDocument(demo, { date });
    expect(() => profile(document, demo, { target: "expert" })).toThrow(
      AssessmentArgumentError,
    );
    try {
      profile(document, demo, { target: "expert" });
    } catch (error) {
      expect((error as AssessmentArgumentError).problems).toEqual([
        expect.objectContaining({
          path: ["options", "target"],
          code: "unknown-level",
        }),
      ]);
    }
  });
});

describe.each(instruments)("profile: properties (%s)", (_, instrument) => {
  const max = instrument.scale.levels.length;

  test.prop([documentArb(instrument)])(
    "means stay within the scale, completion within [0, 1]",
    (document) => {
      const result = profile(document, instrument);
      for (const summary of [result.overall, ...result.groups]) {
        if (summary.mean !== null) {
          expect(summary.mean).toBeGreaterThanOrEqual(1);
          expect(summary.mean).toBeLessThanOrEqual(max);
        }
        expect(summary.completion).toBeGreaterThanOrEqual(0);
        expect(summary.completion).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([documentArb(instrument), fc.constantFrom(...instrument.items)])(
    "answering «\u00a0non concerné\u00a0» never changes the other domains",
    (document, { id, group }) => {
      const changed = {
        ...document,
        answers: {
          ...document.answers,
          [id]: { notApplicable: true as const },
        },
      };
      const [before, after] = [
        profile(document, instrument),
        profile(changed, instrument),
      ];
      before.groups.forEach((profileBefore, index) => {
        if (profileBefore.group !== group)
          expect(after.groups[index]).toEqual(profileBefore);
      });
    },
  );

  test.prop([documentArb(instrument), fc.nat()])(
    "raising one answer never lowers its domain’s mean",
    (document, pick) => {
      const answered = instrument.items.filter(
        ({ id }) => document.answers[id]?.level !== undefined,
      );
      const picked = answered[pick % Math.max(answered.length, 1)];
      if (!picked) return;
      const { id, group } = picked;
      const index = instrument.scale.levels.findIndex(
        (level) => level.id === document.answers[id]?.level,
      );
      const raised = instrument.scale.levels[Math.min(index + 1, max - 1)]?.id;
      const changed = {
        ...document,
        answers: { ...document.answers, [id]: { level: raised } },
      };
      const meanOf = (d: typeof document) =>
        profile(d, instrument).groups.find((g) => g.group === group)?.mean;
      expect(meanOf(changed)).toBeGreaterThanOrEqual(
        meanOf(document) ?? Number.NaN,
      );
    },
  );

  test.prop([documentArb(instrument)])(
    "is deterministic and orders gaps by distance",
    (document) => {
      const result = profile(document, instrument);
      expect(profile(document, instrument)).toEqual(result);
      result.gaps.forEach((gap, i) => {
        expect(gap.distance).toBeGreaterThan(0);
        const previous = result.gaps[i - 1];
        if (previous)
          expect(gap.distance).toBeLessThanOrEqual(previous.distance);
      });
      for (const strength of result.strengths)
        expect(strength.score).toBeGreaterThanOrEqual(result.targetScore);
    },
  );
});
