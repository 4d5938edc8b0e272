import { describe, expect, test } from "vitest";
import { explain, orient } from "./explain.js";
import { OrientationInputError } from "./errors.js";
import { RULES_TABLE } from "./rules.js";
import type { RulesTable } from "./rule-schema.js";

const situation = {
  needs: ["equipement"],
  urgent: false,
  hasTime: true,
  wantsToLearn: false,
};

const errorWith = (table: unknown): OrientationInputError => {
  try {
    explain(situation, table as RulesTable);
  } catch (error) {
    // Never a TypeError nor an English Error: an OrientationInputError.
    if (error instanceof OrientationInputError) return error;
    throw error;
  }
  throw new Error("expected an OrientationInputError");
};

const safetyNet = RULES_TABLE.rules.find(
  (rule) => rule.id === "accueil-et-orientation",
);

describe("a custom table the engine cannot use", () => {
  test("a rule without options is named", () => {
    const error = errorWith({
      ...RULES_TABLE,
      rules: RULES_TABLE.rules.map((rule) => ({ ...rule, recommend: [] })),
    });
    const index = RULES_TABLE.rules.findIndex(
      (rule) => rule.id === "equipement-lieu-de-mediation",
    );
    expect(error.field).toBe("table.rules.0.recommend");
    expect(error.message).toMatch(
      /^Table de règles inutilisable \(vérifiez-la avec «\u00A0RulesTable\.safeParse\(table\)\u00A0»\) \(\d+ problèmes\)\u00A0:/,
    );
    // Every rule is reported, not only the first.
    expect(error.problems.filter((p) => p.code === "no-options")).toHaveLength(
      RULES_TABLE.rules.length,
    );
    expect(error.problems).toContainEqual({
      path: ["table", "rules", index, "recommend"],
      code: "no-options",
      message:
        "la règle «\u00A0equipement-lieu-de-mediation\u00A0» n’a aucune option dans «\u00A0recommend\u00A0»\u00A0: donnez au moins un acteur et un mode.",
    });
  });

  test("an actor without a national-schema mapping is named", () => {
    const actors = Object.fromEntries(
      Object.entries(RULES_TABLE.nationalSchema.actors).filter(
        ([actor]) => actor !== "mediation-numerique",
      ),
    );
    const error = errorWith({
      ...RULES_TABLE,
      nationalSchema: { ...RULES_TABLE.nationalSchema, actors },
    });
    expect(error.problems.map((p) => p.message)).toContain(
      "l’acteur «\u00A0mediation-numerique\u00A0» de la règle «\u00A0equipement-lieu-de-mediation\u00A0» n’a pas de correspondance dans «\u00A0nationalSchema.actors\u00A0»\u00A0: ajoutez-la.",
    );
  });

  test("a need without a national-schema list is named", () => {
    const needs = Object.fromEntries(
      Object.entries(RULES_TABLE.nationalSchema.needs).filter(
        ([need]) => need !== "equipement",
      ),
    );
    expect(
      errorWith({
        ...RULES_TABLE,
        nationalSchema: { ...RULES_TABLE.nationalSchema, needs },
      }).message,
    ).toContain(
      "«\u00A0nationalSchema.needs\u00A0» n’a pas de liste pour equipement",
    );
  });

  test("a table without rules, or without a safety net, is refused", () => {
    expect(errorWith({ ...RULES_TABLE, rules: [] }).message).toContain(
      "«\u00A0rules\u00A0» est vide ou absent",
    );
    expect(
      errorWith({
        ...RULES_TABLE,
        rules: RULES_TABLE.rules.filter((rule) => rule !== safetyNet),
      }).message,
    ).toContain("aucune règle filet de sécurité");
  });

  test("garbage is refused with an OrientationInputError", () => {
    for (const table of [null, "table", { rules: [null] }, { rules: [{}] }])
      expect(errorWith(table)).toBeInstanceOf(OrientationInputError);
    expect(errorWith(null).problems[0]).toMatchObject({
      path: ["table"],
      code: "invalid-type",
    });
  });

  test("a rule the engine would choke on is refused: wrong types, an inherited actor", () => {
    const [first, ...others] = RULES_TABLE.rules;
    const broken = {
      ...first,
      reason: 3,
      when: { ...first?.when, procedures: "ants" },
      recommend: [{ actor: "__proto__", mode: {} }],
    };
    expect(
      errorWith({ ...RULES_TABLE, rules: [broken, ...others] }).problems.map(
        (p) => [p.path.slice(3).join("."), p.code],
      ),
    ).toEqual([
      ["reason", "invalid-type"],
      ["when.procedures", "invalid-type"],
      ["recommend.0.actor", "unmapped-actor"],
      ["recommend.0.mode", "invalid-type"],
    ]);
  });

  test("a table too large or too deep is refused before any work", () => {
    const tooDeep = JSON.parse(
      `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
    ) as unknown;
    expect(errorWith({ ...RULES_TABLE, extra: tooDeep }).code).toBe("too-deep");
    expect(
      errorWith({ ...RULES_TABLE, rules: Array(60_000).fill(1) }).code,
    ).toBe("too-many-values");
  });

  test("the problems of the table and of the situation come together", () => {
    try {
      explain({ needs: [] }, null as unknown as RulesTable);
    } catch (error) {
      expect(error).toBeInstanceOf(OrientationInputError);
      const paths = (error as OrientationInputError).problems.map(
        (p) => p.path,
      );
      expect(paths).toContainEqual(["table"]);
      expect(paths).toContainEqual(["needs"]);
      return;
    }
    expect.unreachable();
  });

  test("a usable custom table, even a copy of the default one, is used", () => {
    expect(orient(situation, structuredClone(RULES_TABLE))).toEqual(
      orient(situation),
    );
    const onlySafetyNet = {
      ...RULES_TABLE,
      rules: safetyNet ? [safetyNet] : [],
    };
    expect(orient(situation, onlySafetyNet)).toHaveLength(1);
  });
});
