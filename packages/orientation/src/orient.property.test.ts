import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { AUTONOMY_LEVELS } from "@mediation-numerique/diagnostic";
import { ActorId } from "./actors.js";
import { explain, orient } from "./explain.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { Recommendation } from "./recommendation.js";
import { FRENCH_TYPOGRAPHY } from "./rule-schema.js";
import { RULES_TABLE } from "./rules.js";

/**
 * The number of sentences of a French text. A sentence ends at one or more of . ! ? …
 * (a no-break space may come before ? and !), possibly followed by closing » ” or ), and
 * then by whitespace and a capital letter (or «), or by the end of the text. So « : » and
 * « ; » never end a sentence, nor does an abbreviation before a lowercase word (« etc. »)
 * or an ellipsis inside brackets (« (CAF, CPAM…) »).
 */
const countSentences = (text: string): number =>
  text.trim().match(/[.!?…]+(?=[\s»”)]*(?:\s[\p{Lu}«]|$))/gu)?.length ?? 0;

test.each([
  ["Une phrase.", 1],
  ["Une phrase\u00a0: avec deux points\u202f; et un point-virgule.", 1],
  ["Des lieux, des outils, etc. et une fin.", 1],
  ["L’accueil (CAF, CPAM…) suffit.", 1],
  ["Une phrase. Une autre\u202f!", 2],
  [
    "Il demande\u00a0: «\u00a0Et moi\u202f?\u00a0» Puis il part… Enfin, rien.",
    3,
  ],
  ["Sans point final", 0],
])("countSentences(%j) is %i", (text, count) => {
  expect(countSentences(text)).toBe(count);
});

const situation = fc.record(
  {
    needs: fc.uniqueArray(fc.constantFrom(...NeedId.options), { minLength: 1 }),
    urgent: fc.boolean(),
    hasTime: fc.boolean(),
    wantsToLearn: fc.boolean(),
    autonomy: fc.constantFrom(...AUTONOMY_LEVELS),
    nearby: fc.subarray(ActorId.options),
    procedure: fc.constantFrom(...ProcedureId.options),
  },
  { requiredKeys: ["needs"] },
);

/** The fact of the situation each condition reads. */
const FACT_OF = {
  needs: "needs",
  urgent: "urgent",
  hasTime: "hasTime",
  wantsToLearn: "wantsToLearn",
  procedures: "procedure",
  autonomyAtLeast: "autonomy",
  autonomyAtMost: "autonomy",
} as const;

describe("orient, for any valid situation", () => {
  test.prop([situation])("yields at least one valid recommendation", (s) => {
    const result = orient(s);
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) Recommendation.parse(r);
  });

  test.prop([situation])(
    "never has the conseiller numérique do it for the person",
    (s) => {
      for (const r of orient(s)) {
        expect(
          r.actor === "mediation-numerique" && r.mode === "faire-a-la-place",
        ).toBe(false);
      }
    },
  );

  // Seed 004, TEMPS 3: « “Faire à la place de” pour les démarches administratives en ligne »
  // is in the « EFS ou MSAP » column only, not in « Accueil des administrations ».
  test.prop([situation])(
    "never has the accueil de l’administration do it for the person",
    (s) => {
      for (const r of orient(s)) {
        expect(
          r.actor === "accueil-administration" && r.mode === "faire-a-la-place",
        ).toBe(false);
      }
    },
  );

  test.prop([situation])(
    "cites at least one source for every recommendation",
    (s) => {
      for (const r of orient(s)) expect(r.sources.length).toBeGreaterThan(0);
    },
  );

  test.prop([situation])("answers every need", (s) => {
    const answered = new Set(orient(s).flatMap((r) => r.needs));
    expect([...new Set(s.needs)].every((need) => answered.has(need))).toBe(
      true,
    );
  });

  test.prop([situation])(
    "faire à la place only by France Services or Aidants Connect",
    (s) => {
      for (const r of orient(s).filter((r) => r.mode === "faire-a-la-place")) {
        expect(["france-services", "aidants-connect"]).toContain(r.actor);
      }
    },
  );

  test.prop([situation])(
    "urgent with time: never faire à la place; the procedure is done with the person",
    (s) => {
      const result = orient({ ...s, urgent: true, hasTime: true });
      expect(result.some((r) => r.mode === "faire-a-la-place")).toBe(false);
      const procedure = result.find((r) =>
        r.needs.includes("demarche-en-ligne"),
      );
      if (s.needs.includes("demarche-en-ligne")) {
        expect([procedure?.actor, procedure?.mode]).toEqual([
          "mediation-numerique",
          "faire-avec",
        ]);
      }
    },
  );

  test.prop([situation])(
    "a complex social situation puts the social worker first",
    (s) => {
      const result = orient({
        ...s,
        needs: [...s.needs, "situation-sociale-complexe"],
      });
      expect(result[0]?.actor).toBe("travail-social");
    },
  );

  test.prop([situation])(
    "an actor far from the person is flagged, and a fallback is said in the reason",
    (s) => {
      for (const r of orient(s)) {
        if (s.nearby !== undefined && !s.nearby.includes(r.actor)) {
          expect(r.nearby).toBe("no");
          expect(r.reason).toContain("au-delà du voisinage");
        }
        if (s.nearby?.includes(r.actor)) expect(r.nearby).toBe("yes");
        if (r.fallbackFrom.length > 0)
          expect(r.reason).toContain("prend le relais");
      }
    },
  );

  test.prop([situation])(
    "what is near the person unknown: each rule's preferred actor, and the reason says it is to check when another could take over",
    (s) => {
      const unknown = { ...s, nearby: undefined };
      const { recommendations } = explain(unknown);
      for (const r of recommendations) {
        expect(r.nearby).toBe("unknown");
        expect(r.fallbackFrom).toEqual([]);
        const behind = RULES_TABLE.rules.filter((rule) =>
          r.rules.includes(rule.id),
        );
        for (const rule of behind)
          expect(rule.recommend[0]).toEqual({ actor: r.actor, mode: r.mode });
        const others = behind.some((rule) =>
          rule.recommend.some((option) => option.actor !== r.actor),
        );
        expect(r.reason.includes("près de chez la personne")).toBe(others);
        if (others) expect(r.reason).toContain("à vérifier, sinon");
      }
    },
  );

  test.prop([situation])(
    "every reason has one or two sentences: its first rule's, then at most one more",
    (s) => {
      for (const r of orient(s)) {
        expect(countSentences(r.reason)).toBeGreaterThanOrEqual(1);
        expect(countSentences(r.reason)).toBeLessThanOrEqual(2);
        const primary = RULES_TABLE.rules.find(
          (rule) => rule.id === r.rules[0],
        );
        expect(r.reason.startsWith(primary?.reason ?? "?")).toBe(true);
        expect(r.reason).toMatch(FRENCH_TYPOGRAPHY);
      }
    },
  );

  test.prop([situation])(
    "explain accounts for every rule, and each need's winner is retained",
    (s) => {
      const { rules } = explain(s);
      for (const evaluation of rules) {
        if (evaluation.outcome === "not-matched")
          expect(evaluation.unmet.length).toBeGreaterThan(0);
        else expect(evaluation.unmet).toEqual([]);
        // `unknown`: the unmet conditions whose fact the situation does not give.
        expect(evaluation.unknown).toEqual(
          evaluation.unmet.filter((key) => s[FACT_OF[key]] === undefined),
        );
        for (const winner of evaluation.outrankedBy) {
          expect(rules.find((r) => r.rule === winner)?.outcome).toBe(
            "retained",
          );
        }
      }
    },
  );
});
