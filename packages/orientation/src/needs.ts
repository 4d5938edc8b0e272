import * as z from "zod/mini";

/** What the person asks for. IDs are stable: never renamed, never reused. */
export const NeedId = /* @__PURE__ */ z
  .enum([
    "apprendre-numerique",
    "demarche-en-ligne",
    "numeriser-justificatifs",
    "creer-adresse-mail",
    "suivi-dossier",
    "obtenir-justificatifs",
    "remplir-formulaire",
    "recherche-emploi",
    "equipement",
    "situation-sociale-complexe",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.NeedId" });
export type NeedId = z.infer<typeof NeedId>;

export const NEED_LABELS = {
  "apprendre-numerique":
    "Apprendre à se servir d’un ordinateur, d’un téléphone, d’internet",
  "demarche-en-ligne": "Faire une démarche administrative en ligne précise",
  "numeriser-justificatifs": "Numériser (scanner) des justificatifs",
  "creer-adresse-mail": "Créer une adresse électronique pour une démarche",
  "suivi-dossier": "Suivre un dossier ou une demande en cours",
  "obtenir-justificatifs": "Obtenir un justificatif",
  "remplir-formulaire": "Remplir un formulaire",
  "recherche-emploi": "Chercher un emploi\u00A0: CV, candidature",
  equipement: "S’équiper\u00A0: un appareil ou une connexion",
  "situation-sociale-complexe": "Une situation sociale complexe",
} as const satisfies Record<NeedId, string>;

/** Infinitive phrases, used inside sentences (« répond aussi au besoin de … »). */
export const NEED_SHORT_LABELS = {
  "apprendre-numerique": "apprendre à se servir du numérique",
  "demarche-en-ligne": "faire une démarche en ligne",
  "numeriser-justificatifs": "numériser des justificatifs",
  "creer-adresse-mail": "créer une adresse électronique",
  "suivi-dossier": "suivre un dossier",
  "obtenir-justificatifs": "obtenir un justificatif",
  "remplir-formulaire": "remplir un formulaire",
  "recherche-emploi": "chercher un emploi",
  equipement: "s’équiper",
  "situation-sociale-complexe": "faire face à une situation sociale complexe",
} as const satisfies Record<NeedId, string>;
