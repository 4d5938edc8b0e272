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
import type { NeedId } from "./needs.js";
import type { ProcedureId } from "./procedures.js";

/*
 * Our needs and procedures → La Coop’s thématiques. La Coop does not know our needs: each line
 * is the project’s reading (`interpretation`) of the hints La Coop’s form shows under each
 * thématique (`thematiqueHints`, quoted), in fields/thematique.ts at `COOP_COMMIT`.
 */

const hints = (name: string): SourceRef => ({
  document: COOP_DOCUMENT.id,
  section: `${COOP_CRA_PATH}/fields/thematique.ts (${name}), commit ${COOP_COMMIT}`,
});

const NON_ADMINISTRATIVE = hints("thematiquesNonAdministrativesHints");
const ADMINISTRATIVE = hints("thematiquesAdministrativesHints");

/** What one need or procedure gives, and why. */
interface CoopReading<T> {
  readonly thematiques: readonly T[];
  readonly source: SourceRef;
}

const AIDE_AUX_DEMARCHES =
  "Aider le bénéficiaire à trouver la bonne plateforme pour sa démarche";

/** « Diagnostic numérique », ticked when the report carries the diagnostic’s values. */
export const COOP_DIAGNOSTIC_THEMATIQUE = {
  thematiques: ["diagnostic_numerique"],
  source: {
    ...NON_ADMINISTRATIVE,
    quote: "Évaluation des compétences numériques des bénéficiaires",
    interpretation:
      "Les valeurs du diagnostic d’autonomie sont données\u00A0: le diagnostic a été fait avec la personne.",
  },
} as const satisfies CoopReading<CoopThematique>;

/** Each need → the thématiques d’accompagnement it stands for; an empty list says why none fits. */
export const COOP_THEMATIQUES_BY_NEED = {
  "apprendre-numerique": {
    thematiques: ["prendre_en_main_du_materiel", "navigation_sur_internet"],
    source: {
      ...NON_ADMINISTRATIVE,
      quote:
        "Utiliser un ordinateur, une tablette ou un smartphone […] Naviguer sur internet",
      interpretation:
        "Le besoin couvre l’appareil et internet\u00A0: les deux thématiques\u202F; le ou la médiateur·trice garde celles de la séance.",
    },
  },
  "demarche-en-ligne": {
    thematiques: ["aide_aux_demarches_administratives"],
    source: { ...NON_ADMINISTRATIVE, quote: AIDE_AUX_DEMARCHES },
  },
  "numeriser-justificatifs": {
    thematiques: [
      "prendre_en_main_du_materiel",
      "aide_aux_demarches_administratives",
    ],
    source: {
      ...NON_ADMINISTRATIVE,
      quote:
        "Utiliser des périphériques (réseau wifi, clé USB, imprimante, scanner…)",
      interpretation:
        "Numériser, c’est se servir d’un scanner\u202F; les justificatifs servent une démarche.",
    },
  },
  "creer-adresse-mail": {
    thematiques: ["email", "aide_aux_demarches_administratives"],
    source: {
      ...NON_ADMINISTRATIVE,
      quote: "Choisir & créer une boîte mail",
      interpretation:
        "Notre besoin est de créer une adresse pour une démarche\u00A0: aussi l’aide aux démarches.",
    },
  },
  "suivi-dossier": {
    thematiques: ["aide_aux_demarches_administratives"],
    source: { ...NON_ADMINISTRATIVE, quote: AIDE_AUX_DEMARCHES },
  },
  "obtenir-justificatifs": {
    thematiques: ["aide_aux_demarches_administratives"],
    source: { ...NON_ADMINISTRATIVE, quote: AIDE_AUX_DEMARCHES },
  },
  "remplir-formulaire": {
    thematiques: ["aide_aux_demarches_administratives"],
    source: {
      ...NON_ADMINISTRATIVE,
      quote: AIDE_AUX_DEMARCHES,
      interpretation:
        "Nos formulaires sont ceux d’une démarche administrative, pas «\u00A0Navigation sur internet\u00A0».",
    },
  },
  "recherche-emploi": {
    thematiques: ["insertion_professionnelle"],
    source: {
      ...NON_ADMINISTRATIVE,
      quote: "Créer & diffuser son CV en ligne",
    },
  },
  equipement: {
    thematiques: [],
    source: {
      ...NON_ADMINISTRATIVE,
      quote: "Installation et paramétrage de matériel informatique",
      interpretation:
        "Aucune thématique ne porte sur l’achat d’un appareil ou d’une connexion\u202F; «\u00A0Maintenance de matériel\u00A0» parle d’installer et de paramétrer.",
    },
  },
  "situation-sociale-complexe": {
    thematiques: [],
    source: {
      ...ADMINISTRATIVE,
      quote: "Carte vitale, Chômage, Handicap, RSA, Personnes âgées...",
      interpretation:
        "Une situation sociale n’est pas un accompagnement au numérique\u202F; «\u00A0Social - Santé\u00A0» ne qualifie qu’une démarche faite.",
    },
  },
} as const satisfies Record<NeedId, CoopReading<CoopThematique>>;

/**
 * Each procedure → the thématique de la démarche administrative it stands for, only when La
 * Coop’s hints name its body under one thématique alone; an empty list says why none fits.
 */
export const COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE = {
  ants: {
    thematiques: [],
    source: {
      ...ADMINISTRATIVE,
      quote: "ANTS · Défenseur des droits […] ANTS · ANTAI · Crit’air",
      interpretation:
        "L’ANTS est nommée sous «\u00A0Papiers - Élections - Citoyenneté\u00A0» et sous «\u00A0Transports - Mobilité\u00A0»\u00A0: le titre demandé décide.",
    },
  },
  caf: {
    thematiques: [],
    source: {
      ...ADMINISTRATIVE,
      quote: "CAF · EduConnect · ameli.fr […] CAF · Enedis",
      interpretation:
        "La CAF est nommée sous «\u00A0Famille - Scolarité\u00A0» et sous «\u00A0Logement\u00A0», le RSA sous «\u00A0Social - Santé\u00A0»\u00A0: l’aide demandée décide.",
    },
  },
  "france-travail": {
    thematiques: ["travail_formation"],
    source: {
      ...ADMINISTRATIVE,
      quote: "France Travail · Mon compte formation · info-retraite.fr",
    },
  },
  impots: {
    thematiques: ["argent_impots"],
    source: { ...ADMINISTRATIVE, quote: "impots.gouv.fr · Timbres fiscaux" },
  },
  ameli: {
    thematiques: ["social_sante"],
    source: {
      ...ADMINISTRATIVE,
      quote: "ameli.fr · MSA",
      interpretation:
        "ameli.fr est aussi nommé sous «\u00A0Famille - Scolarité\u00A0»\u202F; l’assurance maladie est lue comme «\u00A0Social - Santé\u00A0» (carte Vitale).",
    },
  },
  autre: {
    thematiques: [],
    source: {
      ...ADMINISTRATIVE,
      interpretation:
        "Un autre organisme, non nommé\u00A0: aucune thématique ne peut être choisie à la place du ou de la médiateur·trice.",
    },
  },
} as const satisfies Record<
  ProcedureId,
  CoopReading<CoopThematiqueAdministrative>
>;
