import type { Questionnaire } from "../schema/questionnaire.js";

/**
 * A tiny questionnaire (version 2) whose results are easy to compute by hand,
 * with one migration step from a version 1 that had other IDs.
 */
export const TINY: Questionnaire = {
  id: "mini",
  version: 2,
  title: "Mini",
  description: "Questionnaire de test.",
  estimatedMinutes: 1,
  thresholds: [
    { level: "sans-usage", minPercent: 0 },
    { level: "usage-accompagne", minPercent: 20 },
    { level: "usage-partiel", minPercent: 50 },
    { level: "autonome", minPercent: 80 },
  ],
  domains: [
    {
      id: "acces",
      label: "Accès",
      description: "Accès.",
      countsInOverall: false,
      crcn: [],
      digcomp: [],
    },
    {
      id: "usages",
      label: "Usages",
      description: "Usages.",
      countsInOverall: true,
      crcn: ["2.1"],
      digcomp: ["2.1"],
    },
  ],
  obstacles: [
    {
      id: "sans-connexion",
      label: "Connexion",
      description: "Pas de connexion.",
    },
  ],
  questions: [
    {
      id: "connexion",
      domain: "acces",
      label: "Internet ?",
      options: [
        { id: "non", label: "Non.", points: 0, obstacle: "sans-connexion" },
        { id: "oui", label: "Oui.", points: 2 },
      ],
    },
    {
      id: "mail",
      domain: "usages",
      label: "Mail ?",
      options: [
        { id: "jamais", label: "Jamais.", points: 0 },
        { id: "aide", label: "Avec aide.", points: 1 },
        { id: "seul-parfois", label: "Parfois seul.", points: 2 },
        { id: "seul", label: "Seul.", points: 3 },
      ],
    },
    {
      id: "site",
      domain: "usages",
      label: "Site ?",
      options: [
        { id: "jamais", label: "Jamais.", points: 0 },
        { id: "seul", label: "Seul.", points: 2 },
      ],
    },
  ],
  migrations: [
    {
      fromVersion: 1,
      toVersion: 2,
      note: "Renommages.",
      questions: [
        {
          from: "courriel",
          to: "mail",
          options: [
            { from: "oui", to: "seul" },
            { from: "un-peu", to: null },
          ],
        },
        { from: "imprimante", to: null, reason: "hors sujet" },
      ],
    },
  ],
  sources: [],
};
