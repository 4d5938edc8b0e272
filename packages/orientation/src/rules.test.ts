import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import { AUTONOMY_LEVELS } from "@mediation-numerique/diagnostic";
import rulesJson from "../data/rules.json" with { type: "json" };
import rulesSchemaJson from "../data/rules.schema.json" with { type: "json" };
import { RULES_TABLE } from "./rules.js";
import { Rule, RulesTable, type RuleCondition } from "./rule-schema.js";
import {
  DispositifProgrammeNational,
  LieuService,
  StructureDeRedirection,
} from "./national-schema.js";

const rank = (level: string | undefined, fallback: number): number =>
  level === undefined ? fallback : AUTONOMY_LEVELS.indexOf(level as never);

/** Can one situation meet both conditions? */
const overlap = (a: RuleCondition, b: RuleCondition): boolean => {
  const flags = ["urgent", "hasTime", "wantsToLearn"] as const;
  return (
    a.needs.some((need) => b.needs.includes(need)) &&
    flags.every(
      (flag) =>
        a[flag] === undefined || b[flag] === undefined || a[flag] === b[flag],
    ) &&
    (a.procedures === undefined ||
      b.procedures === undefined ||
      a.procedures.some((p) => b.procedures?.includes(p))) &&
    Math.max(rank(a.autonomyAtLeast, 0), rank(b.autonomyAtLeast, 0)) <=
      Math.min(rank(a.autonomyAtMost, 3), rank(b.autonomyAtMost, 3))
  );
};

/** Pairs of answer rules that may fire together, disagree, and have no priority to settle it. */
const contradictions = (rules: readonly Rule[]): string[] => {
  const answers = rules.filter((rule) => rule.kind === "answer");
  return answers.flatMap((a, i) =>
    answers
      .slice(i + 1)
      .filter(
        (b) =>
          overlap(a.when, b.when) &&
          a.priority === b.priority &&
          JSON.stringify(a.recommend) !== JSON.stringify(b.recommend),
      )
      .map((b) => `${a.id} × ${b.id}`),
  );
};

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

