import type { ActorId } from "./actors.js";
import type { ModeId } from "./modes.js";
import type { NeedId } from "./needs.js";

/*
 * The words of the resident's sheet (FALC, Inclusion Europe / Unapei rules): « vous », short
 * sentences, one idea each, no code, no figure, no abbreviation left unexplained, no judgement.
 * The sheet speaks as the place that hands it over (« nos questions », « Pour nous trouver »).
 * resident-sheet.falc.test.ts checks every sentence the sheet can hold.
 */

/** The headings: the sheet's, each part's, and the contact section's. */
export const SHEET_TITLES = {
  sheet: "Votre fiche pour la suite",
  knowHow: "Ce que vous savez déjà faire",
  nextStep: "Votre prochaine étape",
  nextSteps: "Vos prochaines étapes",
  bring: "Ce qu’il faut apporter",
  contact: "Pour nous trouver",
} as const;

interface ActorWords {
  /** The step's short heading. */
  readonly heading: string;
  /** Where to go, as an instruction. */
  readonly go: string;
  /** What the place is, said the first time the sheet names it. */
  readonly explain: string;
}

/**
 * Where to go, in words a resident understands. « Faire à la place » is only ever France
 * Services' or Aidants Connect's (modes.ts); Aidants Connect acts under a mandate (seed 002).
 */
export const ACTOR_FOR_RESIDENT = {
  "mediation-numerique": {
    heading: "Un lieu de médiation numérique",
    go: "Allez dans un lieu de médiation numérique.",
    explain: "C’est un lieu où l’on vous aide à utiliser internet.",
  },
  "france-services": {
    heading: "France Services",
    go: "Allez dans un espace France Services.",
    explain: "C’est un lieu où des agents vous aident pour vos démarches.",
  },
  "accueil-administration": {
    heading: "L’accueil de l’organisme",
    go: "Allez à l’accueil de l’organisme chargé de votre démarche.",
    explain: "Par exemple la CAF, la caisse d’allocations familiales.",
  },
  "france-travail": {
    heading: "France Travail",
    go: "Allez dans une agence France Travail.",
    explain: "C’est le service public qui aide à trouver un emploi.",
  },
  "travail-social": {
    heading: "Le service social",
    go: "Allez voir le service social près de chez vous.",
    explain: "Une personne formée y écoute votre situation.",
  },
  "aidants-connect": {
    heading: "Aidants Connect",
    go: "Allez voir une personne habilitée Aidants Connect.",
    explain: "Elle a le droit d’agir en votre nom, avec votre accord.",
  },
} as const satisfies Record<ActorId, ActorWords>;

/**
 * A step at the place that hands the sheet over: its heading is the centre's name (else
 * « Ici »), its sentence says to come back. Not « Revenez ici, à <name>. »: the article depends
 * on the name (« au centre social », « à la médiathèque »), which the sheet cannot know.
 */
export const HERE = {
  heading: "Ici",
  go: "Revenez nous voir ici.",
} as const;

/**
 * What for: each need as an infinitive phrase, after « C’est pour » (then « C’est aussi
 * pour »). Resident-facing wording of NEED_LABELS: no « en ligne », no « numériser », no
 * « complexe » said of her situation.
 */
export const NEED_FOR_RESIDENT = {
  "apprendre-numerique": "apprendre à utiliser un ordinateur ou un téléphone",
  "demarche-en-ligne": "faire une démarche sur internet",
  "numeriser-justificatifs": "scanner vos papiers",
  "creer-adresse-mail": "créer une adresse mail",
  "suivi-dossier": "suivre un dossier en cours",
  "obtenir-justificatifs": "obtenir un justificatif, comme une attestation",
  "remplir-formulaire": "remplir un formulaire",
  "recherche-emploi": "chercher un emploi",
  equipement: "avoir un appareil ou une connexion à internet",
  "situation-sociale-complexe": "faire le point sur votre situation",
} as const satisfies Record<NeedId, string>;

/** The what-for sentences of a step: the first need, then « aussi » for each other one. */
export const whatSentences = (needs: readonly NeedId[]): string[] =>
  needs.map(
    (need, index) =>
      `C’est ${index === 0 ? "" : "aussi "}pour ${NEED_FOR_RESIDENT[need]}.`,
  );

/**
 * How, by mode. « Faire avec » is the seeds' own phrase (seed 004, the ANCT's directives:
 * « faire avec et non à la place de »); the person acts, guided. « Formée »: seed 002's
 * « Mesures lancées » train the aidants « en posture de “faire à la place de” » (passage
 * ANCT_AIDANTS_CONNECT_FORMATION), the only actors who act for the person (modes.ts).
 */
export const MODE_FOR_RESIDENT = {
  apprendre: "Vous apprendrez à le faire vous-même.",
  "faire-avec": "On le fera avec vous.",
  "faire-a-la-place": "Une personne formée le fera pour vous.",
} as const satisfies Record<ModeId, string>;

/** The labels of the contact section's lines, in the order they are shown. */
export const CONTACT_LABELS = {
  name: "Lieu",
  address: "Adresse",
  openingHours: "Horaires",
  phone: "Téléphone",
} as const;

/**
 * Every abbreviation the sheet uses, with its full form: the first sentence that uses one also
 * gives the full form (a test checks it on every sheet).
 */
export const GLOSSARY: Readonly<Record<string, string>> = {
  CAF: "la caisse d’allocations familiales",
};
