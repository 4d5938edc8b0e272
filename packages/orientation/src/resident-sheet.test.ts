import { QUESTIONNAIRE, score } from "@mediation-numerique/diagnostic";
import { describe, expect, test } from "vitest";
import { OrientationInputError } from "./errors.js";
import { orient } from "./explain.js";
import { HYPRA_CHARTE_MATERIEL_PROPRE } from "./passages.js";
import type { Recommendation } from "./recommendation.js";
import { BRING_ASK, BRING_RULES } from "./resident-sheet-bring.js";
import {
  KNOW_HOW_ANSWERED,
  KNOW_HOW_FALLBACK,
  KNOW_HOW_QUESTIONNAIRE_ID,
  KNOW_HOW_SENTENCES,
  NOT_KNOW_HOW,
} from "./resident-sheet-know-how.js";
import { ACTOR_FOR_RESIDENT, HERE } from "./resident-sheet-text.js";
import { residentSheet } from "./resident-sheet.js";

/** A diagnostic result: every question at its top option, but those given. */
const diagnosticWith = (answers: Record<string, string> = {}) =>
  score(QUESTIONNAIRE, {
    questionnaireId: QUESTIONNAIRE.id,
    questionnaireVersion: QUESTIONNAIRE.version,
    answers: {
      ...Object.fromEntries(
        QUESTIONNAIRE.questions.map((q) => [q.id, q.options.at(-1)?.id]),
      ),
      ...answers,
    },
  });

const recommendations = orient({
  needs: ["equipement"],
  urgent: false,
  hasTime: true,
  wantsToLearn: false,
});

const knowHow = (diagnostic: unknown) =>
  residentSheet({ diagnostic, recommendations }).parts[0].sentences;

describe("the can-do sentences are keyed by the diagnostic's own IDs", () => {
  const questions = new Map(QUESTIONNAIRE.questions.map((q) => [q.id, q]));

  test("for the diagnostic's questionnaire", () => {
    expect(KNOW_HOW_QUESTIONNAIRE_ID).toBe(QUESTIONNAIRE.id);
  });

  test("each domain and question exists, the question in that domain, in the questionnaire's order", () => {
    const order = QUESTIONNAIRE.questions.map((q) => q.id);
    for (const [domain, { questions: sentences }] of Object.entries(
      KNOW_HOW_SENTENCES,
    )) {
      expect(QUESTIONNAIRE.domains.map((d) => d.id)).toContain(domain);
      for (const id of Object.keys(sentences))
        expect(questions.get(id)?.domain, id).toBe(domain);
      expect(Object.keys(sentences)).toEqual(
        order.filter((id) => id in sentences),
      );
    }
  });

  test("every question has a sentence or a reason not to, never both", () => {
    const withSentence = Object.values(KNOW_HOW_SENTENCES).flatMap((d) =>
      Object.keys(d.questions),
    );
    expect([...withSentence, ...Object.keys(NOT_KNOW_HOW)].sort()).toEqual(
      [...questions.keys()].sort(),
    );
  });

  test("a domain has a summary exactly when all its questions have a sentence", () => {
    for (const domain of QUESTIONNAIRE.domains) {
      const all = QUESTIONNAIRE.questions.filter((q) => q.domain === domain.id);
      const own = KNOW_HOW_SENTENCES[domain.id];
      const complete = all.every((q) => own?.questions[q.id] !== undefined);
      expect(own?.summary !== undefined, domain.id).toBe(complete);
    }
  });
});

