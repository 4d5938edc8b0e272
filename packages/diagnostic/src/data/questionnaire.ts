import type { Questionnaire } from "../schema/questionnaire.js";

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

const prerequisites = {
  source: "fcs93-2018",
  quote:
    "4 compétences sont nécessaires pour pouvoir effectuer des démarches en ligne: la maitrise de la lecture, de la langue française, du langage administratif, de l'outil informatique.",
};

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
        { source: "fcs93-2018", quote: "l'ouverture d'une adresse mail" },
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
      sources: [prerequisites],
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
      sources: [{ source: "hypra-2024", quote: "Scanner les justificatifs" }],
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
        { source: "hypra-2024", quote: "protéger ses données personnelles" },
      ],
    },
  ],
  obstacles: [
    {
      id: "lecture",
      label: "La lecture",
      description:
        "Lire est difficile pour le moment. Repère : préférer l’oral, les images et les pictogrammes.",
      sources: [prerequisites],
    },
    {
      id: "langue-francaise",
      label: "La langue française",
      description:
        "Le français n’est pas encore facile. Repère : des mots simples, une autre langue si possible.",
      sources: [prerequisites],
    },
    {
      id: "langage-administratif",
      label: "Le langage administratif",
      description:
        "Les mots de l’administration sont difficiles. Repère : expliquer les mots avant la démarche.",
      sources: [prerequisites],
    },
    {
      id: "outil-informatique",
      label: "L’outil informatique",
      description:
        "L’ordinateur n’est pas encore familier. Repère : commencer par la prise en main.",
      sources: [prerequisites],
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
        { source: "hypra-2024", quote: "Créer un compte mail si besoin" },
      ],
    },
  ],
  questions: [
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
      sources: [prerequisites],
    },
    {
      id: "langue-francaise",
      domain: "prerequis",
      label: "Parler français, c’est facile pour vous ?",
      options: ease("langue-francaise"),
      sources: [prerequisites],
    },
    {
      id: "langage-administratif",
      domain: "prerequis",
      label: "Les courriers de l’administration, c’est facile à comprendre ?",
      help: "Par exemple un courrier de la CAF ou des impôts.",
      options: ease("langage-administratif"),
      sources: [prerequisites],
    },
    {
      id: "outil-informatique",
      domain: "prerequis",
      label: "Utiliser un ordinateur, c’est facile pour vous ?",
      options: ease("outil-informatique"),
      sources: [prerequisites],
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
      sources: [{ source: "hypra-2024", quote: "Scanner les justificatifs" }],
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
        { source: "hypra-2024", quote: "protéger ses données personnelles" },
      ],
    },
  ],
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
      note: "Seed 004 : l’évaluation « n’est qu’un repère », pas « un outil de sanction » ; les besoins courants (justificatifs, compte mail, données personnelles).",
    },
    {
      id: "coop-mediation-numerique",
      title:
        "La Coop de la médiation numérique : compte rendu d’activité (champs autonomie et niveau d’atelier)",
      publisher: "ANCT, inclusion-numerique/coop-mediation-numerique",
      year: 2024,
      url: "https://github.com/inclusion-numerique/coop-mediation-numerique",
    },
  ],
};
