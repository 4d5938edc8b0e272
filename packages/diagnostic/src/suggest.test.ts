import { describe, expect, test } from "vitest";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import { parseAnswers } from "./parse.js";
import { editDistance, nearestIds } from "./suggest.js";
import { TINY } from "./test-support/fixtures.js";

function messagesOf(answers: Record<string, string>): string[] {
  try {
    parseAnswers(
      { questionnaireId: "mini", questionnaireVersion: 2, answers },
      TINY,
    );
  } catch (error) {
    expect(error).toBeInstanceOf(DiagnosticInputError);
    return (error as DiagnosticInputError).problems.map((p) => p.message);
  }
  throw new Error("expected a DiagnosticInputError");
}

describe("editDistance", () => {
  test.each([
    ["mail", "mail", 0],
    ["mail", "mails", 1],
    ["mail", "mal", 1],
    ["mail", "mial", 1],
    ["mail", "site", 4],
    ["", "site", 4],
  ])("%s → %s: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("nearestIds", () => {
  test("suggests the nearest IDs, case ignored, in the given order", () => {
    const ids = QUESTIONNAIRE.questions.map((q) => q.id);
    expect(nearestIds("adress-mail", ids)).toEqual(["adresse-mail"]);
    expect(nearestIds("Connexoin", ids)).toEqual(["connexion"]);
    expect(nearestIds("ab", ["ac", "xb", "zz"])).toEqual(["ac", "xb"]);
  });

  test("suggests nothing when every ID is too far", () => {
    expect(nearestIds("wifi", ["connexion", "mail", "site"])).toEqual([]);
  });
});

describe("parseAnswers with a questionnaire", () => {
  test("suggests the nearest question for an unknown question ID", () => {
    expect(messagesOf({ mial: "seul" })).toEqual([
      "question inconnue «\u00A0mial\u00A0»\u00A0: vouliez-vous dire «\u00A0mail\u00A0»\u202F? Questions possibles\u00A0: connexion, mail, site.",
    ]);
  });

  test("keeps the plain message when no question is near", () => {
    expect(messagesOf({ wifi: "oui" })).toEqual([
      "question inconnue «\u00A0wifi\u00A0»\u00A0: questions possibles\u00A0: connexion, mail, site.",
    ]);
  });
});
