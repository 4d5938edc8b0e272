import { timeCall } from "@mediation-numerique/tooling/hardening";
import { NBSP, NNBSP } from "@mediation-numerique/core";
import { describe, expect, test } from "vitest";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import { parseAnswers } from "./parse.js";
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

describe("parseAnswers with a questionnaire", () => {
  test("suggests the nearest question for an unknown question ID", () => {
    expect(messagesOf({ mial: "seul" })).toEqual([
      "question inconnue «\u00A0mial\u00A0»\u00A0: vouliez-vous dire «\u00A0mail\u00A0»\u202F? Questions possibles\u00A0: connexion, mail, site.",
    ]);
  });

  test("suggests among the package’s own questions", () => {
    const problems = (() => {
      try {
        parseAnswers(
          {
            questionnaireId: QUESTIONNAIRE.id,
            questionnaireVersion: QUESTIONNAIRE.version,
            answers: { "adress-mail": "oui", Connexoin: "oui" },
          },
          QUESTIONNAIRE,
        );
      } catch (error) {
        if (error instanceof DiagnosticInputError) return error.problems;
      }
      throw new Error("expected a DiagnosticInputError");
    })();
    expect(problems.map((p) => [p.code, p.message.split(NNBSP)[0]])).toEqual([
      [
        "unknown-question",
        `question inconnue «${NBSP}adress-mail${NBSP}»${NBSP}: vouliez-vous dire «${NBSP}adresse-mail${NBSP}»`,
      ],
      [
        "unknown-question",
        `question inconnue «${NBSP}Connexoin${NBSP}»${NBSP}: vouliez-vous dire «${NBSP}connexion${NBSP}»`,
      ],
    ]);
  });

  test("suggests nothing for a long unknown ID, and answers fast", () => {
    const key = "x".repeat(20_000);
    const messages = messagesOf({ [key]: "oui" });
    expect(timeCall(messagesOf, [{ [key]: "oui" }]).ms).toBeLessThan(100);
    expect(messages).toEqual([
      `question inconnue «${NBSP}${"x".repeat(39)}…${NBSP}»${NBSP}: questions possibles${NBSP}: connexion, mail, site.`,
    ]);
  });

  test("keeps the plain message when no question is near", () => {
    expect(messagesOf({ wifi: "oui" })).toEqual([
      "question inconnue «\u00A0wifi\u00A0»\u00A0: questions possibles\u00A0: connexion, mail, site.",
    ]);
  });
});