describe("what you already know how to do", () => {
  test("every question at its top: one sentence per domain, and the two equipment ones", () => {
    expect(knowHow(diagnosticWith())).toEqual([
      KNOW_HOW_SENTENCES["equipement-acces"]?.questions["adresse-mail"],
      KNOW_HOW_SENTENCES["equipement-acces"]?.questions["usage-telephone"],
      ...["prise-en-main", "navigation-recherche", "communication"].map(
        (domain) => KNOW_HOW_SENTENCES[domain]?.summary,
      ),
      ...["demarches-en-ligne", "securite-donnees"].map(
        (domain) => KNOW_HOW_SENTENCES[domain]?.summary,
      ),
    ]);
  });

  test("one question under its top: the others of its domain, no summary", () => {
    const sentences = knowHow(
      diagnosticWith({ "ecrire-clavier": "seul-parfois" }),
    );
    const domain = KNOW_HOW_SENTENCES["prise-en-main"];
    expect(sentences).not.toContain(domain?.summary);
    expect(sentences).not.toContain(domain?.questions["ecrire-clavier"]);
    expect(sentences).toContain(domain?.questions["allumer-appareil"]);
    expect(sentences).toContain(domain?.questions["ouvrir-application"]);
  });

  test("a skipped question keeps its domain's summary away", () => {
    const sentences = knowHow(diagnosticWith({ franceconnect: "skipped" }));
    expect(sentences).not.toContain(
      KNOW_HOW_SENTENCES["demarches-en-ligne"]?.summary,
    );
    expect(sentences).toContain(
      KNOW_HOW_SENTENCES["demarches-en-ligne"]?.questions["creer-compte"],
    );
  });

  test("nothing at its top: the positive fallback, saying she answered", () => {
    const none = Object.fromEntries(
      QUESTIONNAIRE.questions.map((q) => [q.id, q.options[1]?.id ?? ""]),
    );
    expect(knowHow(diagnosticWith(none))).toEqual([
      KNOW_HOW_FALLBACK[0],
      KNOW_HOW_ANSWERED,
      KNOW_HOW_FALLBACK[1],
    ]);
  });

  test("no diagnostic, or every answer skipped: the fallback alone", () => {
    expect(knowHow(undefined)).toEqual(KNOW_HOW_FALLBACK);
    const skipped = Object.fromEntries(
      QUESTIONNAIRE.questions.map((q) => [q.id, "skipped"]),
    );
    expect(knowHow(diagnosticWith(skipped))).toEqual(KNOW_HOW_FALLBACK);
  });

  test("another questionnaire's answers say nothing of what she can do", () => {
    const other = { ...diagnosticWith(), questionnaireId: "autre-diagnostic" };
    expect(knowHow(other)).toEqual([
      KNOW_HOW_FALLBACK[0],
      KNOW_HOW_ANSWERED,
      KNOW_HOW_FALLBACK[1],
    ]);
  });
});

describe("the next steps", () => {
  const several = orient({
    needs: ["situation-sociale-complexe", "demarche-en-ligne", "equipement"],
    urgent: true,
    hasTime: false,
    wantsToLearn: true,
  });

  test("one per recommendation, in the same order", () => {
    const { steps } = residentSheet({ recommendations: several }).parts[1];
    expect(steps.map((s) => [s.actor, s.mode])).toEqual(
      several.map((r) => [r.actor, r.mode]),
    );
    expect(several.length).toBeGreaterThan(2);
  });

  test("a place is explained the first time the sheet names it only", () => {
    const twice = [...several, ...several];
    const { steps } = residentSheet({ recommendations: twice }).parts[1];
    const named = new Set<string>();
    for (const step of steps) {
      const words = ACTOR_FOR_RESIDENT[step.actor];
      expect(step.where).toEqual(
        named.has(step.actor) ? [words.go] : [words.go, words.explain],
      );
      named.add(step.actor);
    }
    expect(steps.filter((step) => step.where.length === 1)).toHaveLength(
      twice.length - named.size,
    );
  });

  test("with a centre, the mediation steps are here, headed by its name", () => {
    const sheet = residentSheet({
      recommendations: several,
      centre: { name: "  Maison de quartier   L'Escale " },
    });
    for (const step of sheet.parts[1].steps) {
      expect(step.here).toBe(step.actor === "mediation-numerique");
      if (step.here) {
        expect(step.heading).toBe("Maison de quartier L’Escale");
        expect(step.where).toEqual([HERE.go]);
      }
    }
    expect(sheet.parts[1].steps.some((step) => step.here)).toBe(true);
    const unnamed = residentSheet({ recommendations: several, centre: {} });
    expect(unnamed.parts[1].steps.find((step) => step.here)?.heading).toBe(
      HERE.heading,
    );
  });

  test("the how follows the mode, the what follows the needs", () => {
    const [step] = residentSheet({
      recommendations: orient({
        needs: ["creer-adresse-mail", "remplir-formulaire"],
        urgent: false,
        hasTime: true,
        wantsToLearn: true,
      }),
    }).parts[1].steps;
    expect(step?.mode).toBe("apprendre");
    expect(step?.how).toEqual(["Vous apprendrez à le faire vous-même."]);
    expect(step?.what).toEqual([
      "C’est pour créer une adresse mail.",
      "C’est aussi pour remplir un formulaire.",
    ]);
  });
});

describe("what to bring", () => {
  const bring = (list: Recommendation[]) =>
    residentSheet({ recommendations: list }).parts[2];

  test("the device, for learning, with its source", () => {
    const part = bring(
      orient({
        needs: ["apprendre-numerique"],
        urgent: false,
        hasTime: true,
        wantsToLearn: true,
      }),
    );
    expect(part.items).toEqual([
      { text: BRING_RULES[0]?.text, sources: [HYPRA_CHARTE_MATERIEL_PROPRE] },
    ]);
    expect(part.sentences).toEqual([BRING_ASK.afterItems]);
  });

  test("each thing once, in the rules' order, however many steps call for it", () => {
    const part = bring(
      orient({
        needs: ["numeriser-justificatifs", "demarche-en-ligne"],
        urgent: false,
        hasTime: true,
        wantsToLearn: true,
      }),
    );
    expect(part.items.map((item) => item.text)).toEqual(
      BRING_RULES.map((rule) => rule.text),
    );
  });

  test("nothing the sources support: no item, and ask the reception", () => {
    const part = bring(recommendations);
    expect(part.items).toEqual([]);
    expect(part.sentences).toEqual([BRING_ASK.alone]);
  });
});

