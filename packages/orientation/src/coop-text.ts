import { NBSP } from "@mediation-numerique/core";
import { COOP_DIAGNOSTIC_FIELD_LABELS } from "@mediation-numerique/diagnostic";
import * as z from "zod/mini";
import {
  COOP_ORIENTATION_FIELD_LABELS,
  COOP_THEMATIQUE_LABELS,
  COOP_YES_LABEL,
} from "./coop-labels.js";
import { COOP_DIAGNOSTIC_THEMATIQUE } from "./coop-mapping.js";
import { CoopReportInput, CoopThematique } from "./coop-schema.js";
import { parseInput, type InputSpec } from "./input.js";

/** The fields of La Coop’s activity report a line fills, in the form’s order. */
export const CoopReportField = /* @__PURE__ */ z
  .enum([
    "materiel",
    "thematiques",
    "thematiquesAdministratives",
    "autonomie",
    "orienteVersStructure",
    "structureDeRedirection",
    "niveauAtelier",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.CoopReportField" });
export type CoopReportField = z.infer<typeof CoopReportField>;

/** One line of the report: La Coop’s field legend, and the labels to tick or choose. */
export const CoopReportLine = /* @__PURE__ */ z
  .strictObject({
    field: CoopReportField,
    label: z.string(),
    value: z.string(),
  })
  .register(z.globalRegistry, { id: "mn.orientation.CoopReportLine" });
export type CoopReportLine = z.infer<typeof CoopReportLine>;

const COOP_REPORT_INPUT: InputSpec<typeof CoopReportInput> = {
  schema: CoopReportInput,
  summary: "Valeurs invalides pour le compte rendu de La Coop",
  validValuesOf: (field) =>
    field === "" ? Object.keys(CoopReportInput.shape) : [],
};

/** Says that the device values are the person’s own, to confirm for the session. */
const DEVICE_NOTE = "(l’appareil de la personne, à confirmer)";

/**
 * The lines to copy into La Coop de la médiation numérique’s activity report (CRA), in its
 * form’s order, with its legends and labels; a field without a value has no line. « Diagnostic
 * numérique » joins the thématiques when the diagnostic’s values are given.
 *
 * @throws {OrientationInputError} on bad input (a label that is not La Coop’s, no values at all).
 */
export function coopReportLines(input: unknown): CoopReportLine[] {
  const { diagnostic, orientation } = parseInput(COOP_REPORT_INPUT, input);
  const lines: CoopReportLine[] = [];
  const add = (field: CoopReportField, label: string, value: string) => {
    if (value !== "") lines.push({ field, label, value });
  };
  const materiel = diagnostic?.materiel.map((m) => m.label) ?? [];
  add(
    "materiel",
    COOP_DIAGNOSTIC_FIELD_LABELS.materiel,
    materiel.length === 0 ? "" : `${materiel.join(" ou ")} ${DEVICE_NOTE}`,
  );
  const ticked = new Set<CoopThematique>([
    ...(diagnostic === undefined ? [] : COOP_DIAGNOSTIC_THEMATIQUE.thematiques),
    ...(orientation?.thematiques.map((t) => t.value) ?? []),
  ]);
  add(
    "thematiques",
    COOP_ORIENTATION_FIELD_LABELS.thematiques,
    CoopThematique.options
      .filter((value) => ticked.has(value))
      .map((value) => COOP_THEMATIQUE_LABELS[value])
      .join(", "),
  );
  add(
    "thematiquesAdministratives",
    COOP_ORIENTATION_FIELD_LABELS.thematiquesAdministratives,
    orientation?.thematiquesAdministratives.map((t) => t.label).join(", ") ??
      "",
  );
  add(
    "autonomie",
    COOP_DIAGNOSTIC_FIELD_LABELS.autonomie,
    diagnostic?.autonomie?.label ?? "",
  );
  const structure = orientation?.structureDeRedirection;
  if (structure) {
    add(
      "orienteVersStructure",
      COOP_ORIENTATION_FIELD_LABELS.orienteVersStructure,
      COOP_YES_LABEL,
    );
    add(
      "structureDeRedirection",
      COOP_ORIENTATION_FIELD_LABELS.structureDeRedirection,
      structure.label,
    );
  }
  for (const niveau of diagnostic?.niveauxAtelier ?? [])
    add(
      "niveauAtelier",
      `${COOP_DIAGNOSTIC_FIELD_LABELS.niveauAtelier} (${niveau.domainLabel})`,
      niveau.label,
    );
  return lines;
}

/**
 * `coopReportLines` as text, one line each: « Niveau d’autonomie du bénéficiaire : Autonome »;
 * after La Coop’s question « … structure ? », the answer follows a space.
 *
 * @throws {OrientationInputError} on bad input.
 */
export function coopReportText(input: unknown): string {
  return coopReportLines(input)
    .map(({ label, value }) =>
      label.endsWith("?") ? `${label} ${value}` : `${label}${NBSP}: ${value}`,
    )
    .join("\n");
}
