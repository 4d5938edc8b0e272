import { describe, expect, test } from "vitest";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import { migrateAnswers } from "./migrate.js";
import { score } from "./score.js";
import { TINY } from "./test-support/fixtures.js";

const v1 = (answers: Record<string, string>) => ({
  questionnaireId: "mini",
  questionnaireVersion: 1,
  answers,
});

describe("migrateAnswers", () => {
  test("carries renamed questions and options, and says exactly what it could not carry", () => {
    const report = migrateAnswers(
      TINY,
      v1({
        courriel: "oui",
        imprimante: "oui",
        connexion: "oui",
        site: "souvent",
        wifi: "non",
      }),
    );
    expect(report.answers).toEqual({
      questionnaireId: "mini",
      questionnaireVersion: 2,
      answers: { mail: "seul", connexion: "oui" },
    });
    expect(report.carried).toEqual([
      {
        from: { questionId: "courriel", value: "oui" },
        to: { questionId: "mail", value: "seul" },
      },
      {
        from: { questionId: "connexion", value: "oui" },
        to: { questionId: "connexion", value: "oui" },
      },
    ]);
    expect(report.notCarried.map((n) => [n.questionId, n.code])).toEqual([
      ["imprimante", "question-withdrawn"],
      ["site", "unknown-option"],
      ["wifi", "unknown-question"],
    ]);
    expect(report.notCarried.map((n) => n.message)).toEqual([
      "question «\u00A0imprimante\u00A0» retirée en version 2 (motif\u00A0: hors sujet).",
      "réponse «\u00A0souvent\u00A0» absente de la question «\u00A0site\u00A0» en version 2.",
      "question «\u00A0wifi\u00A0» absente de la version 2.",
    ]);
    // the migrated document scores
    expect(score(TINY, report.answers).overall.level).toBe("autonome");
  });

  test("a withdrawn option and two answers landing on the same question", () => {
    const report = migrateAnswers(TINY, v1({ courriel: "un-peu" }));
    expect(report.notCarried).toMatchObject([
      {
        questionId: "courriel",
        value: "un-peu",
        code: "option-withdrawn",
        message:
          "réponse «\u00A0un-peu\u00A0» de la question «\u00A0courriel\u00A0» retirée en version 2.",
      },
    ]);
    const conflict = migrateAnswers(
      TINY,
      v1({ courriel: "oui", mail: "aide" }),
    );
    expect(conflict.notCarried).toMatchObject([
      {
        questionId: "mail",
        code: "conflict",
        message:
          "question «\u00A0mail\u00A0» déjà reprise d’une autre réponse.",
      },
    ]);
    expect(conflict.answers.answers).toEqual({ mail: "seul" });
  });

  test("answers at the current version are checked, not changed", () => {
    const doc = {
      questionnaireId: QUESTIONNAIRE.id,
      questionnaireVersion: 1,
      answers: { lecture: "facile" },
    };
    const report = migrateAnswers(QUESTIONNAIRE, doc);
    expect(report.answers).toEqual(doc);
    expect(report.notCarried).toEqual([]);
  });

  test.each([
    [
      { questionnaireId: "mini", questionnaireVersion: 3, answers: {} },
      "version-mismatch",
    ],
    [
      { questionnaireId: "autre", questionnaireVersion: 1, answers: {} },
      "questionnaire-mismatch",
    ],
    [
      { questionnaireId: "mini", questionnaireVersion: 1, answers: [] },
      "invalid-type",
    ],
    [
      {
        questionnaireId: QUESTIONNAIRE.id,
        questionnaireVersion: 0,
        answers: {},
      },
      "invalid-type",
    ],
  ])("refuses %j with %s", (input, code) => {
    const q = input.questionnaireId === QUESTIONNAIRE.id ? QUESTIONNAIRE : TINY;
    expect(() => migrateAnswers(q, input)).toThrow(DiagnosticInputError);
    try {
      migrateAnswers(q, input);
    } catch (error) {
      expect((error as DiagnosticInputError).problems[0].code).toBe(code);
    }
  });

  test("answers newer than the questionnaire are refused, naming both versions", () => {
    expect(() =>
      migrateAnswers(TINY, { ...v1({}), questionnaireVersion: 3 }),
    ).toThrow(
      "réponses de la version 3\u202F; attendu\u00A0: la version 2 (ou chargez le questionnaire en version 3).",
    );
  });

  test("a version with no migration path is named", () => {
    const noSteps = { ...TINY, version: 3, migrations: [] };
    expect(() => migrateAnswers(noSteps, v1({}))).toThrow(
      "aucune migration de la version 1 à la version 3\u00A0: ajoutez les étapes manquantes dans «\u00A0migrations\u00A0».",
    );
  });
});