describe("the contact section", () => {
  test("the centre's details in a fixed order, tidied; none given, none shown", () => {
    const sheet = residentSheet({
      recommendations,
      centre: {
        phone: "01 23 45 67 89",
        name: "L'Escale",
        address: "3 rue des Lilas",
      },
    });
    expect(sheet.contact?.lines).toEqual([
      { label: "Lieu", value: "L’Escale" },
      { label: "Adresse", value: "3 rue des Lilas" },
      { label: "Téléphone", value: "01 23 45 67 89" },
    ]);
    expect(residentSheet({ recommendations, centre: {} }).contact).toBe(
      undefined,
    );
    expect("contact" in residentSheet({ recommendations })).toBe(false);
  });
});

describe("pure and deterministic", () => {
  const input = {
    diagnostic: diagnosticWith({ "ecrire-clavier": "jamais" }),
    recommendations: orient({
      needs: ["demarche-en-ligne", "numeriser-justificatifs"],
      urgent: false,
      hasTime: true,
      wantsToLearn: true,
    }),
    centre: { name: "L’Escale", phone: "01 23 45 67 89" },
  };

  test("the same input gives the same sheet, and the input is left as it was", () => {
    const before = structuredClone(input);
    const frozen = deepFreeze(structuredClone(input));
    expect(residentSheet(frozen)).toEqual(residentSheet(input));
    expect(input).toEqual(before);
  });

  test("changing a sheet changes no later one", () => {
    const first = residentSheet(input);
    const expected = structuredClone(first);
    const source = first.parts[2].items[0]?.sources[0];
    if (source !== undefined) source.quote = "changée";
    first.parts[0].sentences.push("Changée.");
    first.parts[1].steps[0]?.how.push("Changée.");
    expect(residentSheet(input)).toEqual(expected);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe("bad input gives an OrientationInputError in French", () => {
  const errorOf = (input: unknown): OrientationInputError => {
    try {
      residentSheet(input);
    } catch (error) {
      if (error instanceof OrientationInputError) return error;
      throw error;
    }
    throw new Error("expected an OrientationInputError");
  };

  test("no recommendation", () => {
    const error = errorOf({ recommendations: [] });
    expect(error.field).toBe("recommendations");
    expect(error.code).toBe("too-small");
    expect(error.problems[0].message).toBe(
      "donnez au moins une recommandation.",
    );
    expect(errorOf({}).field).toBe("recommendations");
  });

  test("an unknown field lists the expected ones", () => {
    const error = errorOf({ recommendations, centr: {} });
    expect(error.code).toBe("unrecognized-keys");
    expect(error.message).toContain(
      "Champs attendus\u00A0: diagnostic, recommendations, centre.",
    );
  });

  test("« faire à la place » by the médiation numérique", () => {
    const [first] = recommendations;
    const error = errorOf({
      recommendations: [{ ...first, mode: "faire-a-la-place" }],
    });
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: ["recommendations", 0, "mode"],
        code: "mode-not-allowed",
      }),
    ]);
  });

  test.each([
    [
      { name: "un deux trois quatre cinq six sept huit neuf dix onze" },
      "too-many-words",
    ],
    [{ name: "Deux\nlignes" }, "invalid-format"],
    [{ name: "   " }, "invalid-format"],
    [{ address: "x".repeat(201) }, "too-big"],
    [{ phone: "appelez-nous" }, "invalid-format"],
    [{ email: "a@b.fr" }, "unrecognized-keys"],
  ])("a centre %j: %s", (centre, code) => {
    const error = errorOf({ recommendations, centre });
    expect(error.code).toBe(code);
    expect(error.field).toMatch(/^centre/);
    expect(error.problems[0].message).toMatch(/\p{L}/u);
  });

  test("a diagnostic that is not a result", () => {
    expect(errorOf({ recommendations, diagnostic: "autonome" }).field).toBe(
      "diagnostic",
    );
    expect(
      errorOf({
        recommendations,
        diagnostic: { questionnaireId: "x", explanation: [{ answers: [{}] }] },
      }).field,
    ).toBe("diagnostic.explanation.0.answers.0.questionId");
  });
});
