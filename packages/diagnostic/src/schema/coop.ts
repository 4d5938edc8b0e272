import { NBSP, quote } from "@mediation-numerique/core";
import * as z from "zod/mini";
import {
  COOP_AUTONOMIE_LABELS,
  COOP_MATERIEL_LABELS,
  COOP_WORKSHOP_LEVEL_LABELS,
} from "../data/coop.js";

/*
 * La Coop de la médiation numérique: values of its activity report (CRA), as its API and
 * database write them (apps/web/prisma/schema.prisma, `@map`). Labels and sources: data/coop.ts.
 */

/** The `autonomie` of a person in an individual activity report. */
export const CoopAutonomie = /* @__PURE__ */ z
  .enum(["entierement_accompagne", "partiellement_autonome", "autonome"])
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopAutonomie" });
export type CoopAutonomie = z.infer<typeof CoopAutonomie>;

/** The `niveau` of a collective workshop (atelier). */
export const CoopWorkshopLevel = /* @__PURE__ */ z
  .enum(["debutant", "intermediaire", "avance"])
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopWorkshopLevel" });
export type CoopWorkshopLevel = z.infer<typeof CoopWorkshopLevel>;

/** The `materiel` used in an activity (« Matériel numérique utilisé »; several may be ticked). */
export const CoopMateriel = /* @__PURE__ */ z
  .enum(["ordinateur", "telephone", "tablette", "autre", "aucun"])
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopMateriel" });
export type CoopMateriel = z.infer<typeof CoopMateriel>;

/** A check that `label` is La Coop’s label for `value`. */
const labelOf = <V extends string>(labels: Readonly<Record<V, string>>) =>
  z.superRefine<{ value: V; label: string }>((choice, ctx) => {
    // Runs only on a valid object (zod skips checks after a failed field), so `value` is known.
    const expected = labels[choice.value];
    if (choice.label !== expected)
      ctx.addIssue({
        code: "custom",
        path: ["label"],
        params: { code: "label-mismatch" },
        message: `libellé ${quote(choice.label)} pour la valeur ${quote(choice.value)}${NBSP}: attendu le libellé de La Coop, ${quote(expected, 80)}.`,
      });
  });

/** A value of La Coop’s `autonomie`, with the label its form shows. */
export const CoopAutonomieChoice = /* @__PURE__ */ z
  .object({ value: CoopAutonomie, label: z.string() })
  .check(labelOf(COOP_AUTONOMIE_LABELS))
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopAutonomieChoice" });
export type CoopAutonomieChoice = z.infer<typeof CoopAutonomieChoice>;

/** A value of La Coop’s `materiel`, with the label its form shows. */
export const CoopMaterielChoice = /* @__PURE__ */ z
  .object({ value: CoopMateriel, label: z.string() })
  .check(labelOf(COOP_MATERIEL_LABELS))
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopMaterielChoice" });
export type CoopMaterielChoice = z.infer<typeof CoopMaterielChoice>;

/** A workshop `niveau` suggested for one usage domain, with the label La Coop’s form shows. */
export const CoopWorkshopLevelChoice = /* @__PURE__ */ z
  .object({
    domainId: z.string(),
    domainLabel: z.string(),
    value: CoopWorkshopLevel,
    label: z.string(),
  })
  .check(labelOf(COOP_WORKSHOP_LEVEL_LABELS))
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopWorkshopLevelChoice" });
export type CoopWorkshopLevelChoice = z.infer<typeof CoopWorkshopLevelChoice>;

/** What a diagnostic gives for La Coop’s activity report (`coopValuesFromDiagnostic`). */
export const CoopDiagnosticValues = /* @__PURE__ */ z
  .object({
    autonomie: z.nullable(CoopAutonomieChoice).register(z.globalRegistry, {
      description: "null quand aucune question d’usage n’a de réponse.",
    }),
    materiel: z
      .array(CoopMaterielChoice)
      .check(z.maxLength(5))
      .register(z.globalRegistry, {
        description:
          "Les valeurs que l’appareil de la personne peut donner, l’une ou l’autre, à confirmer\u202F; vide quand la réponse ne dit pas le type d’appareil.",
      }),
    niveauxAtelier: z
      .array(CoopWorkshopLevelChoice)
      .check(z.maxLength(100))
      .register(z.globalRegistry, {
        description:
          "Le niveau d’atelier proposé pour chaque domaine d’usage qui a une réponse.",
      }),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopDiagnosticValues" });
export type CoopDiagnosticValues = z.infer<typeof CoopDiagnosticValues>;
