import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import { LEVEL_IDS } from "./ids.js";
import { score } from "./score.js";
import type { Questionnaire } from "./schema/questionnaire.js";
import { DiagnosticResult } from "./schema/result.js";
import {
  anyInput,
  completeAnswers,
  partialAnswers,
} from "./test-support/arbitraries.js";
import { TINY } from "./test-support/fixtures.js";

const rank = (level: string | null) =>
  level === null ? -1 : LEVEL_IDS.indexOf(level as never);

function answerAll(q: Questionnaire, pick: (points: number[]) => number) {
  const answers: Record<string, string> = {};
  for (const question of q.questions) {
    const target = pick(question.options.map((o) => o.points));
    const option = question.options.find((o) => o.points === target);
    if (option) answers[question.id] = option.id;
  }
  return { questionnaireId: q.id, questionnaireVersion: q.version, answers };
}

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value === "object" && value !== null)
    return Object.values(value).flatMap(numbersIn);
  return [];
}

describe.each([
  ["our questionnaire", QUESTIONNAIRE],
  ["a tiny questionnaire", TINY],
])("properties on %s", (_, q) => {
  test.prop([partialAnswers(q), fc.nat(), fc.nat()])(
    "monotonic: raising one answer to an option with more points never lowers a level",
    (doc, questionPick, optionPick) => {
      const answered = q.questions.filter((x) => {
        const value = doc.answers[x.id];
        return value !== undefined && value !== "skipped";
      });
      fc.pre(answered.length > 0);
      const question = answered[questionPick % answered.length];
      if (!question) return;
      const current = question.options.find(
        (o) => o.id === doc.answers[question.id],
      );
      const higher = question.options.filter(
        (o) => current && o.points > current.points,
      );
      fc.pre(higher.length > 0);
      const raised = higher[optionPick % higher.length];
      if (!raised) return;
      const before = score(q, doc);
      const after = score(q, {
        ...doc,
        answers: { ...doc.answers, [question.id]: raised.id },
      });
      expect(rank(after.overall.level)).toBeGreaterThanOrEqual(
        rank(before.overall.level),
      );
      after.domains.forEach((domain, i) => {
        expect(rank(domain.level)).toBeGreaterThanOrEqual(
          rank(before.domains[i]?.level ?? null),
        );
      });
    },
  );

  test("bounds: all-best answers give the top level everywhere, all-worst the bottom level", () => {
    const best = score(
      q,
      answerAll(q, (p) => Math.max(...p)),
    );
    const worst = score(
      q,
      answerAll(q, (p) => Math.min(...p)),
    );
    for (const result of [best, worst])
      expect(result.completeness.percent).toBe(100);
    expect(
      [best.overall.level, ...best.domains.map((d) => d.level)].every(
        (l) => l === "autonome",
      ),
    ).toBe(true);
    expect(
      [worst.overall.level, ...worst.domains.map((d) => d.level)].every(
        (l) => l === "sans-usage",
      ),
    ).toBe(true);
    expect(best.overall.coopAutonomie).toBe("autonome");
    expect(worst.overall.coopAutonomie).toBe("entierement_accompagne");
  });

  test.prop([anyInput(q)])(
    "total: any input scores to a well-formed result without NaN, or throws DiagnosticInputError",
    (input) => {
      let result: unknown;
      try {
        result = score(q, input);
      } catch (error) {
        expect(error).toBeInstanceOf(DiagnosticInputError);
        expect((error as DiagnosticInputError).problems.length).toBeGreaterThan(
          0,
        );
        return;
      }
      expect(DiagnosticResult.safeParse(result).success).toBe(true);
      expect(numbersIn(result).every(Number.isFinite)).toBe(true);
    },
  );

  test.prop([completeAnswers(q)])(
    "stable: the same answers, in any key order, give the same result",
    (doc) => {
      const reversed = {
        ...doc,
        answers: Object.fromEntries(Object.entries(doc.answers).reverse()),
      };
      const first = score(q, doc);
      expect(score(q, structuredClone(doc))).toStrictEqual(first);
      expect(score(q, reversed)).toStrictEqual(first);
    },
  );

  test.prop([partialAnswers(q)])(
    "each level is the highest published threshold reached by floor(points × 100 / max)",
    (doc) => {
      const result = score(q, doc);
      result.domains.forEach((domain, i) => {
        let points = 0;
        let max = 0;
        for (const question of q.questions.filter(
          (x) => x.domain === q.domains[i]?.id,
        )) {
          const option = question.options.find(
            (o) => o.id === doc.answers[question.id],
          );
          if (!option) continue;
          points += option.points;
          max += Math.max(...question.options.map((o) => o.points));
        }
        expect([domain.points, domain.max]).toEqual([points, max]);
      });
      for (const item of [...result.domains, result.overall]) {
        if (item.max === 0) {
          expect(item.level).toBeNull();
          continue;
        }
        const percent = (item.points * 100) / item.max;
        const reached = q.thresholds
          .filter((t) => percent >= t.minPercent)
          .map((t) => t.level);
        expect(item.level).toBe(reached.at(-1));
      }
      const { answered, skipped, unanswered, total } = result.completeness;
      expect(answered + skipped.length + unanswered.length).toBe(total);
    },
  );
});
