import type { Question } from "../schema/questionnaire.js";
import { HYPRA_GUIDE_AUTONOMIE, HYPRA_QUEL_INTERLOCUTEUR } from "./sections.js";
import { PREREQUISITES_SOURCE } from "./sources.js";

/** The usage scale shared by the usage questions: same words every time, easier to follow. */
const usageScale = [
  { id: "jamais", label: "Non, jamais.", points: 0 },
  { id: "avec-aide", label: "Oui, avec de l’aide.", points: 1 },
  {
    id: "seul-parfois",
    label: "Oui, sans aide, mais pas toujours.",
    points: 2,
  },
  { id: "seul", label: "Oui, sans aide.", points: 3 },
];

/** The scale of the four prerequisites (seed 000): the two lowest answers reveal an obstacle. */
const ease = (obstacle: string) => [
  { id: "difficile", label: "Non, c’est difficile.", points: 0, obstacle },
  { id: "un-peu", label: "Un peu.", points: 1, obstacle },
  { id: "facile", label: "Oui, c’est facile.", points: 2 },
];

/** The 24 questions, grouped by domain, in the order the mediator asks them. */
export const QUESTIONS: Question[] = [
  {
    id: "appareil",
    domain: "equipement-acces",
    label: "Avez-vous un appareil pour aller sur internet ?",
    help: "Un téléphone, une tablette ou un ordinateur. Un appareil prêté compte comme « celui d’un proche ».",
    options: [
      { id: "aucun", label: "Non.", points: 0, obstacle: "sans-appareil" },
      {
        id: "celui-d-un-proche",
        label: "J’utilise celui d’un proche.",
        points: 1,
        obstacle: "sans-appareil",
      },
      { id: "telephone", label: "Oui, un téléphone.", points: 2 },
      {
        id: "ordinateur",
        label: "Oui, un ordinateur ou une tablette.",
        points: 3,
      },
    ],
  },
  {
    id: "connexion",
    domain: "equipement-acces",
    label: "Avez-vous internet chez vous ?",
    help: "Une box, ou assez de données sur le forfait du téléphone.",
    options: [
      { id: "non", label: "Non.", points: 0, obstacle: "sans-connexion" },
      {
        id: "pas-assez",
        label: "Oui, mais pas assez.",
        points: 1,
        obstacle: "sans-connexion",
      },
      { id: "oui", label: "Oui.", points: 2 },
    ],
  },
  {
    id: "adresse-mail",
    domain: "equipement-acces",
    label: "Avez-vous une adresse mail ?",
    options: [
      { id: "non", label: "Non.", points: 0, obstacle: "sans-adresse-mail" },
      {
        id: "mot-de-passe-perdu",
        label: "Oui, mais je ne sais plus l’ouvrir.",
        points: 1,
        obstacle: "sans-adresse-mail",
      },
      { id: "oui", label: "Oui, et je sais l’ouvrir.", points: 2 },
    ],
  },
  {
    id: "usage-telephone",
    domain: "equipement-acces",
    label: "À quoi vous sert votre téléphone ?",
    help: "Choisir la réponse la plus large.",
    options: [
      {
        id: "pas-de-telephone",
        label: "Je n’ai pas de téléphone.",
        points: 0,
      },
      { id: "appeler", label: "À appeler.", points: 1 },
      {
        id: "messages",
        label: "À appeler et à envoyer des messages.",
        points: 2,
      },
      {
        id: "applications",
        label: "Aussi à utiliser des applications.",
        points: 3,
      },
    ],
  },
  {
    id: "lecture",
    domain: "prerequis",
    label: "Lire un texte court, c’est facile pour vous ?",
    help: "Un repère sur un frein, pas un test : lire la question à voix haute si besoin.",
    options: ease("lecture"),
    sources: [PREREQUISITES_SOURCE],
  },
  {
    id: "langue-francaise",
    domain: "prerequis",
    label: "Parler français, c’est facile pour vous ?",
    options: ease("langue-francaise"),
    sources: [PREREQUISITES_SOURCE],
  },
  {
    id: "langage-administratif",
    domain: "prerequis",
    label: "Les courriers de l’administration, c’est facile à comprendre ?",
    help: "Par exemple un courrier de la CAF ou des impôts.",
    options: ease("langage-administratif"),
    sources: [PREREQUISITES_SOURCE],
  },
  {
    id: "outil-informatique",
    domain: "prerequis",
    label: "Utiliser un ordinateur, c’est facile pour vous ?",
    options: ease("outil-informatique"),
    sources: [PREREQUISITES_SOURCE],
  },
  {
    id: "allumer-appareil",
    domain: "prise-en-main",
    label: "Savez-vous allumer votre appareil ?",
    help: "L’allumer, puis le déverrouiller avec le code.",
    options: usageScale,
  },
  {
    id: "ecrire-clavier",
    domain: "prise-en-main",
    label: "Savez-vous écrire un mot avec le clavier ?",
    options: usageScale,
  },
  {
    id: "ouvrir-application",
    domain: "prise-en-main",
    label: "Savez-vous ouvrir une application ?",
    help: "Par exemple l’appareil photo ou WhatsApp.",
    options: usageScale,
  },
  {
    id: "aller-sur-un-site",
    domain: "navigation-recherche",
    label: "Savez-vous aller sur un site internet ?",
    options: usageScale,
  },
  {
    id: "chercher-information",
    domain: "navigation-recherche",
    label: "Savez-vous chercher une information sur internet ?",
    help: "Par exemple les horaires de la mairie.",
    options: usageScale,
  },
  {
    id: "retrouver-document",
    domain: "navigation-recherche",
    label: "Savez-vous retrouver un document téléchargé ?",
    options: usageScale,
  },
  {
    id: "lire-mail",
    domain: "communication",
    label: "Savez-vous lire vos mails ?",
    options: usageScale,
  },
  {
    id: "envoyer-piece-jointe",
    domain: "communication",
    label: "Savez-vous envoyer un document par mail ?",
    help: "Une pièce jointe : une photo, un fichier PDF.",
    options: usageScale,
  },
  {
    id: "envoyer-message",
    domain: "communication",
    label: "Savez-vous envoyer une photo par message ?",
    help: "Par SMS, WhatsApp ou une autre messagerie.",
    options: usageScale,
  },
  {
    id: "creer-compte",
    domain: "demarches-en-ligne",
    label: "Savez-vous créer un compte sur un site ?",
    help: "Par exemple sur le site de la CAF ou d’Ameli.",
    options: usageScale,
  },
  {
    id: "se-connecter",
    domain: "demarches-en-ligne",
    label: "Savez-vous entrer dans votre compte avec votre mot de passe ?",
    options: usageScale,
  },
  {
    id: "franceconnect",
    domain: "demarches-en-ligne",
    label: "Savez-vous utiliser FranceConnect ?",
    help: "FranceConnect ouvre un site public avec un compte que la personne a déjà (impots.gouv.fr, ameli.fr…).",
    options: usageScale,
  },
  {
    id: "envoyer-justificatif",
    domain: "demarches-en-ligne",
    label: "Savez-vous envoyer un papier sur un site ?",
    help: "Un justificatif : la photo ou le scan d’une pièce d’identité, d’une facture.",
    options: usageScale,
    sources: [
      {
        document: "hypra-2024",
        section: HYPRA_QUEL_INTERLOCUTEUR,
        quote: "Scanner les justificatifs",
      },
    ],
  },
  {
    id: "mot-de-passe",
    domain: "securite-donnees",
    label: "Savez-vous choisir un mot de passe solide ?",
    help: "Long, difficile à deviner, différent pour chaque site.",
    options: usageScale,
  },
  {
    id: "reconnaitre-arnaque",
    domain: "securite-donnees",
    label: "Savez-vous reconnaître un faux message ?",
    help: "Un message qui demande de l’argent ou un code, au nom de la banque ou d’Ameli.",
    options: usageScale,
  },
  {
    id: "donnees-personnelles",
    domain: "securite-donnees",
    label: "Savez-vous quelles informations garder pour vous ?",
    help: "Le numéro de carte bancaire, les codes, le numéro de sécurité sociale.",
    options: usageScale,
    sources: [
      {
        document: "hypra-2024",
        section: HYPRA_GUIDE_AUTONOMIE,
        quote: "protéger ses données personnelles",
      },
    ],
  },
];
