import { NBSP, quote } from "@mediation-numerique/core";
import { CoopDiagnosticValues } from "@mediation-numerique/diagnostic";
import * as z from "zod/mini";
import {
  COOP_STRUCTURE_DE_REDIRECTION_LABELS,
  COOP_THEMATIQUE_ADMINISTRATIVE_LABELS,
  COOP_THEMATIQUE_LABELS,
} from "./coop-labels.js";
import { StructureDeRedirection } from "./national-schema.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { Recommendation } from "./recommendation.js";

/*
 * La Coop de la médiation numérique’s activity report (CRA): the values an orientation fills,
 * as its API writes them (`thematiqueApiValues`, `structureDeRedirectionApiValues`; sources in
 * coop-labels.ts), and the shapes of `coopValuesFromOrientation` and `coopReportLines`.
 */

/** A thématique d’accompagnement de médiation numérique (first group of the form). */
export const CoopThematique = /* @__PURE__ */ z
  .enum([
    "diagnostic_numerique",
    "prendre_en_main_du_materiel",
    "maintenance_de_materiel",
    "gere_ses_contenus_numeriques",
    "navigation_sur_internet",
    "email",
    "bureautique",
    "reseaux_sociaux",
    "sante",
    "banque_et_achats_en_ligne",
    "entrepreneuriat",
    "insertion_professionnelle",
    "securite_numerique",
    "parentalite",
    "scolarite_et_numerique",
    "creer_avec_le_numerique",
    "culture_numerique",
    "intelligence_artificielle",
    "aide_aux_demarches_administratives",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.CoopThematique" });
export type CoopThematique = z.infer<typeof CoopThematique>;

/** A thématique de la démarche administrative (shown once « Aide aux démarches administratives » is ticked). */
export const CoopThematiqueAdministrative = /* @__PURE__ */ z
  .enum([
    "papiers_elections_citoyennete",
    "famille_scolarite",
    "social_sante",
    "travail_formation",
    "logement",
    "transports_mobilite",
    "argent_impots",
    "justice",
    "etrangers_europe",
    "loisirs_sports_culture",
    "associations",
  ])
  .register(z.globalRegistry, {
    id: "mn.orientation.CoopThematiqueAdministrative",
  });
export type CoopThematiqueAdministrative = z.infer<
  typeof CoopThematiqueAdministrative
>;

/** `{ value, label }` where `label` must be La Coop’s label for `value`. */
const choice = <V extends string>(
  values: z.ZodMiniType<V>,
  labels: Readonly<Record<V, string>>,
) =>
  z.object({ value: values, label: z.string() }).check(
    // Runs only on a valid object (zod skips checks after a failed field), so `value` is known.
    z.superRefine((chosen, ctx) => {
      const expected = labels[chosen.value];
      if (chosen.label !== expected)
        ctx.addIssue({
          code: "custom",
          path: ["label"],
          params: { code: "label-mismatch" },
          message: `libellé ${quote(chosen.label)} pour la valeur ${quote(chosen.value)}${NBSP}: attendu le libellé de La Coop, ${quote(expected, 100)}.`,
        });
    }),
  );

export const CoopThematiqueChoice = /* @__PURE__ */ choice(
  CoopThematique,
  COOP_THEMATIQUE_LABELS,
).register(z.globalRegistry, { id: "mn.orientation.CoopThematiqueChoice" });
export type CoopThematiqueChoice = z.infer<typeof CoopThematiqueChoice>;

export const CoopThematiqueAdministrativeChoice = /* @__PURE__ */ choice(
  CoopThematiqueAdministrative,
  COOP_THEMATIQUE_ADMINISTRATIVE_LABELS,
).register(z.globalRegistry, {
  id: "mn.orientation.CoopThematiqueAdministrativeChoice",
});
export type CoopThematiqueAdministrativeChoice = z.infer<
  typeof CoopThematiqueAdministrativeChoice
>;

export const CoopStructureDeRedirectionChoice = /* @__PURE__ */ choice(
  StructureDeRedirection,
  COOP_STRUCTURE_DE_REDIRECTION_LABELS,
).register(z.globalRegistry, {
  id: "mn.orientation.CoopStructureDeRedirectionChoice",
});
export type CoopStructureDeRedirectionChoice = z.infer<
  typeof CoopStructureDeRedirectionChoice
>;

/** What an orientation gives for La Coop’s activity report (`coopValuesFromOrientation`). */
export const CoopOrientationValues = /* @__PURE__ */ z
  .strictObject({
    thematiques: z.array(CoopThematiqueChoice).check(z.maxLength(100)),
    thematiquesAdministratives: z
      .array(CoopThematiqueAdministrativeChoice)
      .check(z.maxLength(100)),
    structureDeRedirection: z
      .nullable(CoopStructureDeRedirectionChoice)
      .register(z.globalRegistry, {
        description:
          "null quand aucune proposition ne va vers une autre structure que la médiation numérique.",
      }),
  })
  .register(z.globalRegistry, { id: "mn.orientation.CoopOrientationValues" });
export type CoopOrientationValues = z.infer<typeof CoopOrientationValues>;

/** What `coopValuesFromOrientation` reads: an `Explanation` (from `explain`) fits. */
export const CoopOrientationInput = /* @__PURE__ */ z
  .object({
    situation: z.object({
      needs: z.array(NeedId).check(z.minLength(1)),
      procedure: z.optional(ProcedureId),
    }),
    recommendations: z.array(Recommendation).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.CoopOrientationInput" });
export type CoopOrientationInput = z.input<typeof CoopOrientationInput>;

/** What `coopReportLines` and `coopReportText` read: either part, or both. */
export const CoopReportInput = /* @__PURE__ */ z
  .strictObject({
    diagnostic: z.optional(CoopDiagnosticValues),
    orientation: z.optional(CoopOrientationValues),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.diagnostic === undefined && input.orientation === undefined)
        ctx.addIssue({
          code: "custom",
          params: { code: "missing-values" },
          message: `aucune valeur${NBSP}: attendu les valeurs du diagnostic (diagnostic), de l’orientation (orientation), ou les deux.`,
        });
    }),
  )
  .register(z.globalRegistry, { id: "mn.orientation.CoopReportInput" });
export type CoopReportInput = z.input<typeof CoopReportInput>;
