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

  test("zod issues are worded in French, naming the bad value and what is expected", () => {
    const problems = problemsOf(() =>
      parseAnswers({
        questionnaireVersion: 1.5,
        answers: { a: 1, b: "x" },
        updatedAt: "hier",
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "attendu\u00A0: un texte\u202F; reçu\u00A0: rien.",
      "attendu\u00A0: un entier\u202F; reçu\u00A0: 1.5.",
      "attendu\u00A0: un texte\u202F; reçu\u00A0: 1.",
      "attendu\u00A0: une date et heure ISO 8601 avec fuseau (ex. «\u00A02025-03-01T10:00:00+01:00\u00A0»)\u202F; reçu\u00A0: «\u00A0hier\u00A0».",
    ]);
    const empty = problemsOf(() =>
      parseAnswers({
        questionnaireId: "",
        questionnaireVersion: 0,
        answers: null,
      }),
    );
    expect(empty.map((p) => p.message)).toEqual([
      "attendu\u00A0: au moins 1 caractère\u202F; reçu\u00A0: «\u00A0\u00A0».",
      "attendu\u00A0: un nombre ≥\u00A01\u202F; reçu\u00A0: 0.",
      "attendu\u00A0: un objet\u202F; reçu\u00A0: null.",
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
      "version-mismatch",
      "unknown-option",
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
    const byPath = new Map(problems.map((p) => [p.path.join("."), p.message]));
    expect(byPath.get("thresholds")).toBe(
      "seuils 0\u00A0%, 60\u00A0%, 50\u00A0%, 80\u00A0%\u202F; attendu\u00A0: des seuils strictement croissants d’un niveau au suivant.",
    );
    expect(byPath.get("questions.1.id")).toBe(
      "identifiant «\u00A0connexion\u00A0» en double (déjà en questions.0.id)\u00A0: chaque identifiant doit être unique.",
    );
    expect(byPath.get("questions.0.domain")).toBe(
      "domaine inconnu «\u00A0inconnu\u00A0»\u00A0: domaines possibles\u00A0: acces, usages.",
    );
    expect(byPath.get("questions.1.options")).toBe(
      "points des options\u00A0: 1, 2, 3, 4\u202F; attendu\u00A0: de 0 (la réponse la moins autonome) à plus de 0.",
    );
    expect(byPath.get("domains.0")).toBe(
      "le domaine «\u00A0acces\u00A0» n’a aucune question\u00A0: ajoutez-en une ou retirez le domaine.",
    );
  });

  test("schema messages name the bad value and what is expected", () => {
    const [first] = TINY.questions;
    const [domain] = TINY.domains;
    if (!first || !domain) throw new Error("fixture");
    const problems = problemsOf(() =>
      parseQuestionnaire({
        ...TINY,
        id: "Mini Q",
        domains: [{ ...domain, crcn: ["7.1"] }, ...TINY.domains.slice(1)],
        questions: [
          {
            ...first,
            options: first.options.map((o, i) =>
              i === 0 ? { ...o, id: "skipped", obstacle: "sans-ordi" } : o,
            ),
          },
          ...TINY.questions.slice(1),
        ],
        sources: [
          { id: "s", title: "t", publisher: "p", year: 2020, url: "x" },
        ],
        migrations: TINY.migrations.map((m) => ({ ...m, toVersion: 3 })),
      }),
    );
    expect(
      Object.fromEntries(problems.map((p) => [p.path.join("."), p.message])),
    ).toEqual({
      id: "un identifiant s’écrit en minuscules non accentuées, chiffres et tirets simples (ex. «\u00A0diagnostic-2\u00A0»).",
      "domains.0.crcn.0":
        "code de compétence invalide «\u00A07.1\u00A0»\u202F; attendu\u00A0: «\u00A0domaine.compétence\u00A0», de 1.1 à 5.6 (ex. «\u00A04.2\u00A0»).",
      "sources.0.url":
        "attendu\u00A0: une URL absolue (ex. «\u00A0https://exemple.org\u00A0»)\u202F; reçu\u00A0: «\u00A0x\u00A0».",
      "questions.0.options.0.id":
        "«\u00A0skipped\u00A0» est réservé aux questions sans réponse («\u00A0Je ne sais pas\u00A0»)\u00A0: choisissez un autre identifiant d’option.",
      "questions.0.options.0.obstacle":
        "frein inconnu «\u00A0sans-ordi\u00A0»\u00A0: freins possibles\u00A0: sans-connexion (ajoutez-le dans «\u00A0obstacles\u00A0» au besoin).",
      "migrations.0":
        "étape de migration 1 → 3\u202F; attendu\u00A0: 1 → 2 (une version à la fois, la dernière menant à la version 2).",
    });
  });
});

/**
 * French typography, as in the other packages: the ’ apostrophe, « » with no-break spaces inside,
 * a no-break space (U+00A0 or U+202F) before « : », « ; », « ? », « ! ».
 */
const FRENCH_TYPOGRAPHY =
  /^(?![^]*['"])(?![^]* [:;?!»])(?![^]*« )(?![^]*«[^\u00A0])(?![^]*[^\u00A0]»)(?![^]*[^\s\u00A0\u202F][:;?!](?:\s|$))/;

test("every message follows French typography", () => {
  const [first, second] = TINY.questions;
  if (!first || !second) throw new Error("fixture");
  const runs: (() => unknown)[] = [
    () => parseAnswers(null),
    () => parseAnswers({ questionnaireVersion: 1.5, answers: { a: 1 } }),
    () => parseAnswers({ ...TINY, questionnaireId: "x", answers: [] }),
    () =>
      parseAnswers(
        {
          questionnaireId: "autre",
          questionnaireVersion: 3,
          answers: { wifi: "oui", mail: "souvent" },
          updatedAt: "hier",
        },
        TINY,
      ),
    () => score(TINY, { questionnaireId: 1, questionnaireVersion: "2" }),
    () =>
      parseQuestionnaire({
        ...TINY,
        id: "A",
        version: 0,
        thresholds: [{ level: "sans-usage", minPercent: 0 }],
        questions: [
          { ...first, domain: "x" },
          { ...second, id: first.id },
        ],
        sources: [{ id: "s", title: "", publisher: "p", year: 1800 }],
      }),
  ];
  const messages = runs.flatMap((run) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DiagnosticInputError);
      const { message, problems } = error as DiagnosticInputError;
      return [message, ...problems.map((p) => p.message)];
    }
    throw new Error("expected a DiagnosticInputError");
  });
  expect(messages.length).toBeGreaterThan(20);
  for (const message of messages) expect(message).toMatch(FRENCH_TYPOGRAPHY);
});
