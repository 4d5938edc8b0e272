import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkAnswersShape } from "./check-answers.js";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import { parseAnswers, parseQuestionnaire } from "./parse.js";
import { score } from "./score.js";
import { AnswersDocument } from "./schema/answers.js";
import { anyInput } from "./test-support/arbitraries.js";
import { TINY } from "./test-support/fixtures.js";

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DiagnosticInputError);
    return (error as DiagnosticInputError).problems;
  }
  throw new Error("expected a DiagnosticInputError");
}

describe("parseAnswers", () => {
  test("returns a valid document, with its update date", () => {
    const doc = {
      questionnaireId: "mini",
      questionnaireVersion: 2,
      answers: { mail: "skipped" },
      updatedAt: "2025-03-01T10:00:00+01:00",
    };
    expect(parseAnswers(doc, TINY)).toEqual(doc);
  });

  test("lists every problem with its path", () => {
    const problems = problemsOf(() =>
      parseAnswers({
        questionnaireVersion: 1.5,
        answers: { a: 1, b: "x" },
        updatedAt: "hier",
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      ["questionnaireId"],
      ["questionnaireVersion"],
      ["answers", "a"],
      ["updatedAt"],
    ]);
  });

  test("with a questionnaire, also checks IDs and version", () => {
    const problems = problemsOf(() =>
      parseAnswers(
        {
          questionnaireId: "mini",
          questionnaireVersion: 1,
          answers: { mail: "souvent" },
        },
        TINY,
      ),
    );
    expect(problems.map((p) => p.code)).toEqual([
      "version_mismatch",
      "unknown_option",
    ]);
  });

  test.prop([anyInput(TINY)])(
    "agrees with the zod-free check that scoring uses",
    (input) => {
      const zodAccepts = AnswersDocument.safeParse(input).success;
      const hasDate =
        typeof input === "object" && input !== null && "updatedAt" in input;
      fc.pre(!hasDate);
      expect(checkAnswersShape(input).length === 0).toBe(zodAccepts);
    },
  );
});

const accepts = (run: () => unknown) => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

test.prop([anyInput(TINY)])(
  "score accepts exactly what parseAnswers accepts with the questionnaire",
  (input) => {
    const hasDate =
      typeof input === "object" && input !== null && "updatedAt" in input;
    fc.pre(!hasDate);
    expect(accepts(() => score(TINY, input))).toBe(
      accepts(() => parseAnswers(input, TINY)),
    );
  },
);

describe("parseQuestionnaire", () => {
  test("accepts our questionnaire and the test one", () => {
    expect(parseQuestionnaire(QUESTIONNAIRE)).toEqual(QUESTIONNAIRE);
    expect(parseQuestionnaire(TINY)).toEqual(TINY);
  });

  test("reports broken cross-references, each with its path", () => {
    const [first, second] = TINY.questions;
    if (!first || !second) throw new Error("fixture");
    const broken = {
      ...TINY,
      questions: [
        { ...first, domain: "inconnu" },
        {
          ...second,
          id: first.id,
          options: second.options.map((o) => ({ ...o, points: o.points + 1 })),
        },
      ],
      thresholds: [
        { level: "sans-usage", minPercent: 0 },
        { level: "usage-accompagne", minPercent: 60 },
        { level: "usage-partiel", minPercent: 50 },
        { level: "autonome", minPercent: 80 },
      ],
    };
    const problems = problemsOf(() => parseQuestionnaire(broken));
    expect(problems.map((p) => p.path.join("."))).toEqual(
      expect.arrayContaining([
        "thresholds",
        "questions.1.id",
        "questions.0.domain",
        "questions.1.options",
        "domains.0",
      ]),
    );
  });
});
