import { describe, expect, test } from "vitest";
import { DiagnosticInputError } from "./errors.js";
import { score } from "./score.js";
import { TINY } from "./test-support/fixtures.js";

const doc = (answers: Record<string, string>) => ({
  questionnaireId: "mini",
  questionnaireVersion: 2,
  answers,
});

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DiagnosticInputError);
    return (error as DiagnosticInputError).problems;
  }
  throw new Error("expected a DiagnosticInputError");
}

function problemsOfMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DiagnosticInputError);
    return (error as DiagnosticInputError).message;
  }
  throw new Error("expected a DiagnosticInputError");
}

describe("score, computed by hand on a tiny questionnaire", () => {
  test("complete answers: points, maxima, levels, Coop mapping, obstacles", () => {
    const result = score(
      TINY,
      doc({ connexion: "non", mail: "aide", site: "seul" }),
    );
    // usages: (1 + 2) / (3 + 2) = 60 % → usage-partiel (≥ 50, < 80)
    expect(result.domains).toEqual([
      {
        domainId: "acces",
        points: 0,
        max: 2,
        percent: 0,
        level: "sans-usage",
        workshopLevel: "debutant",
        answered: 1,
        total: 1,
      },
      {
        domainId: "usages",
        points: 3,
        max: 5,
        percent: 60,
        level: "usage-partiel",
        workshopLevel: "intermediaire",
        answered: 2,
        total: 2,
      },
    ]);
    // the overall level counts only "usages": access is an obstacle, not a failing
    expect(result.overall).toEqual({
      points: 3,
      max: 5,
      percent: 60,
      level: "usage-partiel",
      coopAutonomie: "partiellement_autonome",
      domainIds: ["usages"],
    });
    expect(result.obstacles).toEqual([
      {
        obstacleId: "sans-connexion",
        revealedBy: [{ questionId: "connexion", optionId: "non" }],
      },
    ]);
    expect(result.completeness).toEqual({
      answered: 3,
      total: 3,
      percent: 100,
      skipped: [],
      unanswered: [],
    });
  });

  test("thresholds are inclusive: 20 % and 80 % reach their level", () => {
    expect(
      score(TINY, doc({ mail: "aide", site: "jamais" })).overall.level,
    ).toBe("usage-accompagne"); // 1/5
    expect(
      score(TINY, doc({ mail: "seul-parfois", site: "seul" })).overall.level,
    ).toBe("autonome"); // 4/5
    expect(
      score(TINY, doc({ mail: "jamais", site: "jamais" })).overall.level,
    ).toBe("sans-usage");
  });

  test("skipped and missing answers are reported, and left out of the maxima", () => {
    const result = score(TINY, doc({ mail: "seul", site: "skipped" }));
    expect(result.completeness).toEqual({
      answered: 1,
      total: 3,
      percent: 33,
      skipped: ["site"],
      unanswered: ["connexion"],
    });
    // 3/3, not 3/5: the skipped question does not count as zero
    expect(result.overall).toMatchObject({
      points: 3,
      max: 3,
      percent: 100,
      level: "autonome",
    });
    expect(result.domains[0]).toMatchObject({
      domainId: "acces",
      level: null,
      percent: null,
      workshopLevel: null,
    });
  });

  test("the explanation names the answers behind each level and the next landmark", () => {
    const result = score(TINY, doc({ mail: "aide" }));
    const usages = result.explanation.find((e) => e.scope === "usages");
    expect(usages).toEqual({
      scope: "usages",
      level: "usage-accompagne",
      percent: 33,
      minPercent: 20,
      next: { level: "usage-partiel", minPercent: 50 },
      answers: [{ questionId: "mail", optionId: "aide", points: 1, max: 3 }],
    });
    expect(result.explanation.map((e) => e.scope)).toEqual([
      "acces",
      "usages",
      "overall",
    ]);
  });

  test("no answer at all gives no level, not the lowest one", () => {
    const result = score(TINY, doc({}));
    expect(result.overall.level).toBeNull();
    expect(result.overall.coopAutonomie).toBeNull();
    expect(result.completeness.percent).toBe(0);
  });
});

