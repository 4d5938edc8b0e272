import { NBSP } from "@mediation-numerique/core";
import {
  COOP_DIAGNOSTIC_FIELD_LABELS,
  coopValuesFromDiagnostic,
  QUESTIONNAIRE,
  score,
} from "@mediation-numerique/diagnostic";
import { describe, expect, test } from "vitest";
import { coopValuesFromOrientation } from "./coop.js";
import {
  COOP_ORIENTATION_FIELD_LABELS,
  COOP_THEMATIQUE_LABELS,
  COOP_YES_LABEL,
} from "./coop-labels.js";
import { coopReportLines, coopReportText } from "./coop-text.js";
import { OrientationInputError } from "./errors.js";
import { explain } from "./explain.js";

const diagnostic = coopValuesFromDiagnostic(
  score(QUESTIONNAIRE, {
    questionnaireId: QUESTIONNAIRE.id,
    questionnaireVersion: QUESTIONNAIRE.version,
    answers: {
      appareil: "telephone",
      "ouvrir-application": "avec-aide",
      "aller-sur-un-site": "seul",
    },
  }),
);
const referral = coopValuesFromOrientation(
  explain({
    needs: ["demarche-en-ligne", "apprendre-numerique"],
    urgent: true,
    hasTime: false,
    wantsToLearn: true,
    procedure: "impots",
  }),
);
const staysHere = coopValuesFromOrientation(
  explain({
    needs: ["apprendre-numerique"],
    urgent: false,
    hasTime: true,
    wantsToLearn: true,
  }),
);

const errorOf = (input: unknown): OrientationInputError => {
  try {
    coopReportLines(input);
  } catch (error) {
    if (error instanceof OrientationInputError) return error;
    throw error;
  }
  throw new Error("no error");
};

describe("coopReportLines", () => {
  test("the fixtures exercise every kind of line", () => {
    expect(diagnostic.autonomie).not.toBeNull();
    expect(diagnostic.materiel.length).toBeGreaterThan(0);
    expect(diagnostic.niveauxAtelier.length).toBeGreaterThan(0);
    expect(referral.structureDeRedirection).not.toBeNull();
    expect(referral.thematiquesAdministratives.length).toBeGreaterThan(0);
    expect(staysHere.structureDeRedirection).toBeNull();
  });

  test("both parts: La Coop’s legends, in its form’s order, with its labels", () => {
    const lines = coopReportLines({ diagnostic, orientation: referral });
    expect(lines.map((line) => line.field)).toEqual([
      "materiel",
      "thematiques",
      "thematiquesAdministratives",
      "autonomie",
      "orienteVersStructure",
      "structureDeRedirection",
      ...diagnostic.niveauxAtelier.map(() => "niveauAtelier"),
    ]);
    const byField = new Map(lines.map((line) => [line.field, line]));
    expect(byField.get("autonomie")).toEqual({
      field: "autonomie",
      label: COOP_DIAGNOSTIC_FIELD_LABELS.autonomie,
      value: diagnostic.autonomie?.label,
    });
    for (const m of diagnostic.materiel)
      expect(byField.get("materiel")?.value).toContain(m.label);
    const thematiques = byField.get("thematiques")?.value ?? "";
    // The diagnostic was run: « Diagnostic numérique » comes first, as in La Coop’s form.
    expect(thematiques.split(", ")).toEqual([
      COOP_THEMATIQUE_LABELS.diagnostic_numerique,
      ...referral.thematiques.map((t) => t.label),
    ]);
    expect(byField.get("thematiquesAdministratives")?.value).toBe(
      referral.thematiquesAdministratives.map((t) => t.label).join(", "),
    );
    expect(byField.get("orienteVersStructure")?.value).toBe(COOP_YES_LABEL);
    expect(byField.get("structureDeRedirection")?.value).toBe(
      referral.structureDeRedirection?.label,
    );
    const niveaux = lines.filter((line) => line.field === "niveauAtelier");
    diagnostic.niveauxAtelier.forEach((n, i) => {
      expect(niveaux[i]?.label).toContain(n.domainLabel);
      expect(niveaux[i]?.value).toBe(n.label);
    });
  });

  test("no referral, no diagnostic: only the thématiques, never « orienté : non »", () => {
    const lines = coopReportLines({ orientation: staysHere });
    expect(lines.map((line) => line.field)).toEqual(["thematiques"]);
    expect(lines[0]?.value).toBe(
      staysHere.thematiques.map((t) => t.label).join(", "),
    );
  });

  test("the diagnostic alone: its lines, and « Diagnostic numérique »", () => {
    const lines = coopReportLines({ diagnostic });
    expect(lines.find((line) => line.field === "thematiques")?.value).toBe(
      COOP_THEMATIQUE_LABELS.diagnostic_numerique,
    );
    expect(lines.some((line) => line.field === "structureDeRedirection")).toBe(
      false,
    );
  });

  test("bad input: typed errors that name the field", () => {
    expect(errorOf({}).code).toBe("missing-values");
    const relabelled = {
      orientation: {
        ...referral,
        thematiques: [{ value: "email", label: "Courriel" }],
      },
    };
    const error = errorOf(relabelled);
    expect(error.code).toBe("label-mismatch");
    expect(error.field).toBe("orientation.thematiques.0.label");
    expect(error.message).toContain(COOP_THEMATIQUE_LABELS.email);
    expect(errorOf({ diagnostic, extra: 1 }).code).toBe("unrecognized-keys");
    expect(errorOf(null)).toBeInstanceOf(OrientationInputError);
  });
});

describe("coopReportText", () => {
  test("one line per field: « legend : labels », the question followed by its answer", () => {
    const input = { diagnostic, orientation: referral };
    const lines = coopReportLines(input);
    const text = coopReportText(input).split("\n");
    expect(text).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      expect(text[i]).toBe(
        line.field === "orienteVersStructure"
          ? `${COOP_ORIENTATION_FIELD_LABELS.orienteVersStructure} ${line.value}`
          : `${line.label}${NBSP}: ${line.value}`,
      );
    });
  });
});
