import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { INDICATOR_ITEMS, KEY_POINTS, keyPoints } from "./key-points.js";
import { createDocument } from "../engine/create-document.js";
import type { Answer } from "../engine/document.js";
import { getInstrument } from "../instruments.js";
import type { CentreIndicators } from "./indicators.js";

const centre = getInstrument("centre");
const date = "2025-03-01T09:00:00Z";
const ids = centre.items.map(({ id }) => id);
const levels = centre.scale.levels.map(({ id }) => id);
const A = "fcs93-action/";

const points = (
  answers: Record<string, Answer>,
  indicators?: CentreIndicators,
) =>
  keyPoints(
    createDocument(centre, {
      date,
      answers,
      ...(indicators ? { indicators } : {}),
    }),
    centre,
  );

describe("keyPoints", () => {
  base("the highest levels are strengths, the lowest points to work on", () => {
    const result = points({
      [`${A}projet-numerique`]: { level: "en-place" },
      [`${A}axe-acces-libre`]: { level: "en-place-evalue" },
      [`${A}axe-permanences`]: { level: "pas-lance" },
      [`${A}dimension-collective`]: { level: "en-preparation" },
      [`${A}dimension-individuelle`]: { level: "en-place" },
      [`${A}groupes-autogeres`]: { level: "pas-lance" },
      [`${A}projets-tic`]: { level: "en-place" },
    });
    expect(result.strengths.map((p) => p.item)).toEqual([
      `${A}axe-acces-libre`,
      `${A}projet-numerique`,
      `${A}dimension-individuelle`,
    ]);
    expect(result.toWorkOn.map((p) => p.item)).toEqual([
      `${A}groupes-autogeres`,
      `${A}axe-permanences`,
      `${A}dimension-collective`,
    ]);
    expect(result.strengths[0]?.text).toBe(
      "En place et évalué\u00a0: le centre mène cette action et en fait le bilan (participation, effets, retours des habitant·es) pour l’ajuster.",
    );
    expect(result.toWorkOn[2]?.text).toBe(
      "Aujourd’hui\u00a0: en préparation. Prochaine étape\u00a0: en place.",
    );
    expect(result.strengthsNote).toBeUndefined();
    expect(result.toWorkOnNote).toBeUndefined();
  });

  base(
    "at the same level, the linked indicators break the tie, then the référentiel’s order",
    () => {
      const answers = {
        [`${A}projet-numerique`]: { level: "pas-lance" },
        [`${A}axe-acces-libre`]: { level: "pas-lance" },
      };
      expect(points(answers).toWorkOn.map((p) => p.item)).toEqual([
        `${A}projet-numerique`,
        `${A}axe-acces-libre`,
      ]);
      const withIndicators = points(answers, {
        freeAccess: false,
        bandwidth: "extremement-faible",
        digitalStaff: 1,
      });
      expect(withIndicators.toWorkOn.map((p) => p.item)).toEqual([
        `${A}axe-acces-libre`,
        `${A}projet-numerique`,
      ]);
      expect(withIndicators.toWorkOn[1]?.text).toContain(
        "Des appuis existent déjà\u00a0: Personnes chargées du numérique\u00a0: 1.",
      );
      expect(withIndicators.toWorkOn[0]?.text).toContain(
        "Vos indicateurs le confirment\u00a0: Espace ou poste en accès libre\u00a0: non\u202f; Qualité du débit internet\u00a0: extrêmement faible.",
      );
    },
  );

  base(
    "unanswered and « non concerné » items are neither strong nor weak; fewer than 3 is said",
    () => {
      const result = points({
        [`${A}projet-numerique`]: { level: "en-place" },
        [`${A}axe-acces-libre`]: { notApplicable: true },
        [`${A}axe-permanences`]: { comment: "à voir" },
      });
      expect(result.strengths.map((p) => p.item)).toEqual([
        `${A}projet-numerique`,
      ]);
      expect(result.toWorkOn).toEqual([]);
      expect(result.known).toBe(1);
      expect(result.unknown).toBe(ids.length - 1);
      expect(result.strengthsNote).toBe(
        `Seulement 1 point fort\u00a0: 1 action a un niveau\u202f; ${ids.length - 1} actions sont sans réponse ou non concernées, et ne comptent pas.`,
      );
      expect(result.toWorkOnNote).toMatch(
        /^Aucun point à travailler pour l’instant/,
      );
      expect(points({}).strengthsNote).toMatch(
        /^Aucune action n’a encore de niveau/,
      );
    },
  );

  base(
    "INDICATOR_ITEMS links items that the centre instrument assesses",
    () => {
      for (const item of Object.keys(INDICATOR_ITEMS))
        expect(ids).toContain(item);
    },
  );

  const answersArb = fc.dictionary(
    fc.constantFrom(...ids),
    fc.oneof(
      fc.constantFrom(...levels).map((level): Answer => ({ level })),
      fc.constant<Answer>({ notApplicable: true }),
      fc.constant<Answer>({}),
    ),
  );
  const indicatorsArb = fc.record(
    {
      freeAccess: fc.boolean(),
      digitalStaff: fc.nat(3),
      bandwidth: fc.constantFrom("bon", "faible"),
      digitalWorkshops: fc.boolean(),
      rightsAccessPermanences: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test.prop([answersArb, indicatorsArb])(
    "only answered items, on the right side of the target, at most 3, whatever the order of the answers",
    (answers, indicators) => {
      const result = points(answers, indicators);
      const level = (item: string) => answers[item]?.level;
      const score = (item: string) => levels.indexOf(level(item) ?? "") + 1;
      const answered = ids.filter((id) => level(id) !== undefined);
      for (const p of result.strengths)
        expect(score(p.item)).toBeGreaterThanOrEqual(3);
      for (const p of result.toWorkOn) {
        expect(score(p.item)).toBeGreaterThanOrEqual(1);
        expect(score(p.item)).toBeLessThan(3);
      }
      const high = answered.filter((id) => score(id) >= 3).length;
      expect(result.strengths).toHaveLength(Math.min(KEY_POINTS, high));
      expect(result.toWorkOn).toHaveLength(
        Math.min(KEY_POINTS, answered.length - high),
      );
      expect(result.known).toBe(answered.length);
      // Strengths from the highest level down, points to work on from the lowest up.
      const scores = result.strengths.map((p) => score(p.item));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const reversed = Object.fromEntries(Object.entries(answers).reverse());
      expect(points(reversed, indicators)).toEqual(result);
      for (const p of [...result.strengths, ...result.toWorkOn])
        expect(p.text).not.toMatch(/ [:;?!]|\u00a0[;?!]/);
    },
  );
});
