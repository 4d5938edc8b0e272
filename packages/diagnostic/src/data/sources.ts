import type { SourceRef } from "@mediation-numerique/core";

/** Seed 000 (FCS93, 2018) names the four abilities an online procedure needs. */
export const PREREQUISITES_SOURCE: SourceRef = {
  document: "fcs93-2018",
  section: "Propos introductifs",
  quote:
    "4 compétences sont nécessaires pour pouvoir effectuer des démarches en ligne: la maitrise de la lecture, de la langue française, du langage administratif, de l'outil informatique.",
};
