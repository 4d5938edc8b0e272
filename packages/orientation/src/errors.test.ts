import { describe, expect, test } from "vitest";
import { orient } from "./explain.js";
import { OrientationInputError } from "./errors.js";

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

describe("bad input", () => {
  test("an unknown need is named, with the valid needs", () => {
    const error = errorOf({ ...base, needs: ["equipement", "impots"] });
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
    expect(error.validValues).toHaveLength(10);
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

  test("a missing flag and an unknown field are reported, never as a TypeError", () => {
    expect(
      errorOf({ needs: ["equipement"], hasTime: true, wantsToLearn: false })
        .field,
    ).toBe("urgent");
    expect(
      errorOf({ ...base, needs: ["equipement"], langue: "fr" }).message,
    ).toContain("langue");
    expect(errorOf(null)).toBeInstanceOf(OrientationInputError);
    expect(errorOf(undefined).name).toBe("OrientationInputError");
  });
});

describe("messages are in French and say what to fix", () => {
  test.each([
    [
      { ...base, needs: ["impots"] },
      /^Valeur inconnue « impots » pour « needs\.0 »\. Valeurs possibles : /,
    ],
    [
      { ...base, needs: [] },
      /^« needs » est vide : donnez au moins une valeur\./,
    ],
    [
      { ...base, needs: ["equipement"], urgent: "oui" },
      /^Valeur « oui » invalide pour « urgent » : attendu : vrai ou faux \(booléen\)\./,
    ],
    [
      { needs: ["equipement"], hasTime: true, wantsToLearn: false },
      /^Valeur manquante pour « urgent »\./,
    ],
    [
      { ...base, needs: ["equipement"], couleur: "rouge" },
      /^Champ\(s\) inconnu\(s\) : couleur\. Champs attendus : needs, /,
    ],
    [
      null,
      /^Valeur « null » invalide pour l’entrée : .* Champs attendus : needs, /,
    ],
  ])("%j", (input, expected) => {
    expect(errorOf(input).message.replace(/\u00A0/g, " ")).toMatch(expected);
  });
});
