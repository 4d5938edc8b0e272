/*
 * Part 1 of the resident's sheet, « Ce que vous savez déjà faire », as data keyed by the IDs of
 * the diagnostic's questionnaire (`QUESTIONNAIRE` of `@mediation-numerique/diagnostic`, which a
 * page that prints the sheet does not load: a test checks every key against it).
 *
 * What counts as « she showed she can do it »: an answer at its question's maximum. For the
 * usage questions that is « Oui, sans aide. »; « Oui, sans aide, mais pas toujours. » is not
 * enough to write « Vous savez… » on a sheet she keeps. A domain's level is not used: a domain
 * at `usage-partiel` (50 % of its points) can hide a question answered « Non, jamais. », and
 * the sheet would then claim what she did not say. When every question of a domain is at its
 * maximum, one sentence for the domain replaces its questions' sentences, so that the part stays
 * short (the sheet prints on one page).
 *
 * Every sentence is positive and true of the person; what she cannot do yet is never listed
 * (the next steps cover it).
 */

/** The questionnaire these sentences are written for; another questionnaire's answers give none. */
export const KNOW_HOW_QUESTIONNAIRE_ID = "diagnostic-autonomie-numerique";

interface DomainKnowHow {
  /** Replaces the questions' sentences when every question of the domain is at its maximum. */
  readonly summary?: string;
  /** One sentence per question, in the questionnaire's order. */
  readonly questions: Readonly<Record<string, string>>;
}

/** The can-do sentences, by domain then question, in the questionnaire's order. */
export const KNOW_HOW_SENTENCES: Readonly<Record<string, DomainKnowHow>> = {
  "equipement-acces": {
    questions: {
      "adresse-mail": "Vous savez ouvrir votre boîte mail.",
      "usage-telephone":
        "Vous savez utiliser des applications sur votre téléphone.",
    },
  },
  "prise-en-main": {
    summary: "Vous savez vous servir de votre appareil.",
    questions: {
      "allumer-appareil": "Vous savez allumer votre appareil.",
      "ecrire-clavier": "Vous savez écrire avec le clavier.",
      "ouvrir-application": "Vous savez ouvrir une application.",
    },
  },
  "navigation-recherche": {
    summary: "Vous savez aller sur internet et chercher une information.",
    questions: {
      "aller-sur-un-site": "Vous savez aller sur un site internet.",
      "chercher-information":
        "Vous savez chercher une information sur internet.",
      "retrouver-document": "Vous savez retrouver un document téléchargé.",
    },
  },
  communication: {
    summary: "Vous savez envoyer des mails et des messages.",
    questions: {
      "lire-mail": "Vous savez lire vos mails.",
      "envoyer-piece-jointe": "Vous savez envoyer un document par mail.",
      "envoyer-message": "Vous savez envoyer une photo par message.",
    },
  },
  "demarches-en-ligne": {
    summary: "Vous savez faire une démarche sur internet.",
    questions: {
      "creer-compte": "Vous savez créer un compte sur un site.",
      "se-connecter":
        "Vous savez entrer dans votre compte avec votre mot de passe.",
      franceconnect: "Vous savez utiliser FranceConnect.",
      "envoyer-justificatif": "Vous savez envoyer un papier sur un site.",
    },
  },
  "securite-donnees": {
    summary: "Vous savez protéger vos informations sur internet.",
    questions: {
      "mot-de-passe": "Vous savez choisir un mot de passe solide.",
      "reconnaitre-arnaque": "Vous savez reconnaître un faux message.",
      "donnees-personnelles":
        "Vous savez quelles informations garder pour vous.",
    },
  },
};

/**
 * The questions that give no can-do sentence, and why. A question added to the questionnaire
 * must land here or in `KNOW_HOW_SENTENCES` (a test checks it).
 */
export const NOT_KNOW_HOW: Readonly<Record<string, string>> = {
  appareil: "What the person owns, not what she knows how to do.",
  connexion: "What the person has at home, not what she knows how to do.",
  lecture:
    "A prerequisite the diagnostic words as a possible obstacle (frein), not a digital skill.",
  "langue-francaise":
    "A prerequisite the diagnostic words as a possible obstacle (frein), not a digital skill.",
  "langage-administratif":
    "A prerequisite the diagnostic words as a possible obstacle (frein), not a digital skill.",
  "outil-informatique":
    "A prerequisite the diagnostic words as a possible obstacle (frein), not a digital skill.",
};

/** When no answer reached its maximum, or no diagnostic was run: true of anyone who came. */
export const KNOW_HOW_FALLBACK = [
  "Vous avez demandé de l’aide.",
  "C’est une bonne étape.",
] as const;

/** Added to the fallback when the person answered the diagnostic. */
export const KNOW_HOW_ANSWERED = "Vous avez répondu à nos questions.";
