import type * as z from "zod/mini";
import type { NationalSchemaMapping } from "./rule-schema.js";

/**
 * Where each actor and need meets the national data schemas (values in national-schema.ts).
 * `offersLieuServices`: the actor is a lieu de médiation numérique, so `services` apply.
 */
export const NATIONAL_SCHEMA_MAPPING = {
  actors: {
    "mediation-numerique": {
      structure_de_redirection: "mediation_numerique",
      dispositif_programmes_nationaux: ["Conseillers numériques"],
      offersLieuServices: true,
    },
    "france-services": {
      structure_de_redirection: "aide_aux_demarches_administratives",
      dispositif_programmes_nationaux: ["France Services"],
      offersLieuServices: true,
    },
    "accueil-administration": {
      structure_de_redirection: "operateur_ou_organisme_en_charge",
      dispositif_programmes_nationaux: [],
      offersLieuServices: false,
    },
    "france-travail": {
      structure_de_redirection: "insertion_professionnelle",
      dispositif_programmes_nationaux: [],
      offersLieuServices: false,
    },
    "travail-social": {
      structure_de_redirection: "aide_sociale",
      dispositif_programmes_nationaux: [],
      offersLieuServices: false,
    },
    "aidants-connect": {
      structure_de_redirection: "aide_aux_demarches_administratives",
      dispositif_programmes_nationaux: ["Aidants Connect"],
      offersLieuServices: true,
    },
  },
  needs: {
    "apprendre-numerique": ["Maîtrise des outils numériques du quotidien"],
    "demarche-en-ligne": ["Aide aux démarches administratives"],
    "numeriser-justificatifs": ["Aide aux démarches administratives"],
    "creer-adresse-mail": [
      "Aide aux démarches administratives",
      "Maîtrise des outils numériques du quotidien",
    ],
    "suivi-dossier": ["Aide aux démarches administratives"],
    "obtenir-justificatifs": ["Aide aux démarches administratives"],
    "remplir-formulaire": ["Aide aux démarches administratives"],
    "recherche-emploi": ["Insertion professionnelle via le numérique"],
    equipement: [
      "Accès internet et matériel informatique",
      "Acquisition de matériel informatique à prix solidaire",
    ],
    "situation-sociale-complexe": [],
  },
} satisfies z.input<typeof NationalSchemaMapping>;
