import { fc, test } from "@fast-check/vitest";
import { MediationError, SourceRef } from "@mediation-numerique/core";
import {
  AUTONOMY_LEVELS,
  COOP_COMMIT,
  COOP_DOCUMENT,
} from "@mediation-numerique/diagnostic";
import { describe, expect } from "vitest";
import { ActorId } from "./actors.js";
import { coopValuesFromOrientation } from "./coop.js";
import {
  COOP_ORIENTATION_FIELD_LABELS,
  COOP_ORIENTATION_SOURCES,
  COOP_STRUCTURE_DE_REDIRECTION_LABELS,
  COOP_THEMATIQUE_ADMINISTRATIVE_LABELS,
  COOP_THEMATIQUE_LABELS,
} from "./coop-labels.js";
import {
  COOP_DIAGNOSTIC_THEMATIQUE,
  COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE,
  COOP_THEMATIQUES_BY_NEED,
} from "./coop-mapping.js";
import {
  CoopOrientationValues,
  CoopThematique,
  CoopThematiqueAdministrative,
} from "./coop-schema.js";
import { OrientationInputError } from "./errors.js";
import { explain } from "./explain.js";
import { StructureDeRedirection } from "./national-schema.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { RULES_TABLE } from "./rules.js";

const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe("La Coop’s values and labels", () => {
  test.each([
    ["thématique", CoopThematique.options, COOP_THEMATIQUE_LABELS],
    [
      "thématique administrative",
      CoopThematiqueAdministrative.options,
      COOP_THEMATIQUE_ADMINISTRATIVE_LABELS,
    ],
    [
      "structure de redirection",
      StructureDeRedirection.options,
      COOP_STRUCTURE_DE_REDIRECTION_LABELS,
    ],
  ] as const)(
    "every %s value has one label, and only those",
    (_, values, labels) => {
      expect(sorted(Object.keys(labels))).toEqual(sorted(values));
      const shown = Object.values(labels);
      expect(new Set(shown).size).toBe(shown.length);
      for (const label of shown) expect(label).not.toMatch(/'|^\s|\s$/);
    },
  );

  test("the form’s two groups of thématiques share no value", () => {
    const administrative = new Set<string>(
      CoopThematiqueAdministrative.options,
    );
    expect(CoopThematique.options.filter((v) => administrative.has(v))).toEqual(
      [],
    );
  });

  test("each field cites La Coop’s repository at the copied commit", () => {
    expect(Object.keys(COOP_ORIENTATION_SOURCES)).toEqual(
      Object.keys(COOP_ORIENTATION_FIELD_LABELS),
    );
    const readings = [
      COOP_DIAGNOSTIC_THEMATIQUE,
      ...Object.values(COOP_THEMATIQUES_BY_NEED),
      ...Object.values(COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE),
    ];
    for (const ref of [
      ...Object.values(COOP_ORIENTATION_SOURCES),
      ...readings.map((reading) => reading.source),
    ]) {
      expect(SourceRef.parse(ref)).toEqual(ref);
      expect(ref.document).toBe(COOP_DOCUMENT.id);
      expect(ref.section).toContain(COOP_COMMIT);
    }
  });

  test.each(NeedId.options)(
    "the need %s has its thématiques, or says why none",
    (need) => {
      const { thematiques, source } = COOP_THEMATIQUES_BY_NEED[need];
      for (const value of thematiques)
        expect(CoopThematique.options).toContain(value);
      if (thematiques.length === 0) expect(source.interpretation).toMatch(/\S/);
    },
  );

  test.each(ProcedureId.options)(
    "the procedure %s has its thématique administrative, or says why none",
    (procedure) => {
      const { thematiques, source } =
        COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE[procedure];
      expect(thematiques.length).toBeLessThanOrEqual(1);
      for (const value of thematiques)
        expect(CoopThematiqueAdministrative.options).toContain(value);
      if (thematiques.length === 0) expect(source.interpretation).toMatch(/\S/);
    },
  );

  test.each(ActorId.options)(
    "the actor %s has a structure de redirection with a label",
    (actor) => {
      const value =
        RULES_TABLE.nationalSchema.actors[actor].structure_de_redirection;
      expect(COOP_STRUCTURE_DE_REDIRECTION_LABELS[value]).toMatch(/\S/);
    },
  );
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
  { requiredKeys: ["needs", "urgent", "hasTime", "wantsToLearn"] },
);

describe("coopValuesFromOrientation", () => {
  test.prop([situation])(
    "on any situation: the mapped values, with La Coop’s labels",
    (input) => {
      const explanation = explain(input);
      const values = coopValuesFromOrientation(explanation);
      expect(CoopOrientationValues.parse(values)).toEqual(values);
      // The same values from `orient`’s list with the situation given beside it.
      expect(
        coopValuesFromOrientation({
          situation: input,
          recommendations: explanation.recommendations,
        }),
      ).toEqual(values);

      const mapped = new Set<CoopThematique>(
        input.needs.flatMap(
          (need) => COOP_THEMATIQUES_BY_NEED[need].thematiques,
        ),
      );
      expect(values.thematiques.map((t) => t.value)).toEqual(
        CoopThematique.options.filter((value) => mapped.has(value)),
      );
      for (const t of values.thematiques)
        expect(t.label).toBe(COOP_THEMATIQUE_LABELS[t.value]);

      const administrative =
        input.procedure !== undefined &&
        mapped.has("aide_aux_demarches_administratives")
          ? COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE[input.procedure]
              .thematiques
          : [];
      expect(values.thematiquesAdministratives.map((t) => t.value)).toEqual(
        administrative,
      );

      const referral = explanation.recommendations.find(
        (r) => r.actor !== "mediation-numerique",
      );
      expect(values.structureDeRedirection?.value ?? null).toBe(
        referral?.nationalSchema.structure_de_redirection ?? null,
      );
      if (referral === undefined)
        for (const r of explanation.recommendations)
          expect(r.actor).toBe("mediation-numerique");
    },
  );

  test("a referral to France Services gives La Coop’s label for it", () => {
    const explanation = explain({
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: false,
      wantsToLearn: false,
      procedure: "impots",
    });
    const primary = explanation.recommendations[0];
    expect(primary?.actor).not.toBe("mediation-numerique");
    const values = coopValuesFromOrientation(explanation);
    const value = primary?.nationalSchema.structure_de_redirection;
    expect(values.structureDeRedirection).toEqual(
      value && { value, label: COOP_STRUCTURE_DE_REDIRECTION_LABELS[value] },
    );
    expect(values.thematiquesAdministratives.map((t) => t.value)).toEqual(
      COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE.impots.thematiques,
    );
  });

  test("bad input: an OrientationInputError naming the field", () => {
    const explanation = explain({
      needs: ["equipement"],
      urgent: false,
      hasTime: true,
      wantsToLearn: true,
    });
    const thrown = (() => {
      try {
        return coopValuesFromOrientation({
          ...explanation,
          situation: { needs: ["voyager"] },
        });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(OrientationInputError);
    expect(thrown).toBeInstanceOf(MediationError);
    expect((thrown as OrientationInputError).field).toBe("situation.needs.0");
    for (const input of [
      undefined,
      null,
      {},
      { situation: explanation.situation },
    ])
      expect(() => coopValuesFromOrientation(input)).toThrow(
        OrientationInputError,
      );
  });
});