describe("score rejects bad input with a typed error naming the problem", () => {
  test("unknown question and option IDs, all listed", () => {
    const problems = problemsOf(() =>
      score(TINY, doc({ wifi: "oui", mail: "souvent" })),
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["unknown-question", ["answers", "wifi"]],
      ["unknown-option", ["answers", "mail"]],
    ]);
    expect(problems[0].message).toBe(
      "question inconnue «\u00A0wifi\u00A0»\u00A0: questions possibles\u00A0: connexion, mail, site.",
    );
    expect(problems[1]?.message).toBe(
      "réponse inconnue «\u00A0souvent\u00A0» pour la question «\u00A0mail\u00A0»\u00A0: valeurs possibles\u00A0: jamais, aide, seul-parfois, seul, skipped.",
    );
  });

  test("another version or questionnaire", () => {
    const problems = problemsOf(() =>
      score(TINY, {
        questionnaireId: "autre",
        questionnaireVersion: 1,
        answers: {},
      }),
    );
    expect(problems.map((p) => p.code)).toEqual([
      "questionnaire-mismatch",
      "version-mismatch",
    ]);
    expect(problems[0].message).toContain("«\u00A0autre\u00A0»");
    expect(problems[0].message).toContain("attendu\u00A0: «\u00A0mini\u00A0»");
    expect(problems[1]?.message).toBe(
      "réponses de la version 1\u202F; attendu\u00A0: la version 2 (appelez d’abord migrateAnswers).",
    );
  });

  test("wrong types name the expected type", () => {
    const problems = problemsOf(() =>
      score(TINY, {
        questionnaireId: 3,
        questionnaireVersion: "2",
        answers: { mail: 1 },
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      ["questionnaireId"],
      ["questionnaireVersion"],
      ["answers", "mail"],
    ]);
    expect(problems.every((p) => p.code === "invalid-type")).toBe(true);
    expect(problems.map((p) => p.message)).toEqual([
      "attendu\u00A0: une chaîne non vide\u202F; reçu\u00A0: 3.",
      "attendu\u00A0: un entier ≥\u00A01\u202F; reçu\u00A0: «\u00A02\u00A0».",
      "attendu\u00A0: un identifiant d’option ou «\u00A0skipped\u00A0»\u202F; reçu\u00A0: 1.",
    ]);
    expect(() => score(TINY, null)).toThrow(
      /attendu\u00A0: un objet \{ questionnaireId, questionnaireVersion, answers \}\u202F; reçu\u00A0: null\./,
    );
    expect(() => score(TINY, { ...doc({}), answers: ["oui"] })).toThrow(
      /reçu\u00A0: un tableau de 1 élément\./,
    );
  });

  test("the error message lists the problems", () => {
    expect(() => score(TINY, doc({ wifi: "oui" }))).toThrow(
      "Entrée du diagnostic invalide (1 problème)\u00A0:\n- answers.wifi\u00A0: question inconnue «\u00A0wifi\u00A0»\u00A0: questions possibles\u00A0: connexion, mail, site.",
    );
    const many = Object.fromEntries(
      ["a", "b", "c", "d", "e", "f", "g"].map((id) => [id, "oui"]),
    );
    const message = problemsOfMessage(() => score(TINY, doc(many)));
    expect(message).toMatch(
      /^Entrée du diagnostic invalide \(7 problèmes\)\u00A0:\n/,
    );
    expect(message).toContain(
      "\n- answers.e\u00A0: question inconnue «\u00A0e\u00A0»",
    );
    expect(message).not.toContain("answers.f");
    expect(message).toMatch(
      /\n- et 2 de plus \(voir «\u00A0problems\u00A0»\)\.$/,
    );
  });
});
