import type { SourceRef } from "@mediation-numerique/core";

/*
 * The seed passages the rules and the intervention table cite. Quotes keep the source's
 * words (apostrophes and quotation marks made typographic); "[…]" marks a cut, " – " joins
 * the lines of one table column (a test checks every piece against the seeds).
 *
 * Most of seed 004's quiz answers lost their tick marks in the extraction (the « apprendre
 * à utiliser l’ordinateur » quiz keeps one): a passage that takes an unticked option as the
 * answer says so in its `interpretation`.
 */

/** The note of a quiz passage whose answer the extraction lost. */
const untickedAnswer = (answer: string) =>
  `Les réponses de ce quiz ont perdu leur coche à l’extraction\u00A0: ${answer} est la lecture du projet.`;

const HYPRA_ORIENTATION_QUIZ =
  "TEMPS 2 – Connaître son champ d’intervention et son écosystème (quiz « Vers qui l’orientez-vous ? »)";
const HYPRA_URGENCE_QUIZ =
  "TEMPS 3 – Comment passer d’une médiation sociale d’urgence à une médiation numérique (quiz Formation / Assistanat / Médiation)";
const HYPRA_CHARTE_EMANCIPER_SECTION =
  "La charte de la médiation numérique Hypra – 2 ÉMANCIPER";
const HYPRA_QUEL_INTERLOCUTEUR =
  "TEMPS 3 – Savoir vers qui réorienter (Temps III – Activité 1 – Quel interlocuteur pour quel besoin)";

export const HYPRA_CONUM_APPRENTISSAGE = {
  document: "hypra-2024",
  section: HYPRA_QUEL_INTERLOCUTEUR,
  quote: "CoNum – Accompagner dans l’apprentissage des outils numériques ✓",
} as const satisfies SourceRef;

export const HYPRA_EFS_JUSTIFICATIFS_MAIL = {
  document: "hypra-2024",
  section: HYPRA_QUEL_INTERLOCUTEUR,
  quote:
    "EFS ou MSAP – Scanner les justificatifs ✓ – Créer un compte mail si besoin ✓",
} as const satisfies SourceRef;

export const HYPRA_EFS_FAIRE_A_LA_PLACE = {
  document: "hypra-2024",
  section: HYPRA_QUEL_INTERLOCUTEUR,
  quote:
    "EFS ou MSAP – “Faire à la place de” pour les démarches administratives en ligne ✓ – Lien avec les administrations ✓",
} as const satisfies SourceRef;

export const HYPRA_ACCUEIL_ADMINISTRATIONS = {
  document: "hypra-2024",
  section: HYPRA_QUEL_INTERLOCUTEUR,
  quote:
    "Accueil des administrations – Suivi des dossiers et demandes ✓ – Aide à l’obtention des justificatifs ✓ – Aide pour remplir le formulaire ✓",
} as const satisfies SourceRef;

export const HYPRA_SAVOIR_QUI_PEUT_AIDER = {
  document: "hypra-2024",
  section: "TEMPS 3 – Savoir vers qui réorienter (Que retenir ?)",
  quote:
    "savoir qui peut aider les usagers sur les sujets qui n’en relèvent pas",
} as const satisfies SourceRef;

export const HYPRA_CV_FRANCE_TRAVAIL = {
  document: "hypra-2024",
  section: HYPRA_ORIENTATION_QUIZ,
  quote:
    "Un usager vient vous voir pour faire un cv et postuler à une offre d’emploi. Une agence France Travail est présente près de votre structure. […] l’agent d’accueil de France Travail",
  interpretation: untickedAnswer(
    "retenir «\u00A0l’agent d’accueil de France Travail\u00A0» parmi les quatre propositions",
  ),
} as const satisfies SourceRef;

export const HYPRA_ANTS_FRANCE_SERVICES = {
  document: "hypra-2024",
  section: HYPRA_ORIENTATION_QUIZ,
  quote:
    "Un usager doit créer un compte sur le site de l’agence nationale des titres sécurisés. […] Il y a un espace France Services dans la commune. Qui peut l’aider\u202F? […] l’agent d’accueil France services ou MSAP chargé d’accompagner les usagers dans le cadre d’une “marche de guichet unique”",
  interpretation: untickedAnswer(
    "retenir «\u00A0l’agent d’accueil France services ou MSAP\u00A0» parmi les quatre propositions",
  ),
} as const satisfies SourceRef;

export const HYPRA_ENVIE_D_APPRENDRE = {
  document: "hypra-2024",
  section: HYPRA_ORIENTATION_QUIZ,
  quote:
    "L’usager exprime alors son envie d’apprendre à utiliser l’ordinateur pour se débrouiller seul. […] vous, c’est purement dans le champs de la médiation numérique ✓",
} as const satisfies SourceRef;

