import * as z from "zod/mini";
import { LEVEL_IDS } from "./ids.js";

/**
 * The four autonomy levels, lowest first. IDs are stable data IDs (French, kebab-case);
 * the labels and descriptions are what the site shows: a landmark, never a verdict (seed 004).
 */
export const AutonomyLevelId = /* @__PURE__ */ z
  .enum(LEVEL_IDS)
  .register(z.globalRegistry, {
    id: "mn.diagnostic.AutonomyLevelId",
    description: "Niveau d’autonomie numérique, du plus bas au plus haut.",
  });
export type AutonomyLevelId = z.infer<typeof AutonomyLevelId>;

/** Levels in ascending order: index 0 is "no use yet", the last is "autonomous". */
export const AUTONOMY_LEVELS = AutonomyLevelId.options;

/** French label and one-sentence description of each level, worded as a landmark. */
export const AUTONOMY_LEVEL_LABELS: Readonly<
  Record<AutonomyLevelId, { label: string; description: string }>
> = {
  "sans-usage": {
    label: "Pas encore d’usage",
    description:
      "La personne n’utilise pas encore cet outil, tout reste à découvrir à son rythme.",
  },
  "usage-accompagne": {
    label: "Usage avec de l’aide",
    description:
      "La personne fait déjà certaines choses quand quelqu’un l’accompagne.",
  },
  "usage-partiel": {
    label: "En partie autonome",
    description:
      "La personne se débrouille seule pour l’essentiel et demande de l’aide pour le reste.",
  },
  autonome: {
    label: "Autonome",
    description:
      "La personne fait seule et sait où trouver de l’aide si besoin.",
  },
};
