import type { SourceRef } from "@mediation-numerique/core";
import {
  COOP_COMMIT,
  COOP_CRA_PATH,
  COOP_DOCUMENT,
} from "@mediation-numerique/diagnostic";
import type {
  CoopThematique,
  CoopThematiqueAdministrative,
} from "./coop-schema.js";
import type { StructureDeRedirection } from "./national-schema.js";

/*
 * La Coop de la médiation numérique’s activity report (CRA): the labels its form shows for the
 * fields an orientation fills, copied as exact strings from its public source (repository
 * inclusion-numerique/coop-mediation-numerique, commit `COOP_COMMIT`; document `COOP_DOCUMENT`
 * of @mediation-numerique/diagnostic). Keys are La Coop’s API values (`…ApiValues`).
 */

/** `thematiquesNonAdministrativesLabels` (fields/thematique.ts), in the form’s order. */
export const COOP_THEMATIQUE_LABELS = {
  diagnostic_numerique: "Diagnostic numérique",
  prendre_en_main_du_materiel: "Prendre en main du matériel",
  maintenance_de_materiel: "Maintenance de matériel",
  gere_ses_contenus_numeriques: "Gérer ses contenus numériques",
  navigation_sur_internet: "Navigation sur internet",
  email: "E-mail",
  bureautique: "Bureautique",
  reseaux_sociaux: "Réseaux sociaux communication",
  sante: "Santé",
  banque_et_achats_en_ligne: "Banque et achats en ligne",
  entrepreneuriat: "Accompagner un professionnel",
  insertion_professionnelle: "Insertion professionnelle",
  securite_numerique: "Prévention en sécurité numérique",
  parentalite: "Parentalité",
  scolarite_et_numerique: "Scolarité et numérique",
  creer_avec_le_numerique: "Créer avec le numérique",
  culture_numerique: "Culture numérique",
  intelligence_artificielle: "Intelligence artificielle (IA)",
  aide_aux_demarches_administratives: "Aide aux démarches administratives",
} as const satisfies Record<CoopThematique, string>;

/** `thematiquesAdministrativesLabels` (fields/thematique.ts): shown once « Aide aux démarches administratives » is ticked. */
export const COOP_THEMATIQUE_ADMINISTRATIVE_LABELS = {
  papiers_elections_citoyennete: "Papiers - Élections - Citoyenneté",
  famille_scolarite: "Famille - Scolarité",
  social_sante: "Social - Santé",
  travail_formation: "Travail - Formation - Entreprise",
  logement: "Logement",
  transports_mobilite: "Transports - Mobilité",
  argent_impots: "Argent - Impôts",
  justice: "Justice",
  etrangers_europe: "Étrangers - Europe",
  loisirs_sports_culture: "Loisirs - Sports - Culture",
  associations: "Associations",
} as const satisfies Record<CoopThematiqueAdministrative, string>;

/** `structuresRedirectionLabels` (individuel/fields/structures-redirection.ts), in the form’s order. */
export const COOP_STRUCTURE_DE_REDIRECTION_LABELS = {
  administration: "Administration (mairie, préfecture…)",
  mediation_numerique: "Autre structure de médiation numérique",
  operateur_ou_organisme_en_charge:
    "Opérateur ou organisme en charge de la démarche administrative",
  aide_sociale:
    "Structure d’aide sociale (maison des solidarités, centre social…)",
  insertion_professionnelle:
    "Structure d’insertion professionnelle (France Travail, mission locale, chambre de commerce…)",
  aide_aux_demarches_administratives:
    "Structure d’aide aux démarches administratives (France Services…)",
  autre: "Autre",
} as const satisfies Record<StructureDeRedirection, string>;

/**
 * The legends of La Coop’s form for the fields an orientation fills (the select of the
 * structure has no legend: « Structure de redirection » is its placeholder). Typography ours:
 * a narrow no-break space before « ? ».
 */
export const COOP_ORIENTATION_FIELD_LABELS = {
  thematiques: "Thématique(s) d’accompagnement de médiation numérique",
  thematiquesAdministratives: "Thématique(s) de la démarche administrative",
  orienteVersStructure:
    "Le bénéficiaire est-il orienté vers une autre structure\u202F?",
  structureDeRedirection: "Structure de redirection",
} as const;

/** `yesNoLabels.yes` (apps/web/src/utils/yesNoBooleanOptions.ts): the answer « orienté : oui ». */
export const COOP_YES_LABEL = "Oui";

const at = (files: string): string => `${files}, commit ${COOP_COMMIT}`;

/** Where each field’s values, labels and legend come from in La Coop’s source. */
export const COOP_ORIENTATION_SOURCES = {
  thematiques: {
    document: COOP_DOCUMENT.id,
    section: at(
      `${COOP_CRA_PATH}/fields/thematique.ts (thematiquesNonAdministrativesLabels, thematiquesNonAdministrativesApiValues) et components/fields/ThematiquesFields.tsx (legend)`,
    ),
    quote: "Thématique(s) d’accompagnement de médiation numérique",
  },
  thematiquesAdministratives: {
    document: COOP_DOCUMENT.id,
    section: at(
      `${COOP_CRA_PATH}/fields/thematique.ts (thematiquesAdministrativesLabels, thematiquesAdministrativesApiValues) et components/fields/ThematiquesFields.tsx (legend)`,
    ),
    quote: "Thématique(s) de la démarche administrative",
  },
  orienteVersStructure: {
    document: COOP_DOCUMENT.id,
    section: at(
      `${COOP_CRA_PATH}/individuel/components/fields/OrientationFields.tsx (legend) et apps/web/src/utils/yesNoBooleanOptions.ts (yesNoLabels)`,
    ),
    quote: "Le bénéficiaire est-il orienté vers une autre structure ?",
  },
  structureDeRedirection: {
    document: COOP_DOCUMENT.id,
    section: at(
      `${COOP_CRA_PATH}/individuel/fields/structures-redirection.ts (structuresRedirectionLabels, structureDeRedirectionApiValues) et individuel/components/fields/OrientationFields.tsx (placeholder)`,
    ),
    quote: "Structure de redirection",
  },
} as const satisfies Record<
  keyof typeof COOP_ORIENTATION_FIELD_LABELS,
  SourceRef
>;