export const HYPRA_FAIRE_AVEC_NON_A_LA_PLACE = {
  document: "hypra-2024",
  section:
    "TEMPS 2 – Directives de l’ANCT sur le rôle du CoNum dans la réalisation des démarches administratives",
  quote:
    "le CnFS doit faire avec et non à la place de puisqu’il n’est en aucun cas expert de l’accès aux droits",
} as const satisfies SourceRef;

export const HYPRA_RSA_ASSISTANAT = {
  document: "hypra-2024",
  section: HYPRA_URGENCE_QUIZ,
  quote:
    "compte tenu de l’urgence, vous lâchez tout ce que vous étiez en train de faire et réalisez la déclaration de ressources vous-même.",
  interpretation: untickedAnswer(
    "lire ce cas comme de l’assistanat, parmi «\u00A0Formation\u00A0», «\u00A0Assistanat\u00A0» et «\u00A0Médiation\u00A0»,",
  ),
} as const satisfies SourceRef;

export const HYPRA_RSA_MEDIATION = {
  document: "hypra-2024",
  section: HYPRA_URGENCE_QUIZ,
  quote:
    "Vous prenez soin de lui demander s’il a du temps devant lui\u00A0: il vous répond que oui. […] il réalise sa démarche seul sous votre guidance.",
  interpretation: untickedAnswer(
    "lire ce cas comme de la médiation, parmi «\u00A0Formation\u00A0», «\u00A0Assistanat\u00A0» et «\u00A0Médiation\u00A0»,",
  ),
} as const satisfies SourceRef;

export const HYPRA_CV_FORMATION = {
  document: "hypra-2024",
  section: HYPRA_URGENCE_QUIZ,
  quote:
    "vous l’invitez à réaliser la mise en forme pendant que vous prenez une quinzaine de minutes pour faire votre pause café",
  interpretation: untickedAnswer(
    "lire ce cas comme de la formation, parmi «\u00A0Formation\u00A0», «\u00A0Médiation\u00A0» et «\u00A0Assistanat\u00A0»,",
  ),
} as const satisfies SourceRef;

export const HYPRA_ASSISTANAT_VS_MEDIATION = {
  document: "hypra-2024",
  section: "TEMPS 2 – Accompagnement vs médiation, social vs numérique (quiz)",
  quote:
    "non pas à «\u00A0faire à la place de...\u00A0», mais à «\u00A0apprendre à faire...\u00A0» […] la première = assistanat / la seconde = médiation numérique",
  interpretation: untickedAnswer(
    "retenir «\u00A0la première = assistanat / la seconde = médiation numérique\u00A0» parmi les sept propositions",
  ),
} as const satisfies SourceRef;

export const HYPRA_DEFINITION_FORMATION = {
  document: "hypra-2024",
  section: "TEMPS 1 – Plusieurs définitions sont présentées (QCU)",
  quote:
    "Action de donner à quelqu’un, à un groupe, les connaissances nécessaires à l’exercice d’une activité.",
  interpretation: untickedAnswer(
    "rattacher cette définition à «\u00A0formation\u00A0», parmi «\u00A0médiation\u00A0», «\u00A0formation\u00A0», «\u00A0enseignement\u00A0» et «\u00A0éducation\u00A0»,",
  ),
} as const satisfies SourceRef;

export const HYPRA_NI_TRAVAILLEUR_SOCIAL = {
  document: "hypra-2024",
  section:
    "TEMPS 2 – Le lien ambigu entre médiation sociale et médiation numérique",
  quote:
    "Un.e médiateur.trice numérique n’est ni un.e “travailleur.euse social.e du numérique”, ni un “accompagnant/aidant dans les démarches administratives en ligne”",
} as const satisfies SourceRef;

export const HYPRA_CHARTE_EMANCIPER = {
  document: "hypra-2024",
  section: HYPRA_CHARTE_EMANCIPER_SECTION,
  quote:
    "former et orienter sur les matériels et les logiciels les plus capacitants",
} as const satisfies SourceRef;

export const HYPRA_CHARTE_JAMAIS_A_LA_PLACE = {
  document: "hypra-2024",
  section: HYPRA_CHARTE_EMANCIPER_SECTION,
  quote:
    "✗ L’émancipation signifie ne jamais faire à la place de la personne, sauf en cas de fausse manœuvre.",
  interpretation:
    "Dans l’extraction, cette phrase porte une croix (✗) et les deux suivantes une coche (✓)\u00A0: le projet lit la croix comme le signe de l’interdit énoncé, non comme une phrase que la charte réfute.",
} as const satisfies SourceRef;

