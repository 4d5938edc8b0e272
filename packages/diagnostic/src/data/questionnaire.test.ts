import { describe, expect, test } from "vitest";
import { score } from "../score.js";
import { parseQuestionnaire } from "../parse.js";
import { CRCN, DIGCOMP } from "./frameworks.js";
import { QUESTIONNAIRE } from "./questionnaire.js";

const q = QUESTIONNAIRE;
const competences = (f: typeof CRCN | typeof DIGCOMP) =>
  f.areas.flatMap((a) => a.competences.map((c) => c.code as string));

describe("the questionnaire data", () => {
  test("is valid", () => {
    expect(parseQuestionnaire(q)).toEqual(q);
  });

  test("fits a real appointment: 15 to 25 questions, 10 minutes or less", () => {
    expect(q.questions.length).toBeGreaterThanOrEqual(15);
    expect(q.questions.length).toBeLessThanOrEqual(25);
    expect(q.estimatedMinutes).toBeLessThanOrEqual(10);
  });

  test("stays FALC-minded: one short question, short answers", () => {
    for (const question of q.questions) {
      expect(question.label.match(/\?/g), question.id).toHaveLength(1);
      expect(question.label.endsWith("?"), question.id).toBe(true);
      expect(question.label.split(" ").length, question.id).toBeLessThanOrEqual(
        12,
      );
      for (const option of question.options)
        expect(option.label.length, option.id).toBeLessThanOrEqual(40);
    }
  });

  test("covers equipment, the four prerequisites of seed 000 and the five usage domains", () => {
    expect(q.domains.map((d) => [d.id, d.countsInOverall])).toEqual([
      ["equipement-acces", false],
      ["prerequis", false],
      ["prise-en-main", true],
      ["navigation-recherche", true],
      ["communication", true],
      ["demarches-en-ligne", true],
      ["securite-donnees", true],
    ]);
    const revealed = new Set(
      q.questions.flatMap((x) => x.options.flatMap((o) => o.obstacle ?? [])),
    );
    expect([...revealed].sort()).toEqual(q.obstacles.map((o) => o.id).sort());
    for (const id of [
      "lecture",
      "langue-francaise",
      "langage-administratif",
      "outil-informatique",
    ]) {
      const obstacle = q.obstacles.find((o) => o.id === id);
      expect(obstacle?.sources?.[0]?.quote).toMatch(
        /lecture, de la langue française, du langage administratif, de l'outil informatique/,
      );
    }
    for (const id of ["sans-appareil", "sans-connexion", "sans-adresse-mail"])
      expect(revealed.has(id)).toBe(true);
  });

  test("maps each usage domain to existing CRCN and DigComp 2.2 competences", () => {
    const crcn = new Set(competences(CRCN));
    const digcomp = new Set(competences(DIGCOMP));
    for (const domain of q.domains) {
      for (const code of domain.crcn) expect(crcn.has(code), code).toBe(true);
      for (const code of domain.digcomp)
        expect(digcomp.has(code), code).toBe(true);
      if (domain.countsInOverall) {
        expect(domain.crcn.length).toBeGreaterThan(0);
        expect(domain.digcomp.length).toBeGreaterThan(0);
      }
    }
  });

  test("the frameworks have their published size: CRCN 5 × 16, DigComp 2.2 5 × 21", () => {
    expect([CRCN.areas.length, competences(CRCN).length]).toEqual([5, 16]);
    expect([DIGCOMP.areas.length, competences(DIGCOMP).length]).toEqual([
      5, 21,
    ]);
  });

  test("each rung of the usage scale lands on the level of the same name", () => {
    const expected = {
      jamais: "sans-usage",
      "avec-aide": "usage-accompagne",
      "seul-parfois": "usage-partiel",
      seul: "autonome",
    };
    for (const [optionId, level] of Object.entries(expected)) {
      const answers = Object.fromEntries(
        q.questions
          .filter((x) => x.options.some((o) => o.id === optionId))
          .map((x) => [x.id, optionId]),
      );
      const result = score(q, {
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        answers,
      });
      expect(result.overall.level, optionId).toBe(level);
    }
  });

  test("the published thresholds do not change silently", () => {
    expect(q.thresholds).toMatchInlineSnapshot(`
      [
        {
          "level": "sans-usage",
          "minPercent": 0,
        },
        {
          "level": "usage-accompagne",
          "minPercent": 20,
        },
        {
          "level": "usage-partiel",
          "minPercent": 50,
        },
        {
          "level": "autonome",
          "minPercent": 80,
        },
      ]
    `);
  });

  test("stable IDs do not change silently", () => {
    expect(
      q.questions.map(
        (x) => `${x.id}: ${x.options.map((o) => o.id).join(" ")}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "appareil: aucun celui-d-un-proche telephone ordinateur",
        "connexion: non pas-assez oui",
        "adresse-mail: non mot-de-passe-perdu oui",
        "usage-telephone: pas-de-telephone appeler messages applications",
        "lecture: difficile un-peu facile",
        "langue-francaise: difficile un-peu facile",
        "langage-administratif: difficile un-peu facile",
        "outil-informatique: difficile un-peu facile",
        "allumer-appareil: jamais avec-aide seul-parfois seul",
        "ecrire-clavier: jamais avec-aide seul-parfois seul",
        "ouvrir-application: jamais avec-aide seul-parfois seul",
        "aller-sur-un-site: jamais avec-aide seul-parfois seul",
        "chercher-information: jamais avec-aide seul-parfois seul",
        "retrouver-document: jamais avec-aide seul-parfois seul",
        "lire-mail: jamais avec-aide seul-parfois seul",
        "envoyer-piece-jointe: jamais avec-aide seul-parfois seul",
        "envoyer-message: jamais avec-aide seul-parfois seul",
        "creer-compte: jamais avec-aide seul-parfois seul",
        "se-connecter: jamais avec-aide seul-parfois seul",
        "franceconnect: jamais avec-aide seul-parfois seul",
        "envoyer-justificatif: jamais avec-aide seul-parfois seul",
        "mot-de-passe: jamais avec-aide seul-parfois seul",
        "reconnaitre-arnaque: jamais avec-aide seul-parfois seul",
        "donnees-personnelles: jamais avec-aide seul-parfois seul",
      ]
    `);
  });
});

describe("French typography of the displayed text", () => {
  const texts = [
    q.title,
    q.description,
    ...q.domains.flatMap((d) => [d.label, d.description]),
    ...q.obstacles.flatMap((o) => [o.label, o.description]),
    ...q.questions.flatMap((x) => [
      x.label,
      x.help ?? "",
      ...x.options.map((o) => o.label),
    ]),
  ];
  test.each(texts.filter(Boolean))("%s", (text) => {
    expect(text).not.toMatch(/'/);
    expect(text).not.toMatch(/ [?!:;»]/);
    expect(text).not.toMatch(/« /);
    expect(text).not.toMatch(/\S[?!;]/);
  });
});
