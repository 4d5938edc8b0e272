import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { indicatorProblems } from "./check-indicators.js";
import { AssessmentArgumentError } from "../engine/errors.js";

const NBSP = "\u00a0";

describe("indicatorProblems", () => {
  base(
    "salarié·es and vacataires beyond the people in charge, in words",
    () => {
      expect(
        indicatorProblems({
          digitalStaff: 3,
          salariedStaff: 5,
          sessionalStaff: 6,
        }),
      ).toEqual([
        {
          path: ["indicators", "digitalStaff"],
          code: "inconsistent-staff",
          message: `Vous indiquez 3 personnes chargées du numérique, mais 5 salarié·es et 6 vacataires, soit 11${NBSP}: les salarié·es et les vacataires font partie de ces personnes. Corrigez l’un des nombres.`,
        },
      ]);
    },
  );

  base("one part above its total names that part only", () => {
    const [problem] = indicatorProblems({ digitalStaff: 1, sessionalStaff: 2 });
    expect(problem?.message).toBe(
      `Vous indiquez 1 personne chargée du numérique, mais 2 vacataires${NBSP}: c’est plus que le total. Corrigez l’un des deux nombres.`,
    );
    expect(indicatorProblems({ salariedStaff: 9 })).toEqual([]);
    expect(
      indicatorProblems({
        digitalStaff: 2,
        salariedStaff: 1,
        sessionalStaff: 1,
      }),
    ).toEqual([]);
  });

  base("a detail « oui » under a « non », counts of what is not there", () => {
    const problems = indicatorProblems({
      freeAccess: false,
      freeAccessHours: true,
      freeAccessFacilitator: false,
      digitalWorkshops: false,
      workshopsByLevel: true,
      peoplePerWeek: 12,
      institutionPermanences: false,
      coRunPermanences: true,
      computers: 0,
      equipmentState: "bon",
    });
    expect(problems.map((p) => [p.path[1], p.code])).toEqual([
      ["freeAccessHours", "inconsistent-indicator"],
      ["workshopsByLevel", "inconsistent-indicator"],
      ["coRunPermanences", "inconsistent-indicator"],
      ["peoplePerWeek", "inconsistent-indicator"],
      ["equipmentState", "inconsistent-indicator"],
    ]);
    for (const { message } of problems) {
      expect(message).toMatch(/corrigez|Corrigez/);
      expect(message).not.toMatch(/[a-z][A-Z]|JSON|true|false/);
    }
  });

  base("refuses what is not a set of indicators with a typed error", () => {
    expect(() => indicatorProblems({ computers: -1 })).toThrow(
      AssessmentArgumentError,
    );
  });

  test.prop([fc.nat(20), fc.option(fc.nat(20)), fc.option(fc.nat(20))])(
    "a staff problem exactly when the answered parts add up to more than the total",
    (digitalStaff, salaried, sessional) => {
      const indicators = {
        digitalStaff,
        ...(salaried === null ? {} : { salariedStaff: salaried }),
        ...(sessional === null ? {} : { sessionalStaff: sessional }),
      };
      const flagged = indicatorProblems(indicators).some(
        (p) => p.code === "inconsistent-staff",
      );
      expect(flagged).toBe((salaried ?? 0) + (sessional ?? 0) > digitalStaff);
    },
  );
});
