import { describe, expect, test } from "vitest";
import { RULES_TABLE } from "./rules.js";
import { FRENCH_TYPOGRAPHY, RulesTable, type Rule } from "./rule-schema.js";

const rule = (overrides: Partial<Rule>): Rule => ({
  id: "x",
  kind: "answer",
  when: { needs: ["demarche-en-ligne"] },
  recommend: [{ actor: "france-services", mode: "faire-avec" }],
  priority: 50,
  reason: "Raison.",
  sources: [{ document: "hypra-2024", section: "TEMPS 3" }],
  ...overrides,
});

/** The messages of the table-wide checks, for a table with `rules`. */
const messagesFor = (rules: Rule[]): string[] =>
  RulesTable.safeParse({ ...RULES_TABLE, rules }).error?.issues.map(
    (issue) => issue.message,
  ) ?? [];

// Federations check their own tables with RulesTable: its messages are French, name the
// bad value and say what to do.
describe("RulesTable messages", () => {
  test("a duplicate ID is named", () => {
    expect(
      messagesFor([
        ...RULES_TABLE.rules,
        rule({ id: "situation-sociale-complexe" }),
      ]),
    ).toEqual([
      "Identifiant de règle en double\u00A0: «\u00A0situation-sociale-complexe\u00A0». Donnez à chaque règle un identifiant unique.",
    ]);
  });

  test("faire à la place by a conseiller numérique names the actor and the allowed ones", () => {
    expect(
      messagesFor([
        ...RULES_TABLE.rules,
        rule({
          id: "bad",
          recommend: [
            { actor: "mediation-numerique", mode: "faire-a-la-place" },
          ],
        }),
      ]),
    ).toEqual([
      "«\u00A0mediation-numerique\u00A0» ne peut pas faire la démarche à la place de la personne (mode «\u00A0faire-a-la-place\u00A0») dans la règle «\u00A0bad\u00A0»\u202F; choisissez un autre mode ou l’un de ces acteurs\u00A0: france-services, aidants-connect.",
    ]);
  });

  test("a rule that can never match names both levels", () => {
    expect(
      messagesFor([
        ...RULES_TABLE.rules,
        rule({
          id: "jamais",
          when: {
            needs: ["equipement"],
            autonomyAtLeast: "autonome",
            autonomyAtMost: "sans-usage",
          },
        }),
      ]),
    ).toEqual([
      "La règle «\u00A0jamais\u00A0» ne peut jamais s’appliquer\u00A0: autonomyAtLeast («\u00A0autonome\u00A0») est supérieur à autonomyAtMost («\u00A0sans-usage\u00A0»)\u202F; inversez-les ou retirez l’un des deux.",
    ]);
  });

  test("a table without a safety net says which rule to add", () => {
    expect(
      messagesFor(
        RULES_TABLE.rules.filter((r) => r.id !== "accueil-et-orientation"),
      ),
    ).toEqual([
      "La table n’a pas de règle filet de sécurité\u00A0: ajoutez une règle «\u00A0answer\u00A0» dont la seule condition est «\u00A0needs\u00A0», avec tous les besoins.",
    ]);
  });

  test("the messages follow French typography", () => {
    const messages = messagesFor([
      rule({
        id: "bad",
        recommend: [{ actor: "travail-social", mode: "faire-a-la-place" }],
      }),
      rule({ id: "bad" }),
    ]);
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).toMatch(FRENCH_TYPOGRAPHY);
  });
});
