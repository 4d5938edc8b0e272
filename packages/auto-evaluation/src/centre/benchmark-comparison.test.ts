import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { benchmarkComparison } from "./benchmark-comparison.js";
import { benchmarks } from "./benchmarks.js";
import { CentreIndicators, IndicatorId } from "./indicators.js";
import { AssessmentArgumentError } from "../engine/errors.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("benchmarkComparison", () => {
  base("places the centre beside the 2017 and 2022 figures", () => {
    const [room] = benchmarkComparison({ dedicatedRoom: true });
    expect(room?.summary).toBe(
      `Vous${NBSP}: oui — 81${NBSP}% des centres avaient une salle dédiée aux ateliers informatiques en 2017 (comme vous)${NNBSP}; ` +
        `65${NBSP}% des structures possédaient une salle informatique dédiée en 2022 (comme vous).`,
    );
    expect(room?.figures.map((f) => f.concernsYou)).toEqual([true, true]);
  });

  base("keeps the source’s words when it gives no number", () => {
    const [bandwidth] = benchmarkComparison({ bandwidth: "faible" });
    expect(bandwidth?.figures.map((f) => [f.text, f.concernsYou])).toEqual([
      ["la moitié des centres déclaraient un faible débit en 2017", true],
      [
        `12${NBSP}% des centres disaient avoir un débit extrêmement faible en 2017`,
        false,
      ],
    ]);
  });

  base(
    "gives the figure’s note beside it: the 2017 Wi-Fi is not said to be « pour le public »",
    () => {
      const [wifi] = benchmarkComparison({ publicWifi: true });
      const note = benchmarks.figures.find((f) => f.id === "wifi-2017")?.note;
      expect(note).toBeTruthy();
      expect(wifi?.summary).toContain(
        `52${NBSP}% des centres spécifiaient avoir un accès wifi en 2017 (comme vous) [${note ?? ""}]`,
      );
    },
  );

  base("keeps only the staff bracket of the answer", () => {
    const texts = (digitalStaff: number) =>
      benchmarkComparison({ digitalStaff })[0]?.figures.map((f) => f.figure.id);
    expect(texts(1)).toEqual(["une-personne-2017"]);
    expect(texts(2)).toEqual(["deux-personnes-2017"]);
    expect(texts(5)).toEqual(["plus-de-deux-personnes-2017"]);
    expect(texts(0)).toEqual([
      "une-personne-2017",
      "deux-personnes-2017",
      "plus-de-deux-personnes-2017",
    ]);
  });

  base("says where the centre stands against an average", () => {
    const [computers] = benchmarkComparison({ computers: 12 });
    expect(computers?.figures[0]).toMatchObject({
      concernsYou: null,
      position: "above",
    });
    expect(computers?.summary).toContain("(vous êtes au-dessus)");
  });

  base(
    "leaves out what the sources do not measure, and unanswered indicators",
    () => {
      expect(benchmarkComparison({})).toEqual([]);
      const withoutWifi = {
        ...benchmarks,
        figures: benchmarks.figures.filter((f) => f.indicator !== "publicWifi"),
      };
      expect(
        benchmarkComparison(
          { publicWifi: true, dedicatedRoom: false },
          withoutWifi,
        ).map((c) => c.indicator),
      ).toEqual(["dedicatedRoom"]);
    },
  );

  base("refuses invalid answers with a typed error", () => {
    expect(() => benchmarkComparison({ computers: -1 })).toThrow(
      AssessmentArgumentError,
    );
  });

  base("says when the centre is not counted in a figure", () => {
    const [room] = benchmarkComparison({ dedicatedRoom: false });
    expect(room?.summary).toContain("en 2017 (pas votre cas)");
    expect(room?.summary).not.toMatch(/\u00a0;| ;/);
  });

  describe("a count of persons beside a share of persons", () => {
    const salaried = (indicators: CentreIndicators) =>
      benchmarkComparison(indicators).find(
        (c) => c.indicator === "salariedStaff",
      );

    base(
      "becomes the centre’s own share when the people in charge are known",
      () => {
        const comparison = salaried({ digitalStaff: 7, salariedStaff: 5 });
        expect(comparison?.share).toBe(71);
        expect(comparison?.yours).toBe(
          `Vous${NBSP}: 5 salarié·es sur 7 personnes chargées du numérique, soit 71${NBSP}% (part calculée à partir de vos deux réponses)`,
        );
        expect(comparison?.figures[0]).toMatchObject({
          concernsYou: null,
          position: "above",
        });
        expect(comparison?.summary).toContain(
          `69${NBSP}% des personnes occupant la fonction de médiateur social numérique étaient salariées en 2017 (vous êtes au-dessus)`,
        );
      },
    );

    base(
      "says the two do not compare when the people in charge are unknown",
      () => {
        const comparison = salaried({ salariedStaff: 5 });
        expect(comparison?.share).toBeNull();
        expect(comparison?.yours).toContain("ne se comparent pas directement");
        expect(comparison?.figures[0]?.position).toBeUndefined();
        expect(comparison?.summary).not.toContain("(comme vous)");
      },
    );

    base("compares contradictory answers without a share (no 500 %)", () => {
      const comparison = salaried({
        digitalStaff: 1,
        salariedStaff: 5,
        sessionalStaff: 6,
      });
      expect(comparison?.share).toBeNull();
      expect(comparison?.yours).toContain("Ces nombres se contredisent");
      expect(comparison?.summary).not.toMatch(/\d{3}\u00a0%/);
    });
  });

  const indicatorsArb = fc.record(
    {
      dedicatedRoom: fc.boolean(),
      computers: fc.nat(60),
      equipmentState: fc.constantFrom(
        "bon",
        "correct",
        "mauvais",
        "tres-mauvais",
      ),
      bandwidth: fc.constantFrom(
        "bon",
        "correct",
        "faible",
        "extremement-faible",
      ),
      publicWifi: fc.boolean(),
      digitalStaff: fc.nat(8),
      salariedStaff: fc.nat(8),
      sessionalStaff: fc.nat(8),
      peoplePerWeek: fc.nat(100),
      territorialProjectKnown: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test.prop([indicatorsArb])(
    "only ever quotes source figures of the indicator answered",
    (indicators) => {
      const parsed = CentreIndicators.parse(indicators);
      for (const comparison of benchmarkComparison(parsed)) {
        expect(parsed[comparison.indicator]).toBe(comparison.answer);
        for (const { figure } of comparison.figures) {
          expect(benchmarks.figures).toContainEqual(figure);
          expect(figure.indicator).toBe(comparison.indicator);
        }
      }
      expect(benchmarkComparison(parsed).map((c) => c.indicator)).toEqual(
        IndicatorId.options.filter((id) => parsed[id] !== undefined),
      );
    },
  );

  test.prop([indicatorsArb])(
    "never sets a count of persons beside a share without saying how they compare; « ; » after a narrow space",
    (indicators) => {
      for (const c of benchmarkComparison(indicators)) {
        expect(c.summary).not.toMatch(/\u00a0;| ;/);
        if (c.indicator !== "salariedStaff" && c.indicator !== "sessionalStaff")
          continue;
        const share = c.share;
        if (typeof share === "number") {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(100);
          expect(c.yours).toContain(`soit ${share}${NBSP}%`);
        } else expect(c.yours).toMatch(/ne se compar/);
      }
    },
  );
});
