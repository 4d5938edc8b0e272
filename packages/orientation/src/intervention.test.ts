import { describe, expect, test } from "vitest";
import { fc, test as propTest } from "@fast-check/vitest";
import * as z from "zod/mini";
import {
  INTERVENTION_RULES,
  InterventionRule,
  classifyIntervention,
  interventionRuleMatches,
  type InterventionDescription,
} from "./intervention.js";
import { OrientationInputError } from "./errors.js";

describe("the intervention table", () => {
  // INTERVENTION_RULES is plain data (not parsed at load): this is where its schema is enforced.
  test("every row parses with InterventionRule and the parse changes nothing", () => {
    const result = z.array(InterventionRule).safeParse(INTERVENTION_RULES);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(INTERVENTION_RULES);
  });
});

describe("classifyIntervention: the quiz of hypra-2024, TEMPS 3", () => {
  test("the urgent RSA declaration done for the person → assistanat", () => {
    const result = classifyIntervention({
      actedBy: "helper",
      explained: false,
      personCanRedoAlone: false,
      helperLeftPersonAlone: false,
    });
    expect(result.kind).toBe("assistanat");
    expect(result.sources[0]?.document).toBe("hypra-2024");
  });

  test("the same declaration, guided at each step → médiation", () => {
    expect(
      classifyIntervention({
        actedBy: "person",
        explained: true,
        personCanRedoAlone: true,
        helperLeftPersonAlone: false,
      }).kind,
    ).toBe("mediation");
  });

  test("the CV formatting, explained then left alone during the coffee break → formation", () => {
    expect(
      classifyIntervention({
        actedBy: "person",
        explained: true,
        personCanRedoAlone: true,
        helperLeftPersonAlone: true,
      }).kind,
    ).toBe("formation");
  });

  test("bad input gets a typed error naming the value", () => {
    const call = () =>
      classifyIntervention({
        actedBy: "robot",
        explained: true,
        personCanRedoAlone: true,
        helperLeftPersonAlone: true,
      });
    expect(call).toThrow(OrientationInputError);
    expect(call).toThrow(
      /actedBy\u00A0: attendu\u00A0: une valeur parmi «\u00A0person\u00A0», «\u00A0helper\u00A0»\u202F; reçu\u00A0: «\u00A0robot\u00A0»/,
    );
  });

  test("an input that is not an object lists the expected fields", () => {
    const call = () => classifyIntervention(null);
    expect(call).toThrow(OrientationInputError);
    expect(call).toThrow(
      /^Description d’intervention invalide \(1 problème\)\u00A0:\n- \(entrée\)\u00A0: attendu\u00A0: un objet\u202F; reçu\u00A0: null\. Champs attendus\u00A0: actedBy, explained, personCanRedoAlone, helperLeftPersonAlone\.$/,
    );
  });

  test("interventionRuleMatches checks both arguments and names each", () => {
    const [rule] = INTERVENTION_RULES;
    try {
      interventionRuleMatches(
        { ...rule, kind: "magie" } as unknown as InterventionRule,
        { actedBy: "robot" } as unknown as InterventionDescription,
      );
    } catch (error) {
      expect(error).toBeInstanceOf(OrientationInputError);
      const paths = (error as OrientationInputError).problems.map((p) =>
        p.path.join("."),
      );
      expect(paths).toEqual(
        expect.arrayContaining([
          "rule.kind",
          "description.actedBy",
          "description.explained",
        ]),
      );
      return;
    }
    expect.unreachable();
  });
});

const description = fc.record({
  actedBy: fc.constantFrom("person" as const, "helper" as const),
  explained: fc.boolean(),
  personCanRedoAlone: fc.boolean(),
  helperLeftPersonAlone: fc.boolean(),
});

describe("the intervention table", () => {
  propTest.prop([description])(
    "exactly one row matches any description",
    (d: InterventionDescription) => {
      expect(
        INTERVENTION_RULES.filter((rule) => interventionRuleMatches(rule, d)),
      ).toHaveLength(1);
    },
  );

  propTest.prop([description])(
    "the helper acting without explaining is always assistanat",
    (d) => {
      expect(
        classifyIntervention({ ...d, actedBy: "helper", explained: false })
          .kind,
      ).toBe("assistanat");
    },
  );

  propTest.prop([description])("the person acting is never assistanat", (d) => {
    expect(classifyIntervention({ ...d, actedBy: "person" }).kind).not.toBe(
      "assistanat",
    );
  });
});