export const DIRECTIONS_NO_SUBSTITUTION = {
  document: "directions-2017",
  section: "… à l’innovation sociale",
  quote:
    "Nous ne nous substituons pas aux travailleurs sociaux. Nous n’avons pas l’expertise pour résoudre des problématiques complexes. Nous orientons les personnes nécessitant une prise en charge vers les acteurs spécialisés […] D’autant que dans ce cadre, elles ne sont pas protégées par le secret professionnel.",
} as const satisfies SourceRef;

export const DIRECTIONS_APPRENTISSAGE = {
  document: "directions-2017",
  section: "De l’apprentissage…",
  quote:
    "Découverte de la bureautique, navigation sur le Web, création d’une messagerie, rédaction d’un CV en ligne",
} as const satisfies SourceRef;

export const ANCT_AIDANTS_CONNECT_FORMATION = {
  document: "anct-2021",
  section: "Mesures lancées",
  quote:
    "Former les aidants aux enjeux liés à la manipulation de données personnelles d’usagers et plus largement aux enjeux liés à l’application du Règlement général sur la protection des données (RGPD) lorsqu’ils sont en posture de «\u00A0faire à la place de\u00A0». Financement par l’ANCT d’une formation obligatoire aux 20\u00A0000 aidants professionnels souhaitant être habilités Aidants Connect",
} as const satisfies SourceRef;

/** Cited for the `usage-partiel` threshold, which is the project's choice (see its note). */
export const ANCT_PASS_NUMERIQUE = {
  document: "anct-2021",
  section: "Principes du plan d’actions, point 2 (Pass numérique)",
  quote:
    "diagnostiquer le niveau d’autonomie numérique des personnes et à les orienter vers le réseau des structures de médiation numérique labellisées",
  interpretation:
    "Le seuil «\u00A0usage partiel\u00A0» du diagnostic, à partir duquel la personne est guidée plutôt que la démarche faite à sa place, est un choix du projet\u00A0: aucun document source ne fixe ce niveau.",
} as const satisfies SourceRef;

export const ANCT_TRAVAILLEURS_SOCIAUX = {
  document: "anct-2021",
  section: "Les travailleurs sociaux",
  quote:
    "Le coeur de métier des travailleurs sociaux est d’accompagner les publics en difficulté vers leur autonomie sociale",
} as const satisfies SourceRef;

export const FCS93_ACCES_LIBRE = {
  document: "fcs93-2018",
  section: "Un accès libre encadré et généralisé",
  quote: "95% des centres déclarent avoir un espace en accès libre",
} as const satisfies SourceRef;

/*
 * What the resident's sheet tells her to bring (resident-sheet-bring.ts). No seed lists what to
 * bring: each passage says what a need or a mode involves, and the step from there to « bring
 * this » is the project's reading, said in its `interpretation`.
 */

export const HYPRA_CHARTE_MATERIEL_PROPRE = {
  document: "hypra-2024",
  section: HYPRA_CHARTE_EMANCIPER_SECTION,
  quote:
    "Cela passe par des dispositifs d’inclusion numérique qui intègrent et prévoient un temps de pratique individuelle sur un matériel propre à la personne de façon à ancrer les apprentissages.",
  interpretation:
    "La charte prévoit une pratique sur le matériel de la personne pour ancrer les apprentissages\u202F; lui demander d’apporter son appareil quand elle vient apprendre est la lecture du projet.",
} as const satisfies SourceRef;

export const HYPRA_RSA_S_IDENTIFIER = {
  document: "hypra-2024",
  section: HYPRA_URGENCE_QUIZ,
  quote:
    "vous lui expliquez les principes de fonctionnement d’un site web administratif où il faut s’identifier pour accéder à son compte.",
  interpretation:
    "Le cas dit qu’un site administratif demande de s’identifier pour accéder à son compte\u202F; en déduire que la personne vient avec son identifiant et son mot de passe est la lecture du projet.",
} as const satisfies SourceRef;

export const HYPRA_EFS_SCANNER_JUSTIFICATIFS = {
  document: "hypra-2024",
  section: HYPRA_QUEL_INTERLOCUTEUR,
  quote: "EFS ou MSAP – Scanner les justificatifs ✓",
  interpretation:
    "Le tableau range le scan des justificatifs parmi les aides aux démarches\u202F; en déduire que la personne apporte les papiers à scanner est la lecture du projet.",
} as const satisfies SourceRef;

export const FCS93_2023_SANS_EQUIPEMENT = {
  document: "fcs93-info-fd-39-2023",
  section:
    "Texte d’ouverture du numéro (avant «\u00A0Vous avez dit numérique\u202F?\u00A0»)",
  quote:
    "Que faire lorsqu’on n’a pas de smartphone\u202F? Lorsqu’on n’a pas de connexion à internet\u202F? Lorsque le matériel fonctionne mal\u202F? […] Pour les personnes faisant face à ces difficultés, le centre social, lieu de proximité par essence, est un allié et un interlocuteur privilégié.",
} as const satisfies SourceRef;
