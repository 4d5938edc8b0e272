import { MediationError } from "@mediation-numerique/core";
import { describe, expect, test } from "vitest";
import { orient } from "./explain.js";
import { OrientationInputError } from "./errors.js";
import { safeParseSituation } from "./situation.js";

const base = { urgent: false, hasTime: true, wantsToLearn: false };

const errorOf = (input: unknown): OrientationInputError => {
  try {
    orient(input);
  } catch (error) {
    if (error instanceof OrientationInputError) return error;
    throw error;
  }
  throw new Error("expected an OrientationInputError");
};

const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, " ");

describe("bad input", () => {
  test("an unknown need is named, with the valid needs", () => {
    const error = errorOf({ ...base, needs: ["equipement", "impots"] });
    expect(error).toBeInstanceOf(MediationError);
    expect(error.problems).toEqual([
      expect.objectContaining({ path: ["needs", 1], code: "invalid-value" }),
    ]);
    expect(error.code).toBe("invalid-value");
    expect(error.value).toBe("impots");
    expect(error.field).toBe("needs.1");
    expect(error.message).toContain("«\u00A0impots\u00A0»");
    expect(error.validValues).toContain("demarche-en-ligne");
    expect(error.message).toContain("situation-sociale-complexe");
  });

  test("an unknown actor is named, with the valid actors", () => {
    const error = errorOf({
      ...base,
      needs: ["equipement"],
      nearby: ["mairie"],
    });
    expect(error.value).toBe("mairie");
    expect(error.validValues).toEqual([
      "mediation-numerique",
      "france-services",
      "accueil-administration",
      "france-travail",
      "travail-social",
      "aidants-connect",
    ]);
  });

  test("an empty list of needs lists the valid needs", () => {
    const error = errorOf({ ...base, needs: [] });
    expect(error.field).toBe("needs");
    expect(error.code).toBe("too-small");
    expect(error.validValues).toHaveLength(10);
    expect(error.problems[0].message).toContain("Valeurs possibles");
  });

  test("an unknown procedure and an unknown autonomy level are named", () => {
    expect(
      errorOf({ ...base, needs: ["equipement"], procedure: "urssaf" }).message,
    ).toContain("ants");
    expect(
      errorOf({ ...base, needs: ["equipement"], autonomy: "expert" })
        .validValues,
    ).toContain("usage-partiel");
  });

  test("a flag that is no boolean and an unknown field are reported, never as a TypeError", () => {
    expect(
      errorOf({ needs: ["equipement"], urgent: null, wantsToLearn: false })
        .field,
    ).toBe("urgent");
    expect(errorOf({ needs: ["equipement"], hasTime: "non" }).field).toBe(
      "hasTime",
    );
    expect(
      errorOf({ ...base, needs: ["equipement"], langue: "fr" }).message,
    ).toContain("langue");
    expect(errorOf(null)).toBeInstanceOf(OrientationInputError);
    expect(errorOf(undefined).name).toBe("OrientationInputError");
  });

  test("every problem is reported, not only the first", () => {
    const error = errorOf({
      needs: ["equipement", "impots"],
      urgent: "oui",
      hasTime: true,
      wantsToLearn: 0,
      nearby: ["mairie"],
      couleur: "rouge",
    });
    expect(
      error.problems.map((problem) => [problem.path, problem.code]),
    ).toEqual(
      expect.arrayContaining([
        [["needs", 1], "invalid-value"],
        [["urgent"], "invalid-type"],
        [["wantsToLearn"], "invalid-type"],
        [["nearby", 0], "invalid-value"],
        [[], "unrecognized-keys"],
      ]),
    );
    expect(error.problems).toHaveLength(5);
  });

  test("a fact left out is not asked, not a problem: only needs are required", () => {
    expect(safeParseSituation({ needs: ["equipement"] })).toEqual({
      success: true,
      data: { needs: ["equipement"] },
    });
    expect(errorOf({ urgent: true }).field).toBe("needs");
  });

  test("a huge value is cut in the message and in `value`", () => {
    const error = errorOf({ ...base, needs: ["x".repeat(5_000)] });
    expect(error.value).toHaveLength(40);
    expect(error.message.length).toBeLessThan(1_000);
  });

  test("safeParseSituation returns the same problems instead of throwing", () => {
    const input = { ...base, needs: ["impots"] };
    const result = safeParseSituation(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.problems).toEqual(errorOf(input).problems);
    expect(safeParseSituation({ ...base, needs: ["equipement"] })).toEqual({
      success: true,
      data: { ...base, needs: ["equipement"] },
    });
  });
});

describe("messages are in French and say what to fix", () => {
  test.each([
    [
      { ...base, needs: ["impots"] },
      /^needs\.0 : attendu : une valeur parmi « apprendre-numerique », .* ; reçu : « impots »\.$/,
    ],
    [
      { ...base, needs: [] },
      /^needs : attendu : au moins 1 élément ; reçu : un tableau de 0 élément\. Valeurs possibles : apprendre-numerique, /,
    ],
    [
      { ...base, needs: ["equipement"], urgent: "oui" },
      /^urgent : attendu : vrai ou faux \(un booléen\) ; reçu : « oui »\.$/,
    ],
    [
      { needs: ["equipement"], urgent: null },
      /^urgent : attendu : vrai ou faux \(un booléen\) ; reçu : null\.$/,
    ],
    [
      { ...base, needs: ["equipement"], couleur: "rouge" },
      /^\(entrée\) : champ inconnu : « couleur »\. Champs attendus : needs, /,
    ],
    [
      null,
      /^\(entrée\) : attendu : un objet ; reçu : null\. Champs attendus : needs, /,
    ],
  ])("%j", (input, expected) => {
    const error = errorOf(input);
    expect(plain(error.message)).toMatch(
      /^Situation invalide \(1 problème\) :\n- /,
    );
    expect(plain(error.message.split("\n- ")[1] ?? "")).toMatch(expected);
  });
});
