import type { Questionnaire } from "../schema/questionnaire.js";
import { COOP_DOCUMENT } from "./coop.js";
import { QUESTIONS } from "./questions.js";
import { HYPRA_GUIDE_AUTONOMIE, HYPRA_QUEL_INTERLOCUTEUR } from "./sections.js";
import { PREREQUISITES_SOURCE } from "./sources.js";

/** The autonomy diagnostic, run by a mediator with a resident. Version 1. */
export const QUESTIONNAIRE: Questionnaire = {
  id: "diagnostic-autonomie-numerique",
  version: 1,
  title: "Diagnostic d’autonomie numérique",
  description:
    "Un repère pour la personne, jamais une sanction. La personne répond avec un·e médiateur·trice. Elle peut passer une question : « Je ne sais pas » ne compte pas comme zéro.",
  estimatedMinutes: 10,
  thresholds: [
    { level: "sans-usage", minPercent: 0 },
    { level: "usage-accompagne", minPercent: 20 },
    { level: "usage-partiel", minPercent: 50 },
    { level: "autonome", minPercent: 80 },
  ],
  domains: [
    {
      id: "equipement-acces",
      label: "Équipement et accès",
      description:
        "L’appareil, la connexion, l’adresse mail et le téléphone de la personne.",
      countsInOverall: false,
      crcn: ["5.2"],
      digcomp: ["5.2"],
      sources: [
        {
          document: "fcs93-2018",
          section: "Propos introductifs",
          quote: "l'ouverture d'une adresse mail",
        },
      ],
    },
    {
      id: "prerequis",
      label: "Les quatre prérequis",
      description:
        "Lire, comprendre le français, comprendre le langage administratif, utiliser l’outil informatique. Ce sont des freins à lever, pas des manques.",
      countsInOverall: false,
      crcn: [],
      digcomp: [],
      sources: [PREREQUISITES_SOURCE],
    },
    {
      id: "prise-en-main",
      label: "Prendre en main un appareil",
      description: "Allumer, écrire avec le clavier, ouvrir une application.",
      countsInOverall: true,
      crcn: ["3.1", "5.1", "5.2"],
      digcomp: ["3.1", "5.1"],
    },
    {
      id: "navigation-recherche",
      label: "Naviguer et chercher",
      description:
        "Aller sur un site, chercher une information, retrouver un document.",
      countsInOverall: true,
      crcn: ["1.1", "1.2"],
      digcomp: ["1.1", "1.2", "1.3"],
    },
    {
      id: "communication",
      label: "Communiquer",
      description: "Lire et envoyer des mails, envoyer des messages.",
      countsInOverall: true,
      crcn: ["2.1", "2.2"],
      digcomp: ["2.1", "2.2", "2.5"],
    },
    {
      id: "demarches-en-ligne",
      label: "Faire une démarche en ligne",
      description:
        "Créer un compte, se connecter, utiliser FranceConnect, envoyer un justificatif.",
      countsInOverall: true,
      crcn: ["1.2", "2.4", "4.2"],
      digcomp: ["1.3", "2.3", "2.6"],
      sources: [
        {
          document: "hypra-2024",
          section: HYPRA_QUEL_INTERLOCUTEUR,
          quote: "Scanner les justificatifs",
        },
      ],
    },
    {
      id: "securite-donnees",
      label: "Sécurité et données personnelles",
      description:
        "Protéger ses mots de passe, reconnaître une arnaque, garder ses informations pour soi.",
      countsInOverall: true,
      crcn: ["4.1", "4.2"],
      digcomp: ["4.1", "4.2"],
      sources: [
        {
          document: "hypra-2024",
          section: HYPRA_GUIDE_AUTONOMIE,
          quote: "protéger ses données personnelles",
        },
      ],
    },
  ],
  obstacles: [
    {
      id: "lecture",
      label: "La lecture",
      description:
        "Lire est difficile pour le moment. Repère : préférer l’oral, les images et les pictogrammes.",
      sources: [PREREQUISITES_SOURCE],
    },
    {
      id: "langue-francaise",
      label: "La langue française",
      description:
        "Le français n’est pas encore facile. Repère : des mots simples, une autre langue si possible.",
      sources: [PREREQUISITES_SOURCE],
    },
    {
      id: "langage-administratif",
      label: "Le langage administratif",
      description:
        "Les mots de l’administration sont difficiles. Repère : expliquer les mots avant la démarche.",
      sources: [PREREQUISITES_SOURCE],
    },
    {
      id: "outil-informatique",
      label: "L’outil informatique",
      description:
        "L’ordinateur n’est pas encore familier. Repère : commencer par la prise en main.",
      sources: [PREREQUISITES_SOURCE],
    },
    {
      id: "sans-appareil",
      label: "Pas d’appareil personnel",
      description:
        "La personne n’a pas d’appareil à elle. Repère : un accès libre au centre, un appareil reconditionné.",
    },
    {
      id: "sans-connexion",
      label: "Pas de connexion suffisante",
      description:
        "Internet manque chez la personne. Repère : un lieu avec le wifi, une offre sociale.",
    },
    {
      id: "sans-adresse-mail",
      label: "Pas d’adresse mail utilisable",
      description:
        "La personne n’a pas d’adresse mail qu’elle sait ouvrir. Repère : en créer une ou la retrouver ensemble.",
      sources: [
        {
          document: "hypra-2024",
          section: HYPRA_QUEL_INTERLOCUTEUR,
          quote: "Créer un compte mail si besoin",
        },
      ],
    },
  ],
  questions: QUESTIONS,
  migrations: [],
  sources: [
    {
      id: "fcs93-2018",
      title:
        "Dématérialisation des démarches administratives : les centres sociaux de Seine-Saint-Denis tirent la sonnette d’alarme !",
      publisher: "Fédération des centres sociaux de Seine-Saint-Denis (FCS93)",
      year: 2018,
      note: "Seed 000 : les quatre compétences nécessaires aux démarches en ligne (propos introductifs).",
    },
    {
      id: "anct-2021",
      title:
        "Plan national pour la formation des médiateurs et des aidants numériques",
      publisher: "Agence nationale de la cohésion des territoires (ANCT)",
      year: 2021,
      note: "Seed 002 : « la capacité à diagnostiquer le niveau d’autonomie numérique des personnes ».",
    },
    {
      id: "hypra-2024",
      title: "Café numérique : le quotidien d’un conseiller numérique",
      publisher: "Hypra",
      year: 2024,
      note: "Seed 004 : on ne peut pas résumer une évaluation « à un outil de sanction, puisque ici, il ne s’agit que d’un repère » ; les besoins courants (justificatifs, compte mail, données personnelles).",
    },
    COOP_DOCUMENT,
  ],
};