describe("the rules table", () => {
  test("no two rules contradict each other unless a priority settles it", () => {
    expect(contradictions(RULES_TABLE.rules)).toEqual([]);
  });

  test("the contradiction check catches an unsettled pair", () => {
    const a = rule({
      id: "a",
      when: { needs: ["demarche-en-ligne"], urgent: true },
    });
    const b = rule({
      id: "b",
      when: { needs: ["demarche-en-ligne", "equipement"], hasTime: true },
      recommend: [{ actor: "mediation-numerique", mode: "faire-avec" }],
    });
    expect(contradictions([a, b])).toEqual(["a × b"]);
    expect(contradictions([a, { ...b, priority: 51 }])).toEqual([]);
    expect(
      contradictions([a, { ...b, when: { ...b.when, urgent: false } }]),
    ).toEqual([]);
  });

  test("every rule cites at least one seed passage with a section", () => {
    for (const r of RULES_TABLE.rules) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const source of r.sources)
        expect(source.section.length).toBeGreaterThan(0);
    }
  });

  test("the schema refuses faire à la place by the conseiller numérique", () => {
    const bad = {
      ...RULES_TABLE,
      rules: [
        ...RULES_TABLE.rules,
        rule({
          id: "bad",
          recommend: [
            { actor: "mediation-numerique", mode: "faire-a-la-place" },
          ],
        }),
      ],
    };
    const result = RulesTable.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("mediation-numerique");
  });

  test.each([
    "france-travail",
    "travail-social",
    "accueil-administration",
  ] as const)("the schema refuses faire à la place by %s", (actor) => {
    const bad = {
      ...RULES_TABLE,
      rules: [
        ...RULES_TABLE.rules,
        rule({ id: "bad", recommend: [{ actor, mode: "faire-a-la-place" }] }),
      ],
    };
    expect(RulesTable.safeParse(bad).success).toBe(false);
  });

  test("the schema refuses duplicate IDs and a table without a safety net", () => {
    const duplicate = {
      ...RULES_TABLE,
      rules: [...RULES_TABLE.rules, rule({ id: "situation-sociale-complexe" })],
    };
    expect(RulesTable.safeParse(duplicate).success).toBe(false);
    const noSafetyNet = {
      ...RULES_TABLE,
      rules: RULES_TABLE.rules.filter((r) => r.id !== "accueil-et-orientation"),
    };
    expect(RulesTable.safeParse(noSafetyNet).success).toBe(false);
  });

  test.each([
    "Première phrase. Seconde phrase.",
    "Une phrase\u00a0: oui. Et une autre\u202f?",
    "sans majuscule.",
    "Sans point final",
    "Une phrase.\nUne autre.",
  ])("the schema refuses a reason that is not one sentence: %j", (reason) => {
    const bad = {
      ...RULES_TABLE,
      rules: [...RULES_TABLE.rules, rule({ id: "bad", reason })],
    };
    const result = RulesTable.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `«\u00A0${reason}\u00A0» n’est pas une seule phrase\u00A0: commencez par une majuscule, finissez par un seul signe de fin de phrase (point, point d’exclamation, point d’interrogation ou points de suspension) et ne faites suivre aucune fin de phrase intérieure d’une majuscule.`,
    );
  });

  test.each([
    "L'apostrophe droite.",
    "Deux points sans espace insécable : non.",
    "Un point-virgule collé; non.",
    "Une question sans espace?",
  ])("the schema refuses a reason against French typography: %j", (reason) => {
    const result = Rule.safeParse(rule({ reason }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^«\u00A0.*\u00A0» ne suit pas la typographie française\u00A0: écrivez l’apostrophe ’/s,
    );
    expect(result.error?.issues[0]?.message).toContain(reason);
  });

  test.each([
    "Des outils, des ateliers, etc. pour apprendre.",
    "Une phrase\u00a0: avec deux points\u202f; et un point-virgule.",
    "L’accueil (CAF, CPAM…) suffit.",
    "Vous a-t-on demandé «\u00a0Vers qui l’orientez-vous\u202f?\u00a0» en atelier\u202f?",
  ])("the schema accepts one sentence: %j", (reason) => {
    expect(Rule.safeParse(rule({ reason })).success).toBe(true);
  });

  test("rule IDs are lowercase kebab-case", () => {
    for (const r of RULES_TABLE.rules)
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("the table passes its own schema", () => {
  // RULES_TABLE is plain data (not parsed at load, to keep the schema out of the pages):
  // this is where every refinement of RulesTable is enforced on it.
  test("RulesTable.parse(RULES_TABLE) succeeds and changes nothing", () => {
    const result = RulesTable.safeParse(RULES_TABLE);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(RULES_TABLE);
  });
});

describe("the JSON export", () => {
  test("data/rules.json is the table (run `npm run generate` if this fails)", () => {
    expect(rulesJson).toEqual(JSON.parse(JSON.stringify(RULES_TABLE)));
    expect(RulesTable.safeParse(rulesJson).success).toBe(true);
  });

  test("data/rules.schema.json is generated from the schema (run `npm run generate` if this fails)", () => {
    expect(rulesSchemaJson).toEqual(
      JSON.parse(JSON.stringify(z.toJSONSchema(RulesTable))),
    );
  });
});

describe("national schema values", () => {
  // Copied by hand from @gouvfr-anct/lieux-de-mediation-numerique 2.3.0 and from La Coop's
  // structures-redirection.ts: if the data drifts from the sources, this fails.
  test("services", () => {
    expect(LieuService.options).toEqual([
      "Acquisition de matériel informatique à prix solidaire",
      "Aide aux démarches administratives",
      "Maîtrise des outils numériques du quotidien",
      "Insertion professionnelle via le numérique",
      "Utilisation sécurisée du numérique",
      "Parentalité et éducation avec le numérique",
      "Loisirs et créations numériques",
      "Compréhension du monde numérique",
      "Accès internet et matériel informatique",
    ]);
  });

  test("dispositif_programmes_nationaux", () => {
    expect(DispositifProgrammeNational.options).toContain("Aidants Connect");
    expect(DispositifProgrammeNational.options).toContain("France Services");
    expect(DispositifProgrammeNational.options).toContain(
      "Conseillers numériques",
    );
    expect(DispositifProgrammeNational.options).toHaveLength(11);
  });

  test("StructureDeRedirection", () => {
    expect(StructureDeRedirection.options).toEqual([
      "operateur_ou_organisme_en_charge",
      "aide_aux_demarches_administratives",
      "administration",
      "mediation_numerique",
      "aide_sociale",
      "insertion_professionnelle",
      "autre",
    ]);
  });
});
