/** Sections of seed 004 (Hypra, Café numérique, 2024) that the questionnaire cites. */

/** The quiz on whom to refer a person to, with its ticked answers (TEMPS 3, activité 1). */
export const HYPRA_QUEL_INTERLOCUTEUR =
  "TEMPS 3 – Savoir vers qui réorienter (Temps III – Activité 1 – Quel interlocuteur pour quel besoin)";

/** The three pillars of the conseiller numérique’s mission (end of TEMPS 2). */
export const HYPRA_GUIDE_AUTONOMIE =
  "TEMPS 2 – Conseiller numérique France Services\u00A0: un guide vers l’autonomie numérique";
