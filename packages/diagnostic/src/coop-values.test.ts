import { test } from "@fast-check/vitest";
import { safeParseFrench, SourceRef } from "@mediation-numerique/core";
import { describe, expect } from "vitest";
import { COOP_AUTONOMIE_BY_LEVEL } from "./coop-mapping.js";
import { coopValuesFromDiagnostic } from "./coop-values.js";
import {
  COOP_AUTONOMIE_LABELS,
  COOP_COMMIT,
  COOP_DEVICE_QUESTION,
  COOP_DIAGNOSTIC_FIELD_LABELS,
  COOP_DIAGNOSTIC_SOURCES,
  COOP_DOCUMENT,
  COOP_MATERIEL_BY_DEVICE,
  COOP_MATERIEL_LABELS,
  COOP_MATERIEL_READING,
  COOP_WORKSHOP_LEVEL_LABELS,
} from "./data/coop.js";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import {
  CoopAutonomie,
  CoopAutonomieChoice,
  CoopDiagnosticValues,
  CoopMateriel,
  CoopWorkshopLevel,
} from "./schema/coop.js";
import { score } from "./score.js";
import { partialAnswers } from "./test-support/arbitraries.js";
import { TINY } from "./test-support/fixtures.js";

const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe("La Coop’s values and labels", () => {
  test.each([
    ["autonomie", CoopAutonomie.options, COOP_AUTONOMIE_LABELS],
    ["materiel", CoopMateriel.options, COOP_MATERIEL_LABELS],
    ["niveau", CoopWorkshopLevel.options, COOP_WORKSHOP_LEVEL_LABELS],
  ] as const)(
    "every %s value has one label, and only those",
    (_, values, labels) => {
      expect(sorted(Object.keys(labels))).toEqual(sorted(values));
      const shown = Object.values(labels);
      expect(new Set(shown).size).toBe(shown.length);
      for (const label of [
        ...shown,
        ...Object.values(COOP_DIAGNOSTIC_FIELD_LABELS),
      ]) {
        expect(label).toMatch(/\S/);
        expect(label).not.toMatch(/'/);
      }
    },
  );

  test("each field cites La Coop’s repository at the copied commit", () => {
    const refs = [
      ...Object.values(COOP_DIAGNOSTIC_SOURCES),
      COOP_MATERIEL_READING,
    ];
    for (const ref of refs) {
      expect(SourceRef.parse(ref)).toEqual(ref);
      expect(ref.document).toBe(COOP_DOCUMENT.id);
      expect(ref.section).toContain(COOP_COMMIT);
    }
    expect(Object.keys(COOP_DIAGNOSTIC_SOURCES)).toEqual(
      Object.keys(COOP_DIAGNOSTIC_FIELD_LABELS),
    );
    expect(QUESTIONNAIRE.sources).toContainEqual(COOP_DOCUMENT);
  });

  test("the device mapping reads every option of the device question, and states it is our reading", () => {
    const question = QUESTIONNAIRE.questions.find(
      (q) => q.id === COOP_DEVICE_QUESTION,
    );
    expect(sorted(question?.options.map((o) => o.id) ?? [])).toEqual(
      sorted(Object.keys(COOP_MATERIEL_BY_DEVICE)),
    );
    const proposed = Object.values(COOP_MATERIEL_BY_DEVICE).flat();
    expect(proposed.length).toBeGreaterThan(0);
    for (const value of proposed) expect(CoopMateriel.options).toContain(value);
    // Having no device of one’s own says nothing of the material used in the session.
    expect(proposed).not.toContain("aucun");
    expect(COOP_MATERIEL_READING.interpretation).toMatch(/\S/);
  });

  test("a choice whose label is not La Coop’s is refused, with the expected label", () => {
    const wrong = safeParseFrench(CoopAutonomieChoice, {
      value: "autonome",
      label: "Entièrement autonome",
    });
    expect(wrong.success).toBe(false);
    if (wrong.success) return;
    expect(wrong.problems[0]).toMatchObject({
      path: ["label"],
      code: "label-mismatch",
    });
    expect(wrong.problems[0].message).toContain(COOP_AUTONOMIE_LABELS.autonome);
    const unknown = safeParseFrench(CoopAutonomieChoice, {
      value: "bof",
      label: "Bof",
    });
    expect(unknown.success ? [] : unknown.problems.map((p) => p.path)).toEqual([
      ["value"],
    ]);
  });
});

const answersOf = (answers: Record<string, string>) => ({
  questionnaireId: QUESTIONNAIRE.id,
  questionnaireVersion: QUESTIONNAIRE.version,
  answers,
});

describe("coopValuesFromDiagnostic", () => {
  const device = QUESTIONNAIRE.questions.find(
    (q) => q.id === COOP_DEVICE_QUESTION,
  );

  test.each(device?.options ?? [])(
    "the device answer « $label » proposes the La Coop values its words name",
    (option) => {
      const values = coopValuesFromDiagnostic(
        score(QUESTIONNAIRE, answersOf({ [COOP_DEVICE_QUESTION]: option.id })),
      );
      const named = CoopMateriel.options.filter((value) =>
        option.label
          .toLowerCase()
          .includes(COOP_MATERIEL_LABELS[value].toLowerCase()),
      );
      expect(values.materiel).toEqual(
        named.map((value) => ({ value, label: COOP_MATERIEL_LABELS[value] })),
      );
    },
  );

  test("nothing answered: no value, nothing proposed", () => {
    expect(
      coopValuesFromDiagnostic(score(QUESTIONNAIRE, answersOf({}))),
    ).toEqual({
      autonomie: null,
      materiel: [],
      niveauxAtelier: [],
    });
  });

  test.prop([partialAnswers(QUESTIONNAIRE)])(
    "on any answers: the result’s own values, with La Coop’s labels, for the usage domains only",
    (doc) => {
      const result = score(QUESTIONNAIRE, doc);
      const values = coopValuesFromDiagnostic(result);
      expect(CoopDiagnosticValues.parse(values)).toEqual(values);
      const level = result.overall.level;
      expect(values.autonomie?.value ?? null).toBe(
        level === null ? null : COOP_AUTONOMIE_BY_LEVEL[level],
      );
      const expected = result.domains.filter(
        (d) =>
          d.workshopLevel !== null &&
          result.overall.domainIds.includes(d.domainId),
      );
      expect(values.niveauxAtelier.map((n) => [n.domainId, n.value])).toEqual(
        expected.map((d) => [d.domainId, d.workshopLevel]),
      );
      for (const n of values.niveauxAtelier)
        expect(n.domainLabel).toBe(
          QUESTIONNAIRE.domains.find((d) => d.id === n.domainId)?.label,
        );
      const answer = doc.answers[COOP_DEVICE_QUESTION];
      const mapped =
        answer !== undefined && Object.hasOwn(COOP_MATERIEL_BY_DEVICE, answer)
          ? COOP_MATERIEL_BY_DEVICE[
              answer as keyof typeof COOP_MATERIEL_BY_DEVICE
            ]
          : [];
      expect(values.materiel.map((m) => m.value)).toEqual(mapped);
    },
  );

  test("another questionnaire: no device reading, domains named by their IDs", () => {
    const result = score(TINY, {
      questionnaireId: TINY.id,
      questionnaireVersion: TINY.version,
      answers: { mail: "seul", site: "seul" },
    });
    const values = coopValuesFromDiagnostic(result);
    expect(values.materiel).toEqual([]);
    expect(values.niveauxAtelier).toEqual(
      result.overall.domainIds.map((domainId) => ({
        domainId,
        domainLabel: domainId,
        value: "avance",
        label: COOP_WORKSHOP_LEVEL_LABELS.avance,
      })),
    );
  });

  test("bad input: a DiagnosticInputError naming the bad field", () => {
    const result = score(QUESTIONNAIRE, answersOf({ lecture: "facile" }));
    const broken = {
      ...result,
      overall: { ...result.overall, coopAutonomie: "bof" },
    };
    const thrown = (() => {
      try {
        return coopValuesFromDiagnostic(broken);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DiagnosticInputError);
    expect((thrown as DiagnosticInputError).problems[0].path).toEqual([
      "overall",
      "coopAutonomie",
    ]);
    for (const input of [undefined, null, "résultat", {}, []])
      expect(() => coopValuesFromDiagnostic(input)).toThrow(
        DiagnosticInputError,
      );
  });
});
