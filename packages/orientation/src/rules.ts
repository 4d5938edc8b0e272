import { NATIONAL_SCHEMA_MAPPING } from "./national-mapping.js";
import { NeedId } from "./needs.js";
import * as passage from "./passages.js";
import type { RulesTable } from "./rule-schema.js";

const ALL_NEEDS = NeedId.options;

/**
 * The orientation rules. Data, not code: the engine only matches, ranks and picks the
 * first nearby actor. Exported as `rules.json` too (see data/). Adding a rule is a minor
 * release; changing what an ID means, or removing one, is a major one.
 *
 * Plain data, not parsed at load: a page that orients does not ship the `RulesTable`
 * schema. The tests parse it with `RulesTable` (every refinement included).
 */
export const RULES_TABLE: RulesTable = {
  version: 1,
  rules: [
    {
      id: "situation-sociale-complexe",
      kind: "answer",
      when: { needs: ["situation-sociale-complexe"] },
      recommend: [{ actor: "travail-social", mode: "faire-avec" }],
      priority: 100,
      reason:
        "Une situation sociale complexe relève d’un travailleur social : la médiation numérique ne se substitue pas au travail social, n’a pas l’expertise de ces situations et n’y protège pas la personne par le secret professionnel.",
      sources: [
        passage.DIRECTIONS_NO_SUBSTITUTION,
        passage.HYPRA_NI_TRAVAILLEUR_SOCIAL,
        passage.ANCT_TRAVAILLEURS_SOCIAUX,
      ],
    },
    {
      id: "demarche-urgente-avec-temps",
      kind: "answer",
      when: { needs: ["demarche-en-ligne"], urgent: true, hasTime: true },
      recommend: [{ actor: "mediation-numerique", mode: "faire-avec" }],
      priority: 70,
      reason:
        "La démarche est urgente mais la personne a du temps : le conseiller numérique la fait avec elle, pas à sa place, pour qu’elle sache la refaire seule.",
      sources: [
        passage.HYPRA_RSA_MEDIATION,
        passage.HYPRA_FAIRE_AVEC_NON_A_LA_PLACE,
        passage.HYPRA_CHARTE_JAMAIS_A_LA_PLACE,
      ],
    },
    {
      id: "demarche-urgente-sans-temps",
      kind: "answer",
      when: { needs: ["demarche-en-ligne"], urgent: true, hasTime: false },
      recommend: [
        { actor: "aidants-connect", mode: "faire-a-la-place" },
        { actor: "france-services", mode: "faire-a-la-place" },
      ],
      priority: 70,
      reason:
        "La démarche est urgente et la personne n’a pas le temps d’apprendre : la faire à sa place revient à un aidant professionnel formé pour être habilité Aidants Connect, ou à l’espace France Services, et non au conseiller numérique.",
      sources: [
        passage.ANCT_AIDANTS_CONNECT_FORMATION,
        passage.HYPRA_EFS_FAIRE_A_LA_PLACE,
        passage.HYPRA_RSA_ASSISTANAT,
        passage.HYPRA_FAIRE_AVEC_NON_A_LA_PLACE,
      ],
    },
    {
      id: "demarche-ants-france-services",
      kind: "answer",
      when: { needs: ["demarche-en-ligne"], procedures: ["ants"] },
      recommend: [
        { actor: "france-services", mode: "faire-avec" },
        { actor: "mediation-numerique", mode: "faire-avec" },
      ],
      priority: 60,
      reason:
        "Pour un compte sur le site de l’ANTS, l’agent d’accueil France Services, guichet unique des démarches, est l’interlocuteur indiqué.",
      sources: [
        passage.HYPRA_ANTS_FRANCE_SERVICES,
        passage.HYPRA_FAIRE_AVEC_NON_A_LA_PLACE,
      ],
    },
    {
      id: "adresse-mail-pour-apprendre",
      kind: "answer",
      when: { needs: ["creer-adresse-mail"], wantsToLearn: true },
      recommend: [{ actor: "mediation-numerique", mode: "apprendre" }],
      priority: 60,
      reason:
        "La personne veut apprendre : créer sa messagerie fait partie des premiers apprentissages du numérique, en atelier ou en accompagnement individuel.",
      sources: [
        passage.DIRECTIONS_APPRENTISSAGE,
        passage.HYPRA_ENVIE_D_APPRENDRE,
      ],
    },
    {
      id: "demarche-pour-apprendre",
      kind: "answer",
      when: { needs: ["demarche-en-ligne"], urgent: false, wantsToLearn: true },
      recommend: [{ actor: "mediation-numerique", mode: "faire-avec" }],
      priority: 50,
      reason:
        "La personne veut apprendre : le conseiller numérique l’accompagne pour qu’elle fasse la démarche elle-même, et non à sa place.",
      sources: [
        passage.HYPRA_FAIRE_AVEC_NON_A_LA_PLACE,
        passage.HYPRA_ASSISTANAT_VS_MEDIATION,
        passage.HYPRA_CHARTE_JAMAIS_A_LA_PLACE,
      ],
    },
    {
      id: "demarche-autonomie-partielle",
      kind: "answer",
      when: {
        needs: ["demarche-en-ligne"],
        urgent: false,
        wantsToLearn: false,
        autonomyAtLeast: "usage-partiel",
      },
      recommend: [{ actor: "mediation-numerique", mode: "faire-avec" }],
      priority: 50,
      reason:
        "La personne a déjà une part de l’autonomie nécessaire : le conseiller numérique la guide pour qu’elle fasse la démarche elle-même.",
      sources: [
        passage.ANCT_PASS_NUMERIQUE,
        passage.HYPRA_FAIRE_AVEC_NON_A_LA_PLACE,
        passage.HYPRA_CHARTE_JAMAIS_A_LA_PLACE,
      ],
    },
    {
      id: "demarche-faite-a-la-place",
      kind: "answer",
      when: {
        needs: ["demarche-en-ligne"],
        urgent: false,
        wantsToLearn: false,
      },
      recommend: [
        { actor: "france-services", mode: "faire-a-la-place" },
        { actor: "aidants-connect", mode: "faire-a-la-place" },
      ],
      priority: 40,
      reason:
        "La personne ne souhaite pas apprendre la démarche : la faire à sa place revient à l’espace France Services, et non au conseiller numérique, qui n’est pas un expert de l’accès aux droits.",
      sources: [
        passage.HYPRA_EFS_FAIRE_A_LA_PLACE,
        passage.HYPRA_FAIRE_AVEC_NON_A_LA_PLACE,
        passage.ANCT_AIDANTS_CONNECT_FORMATION,
      ],
    },
    {
      id: "apprendre-outils-numeriques",
      kind: "answer",
      when: { needs: ["apprendre-numerique"] },
      recommend: [{ actor: "mediation-numerique", mode: "apprendre" }],
      priority: 50,
      reason:
        "Apprendre à se servir des outils numériques est le cœur de métier du conseiller numérique, en atelier ou en accompagnement individuel.",
      sources: [
        passage.HYPRA_CONUM_APPRENTISSAGE,
        passage.HYPRA_ENVIE_D_APPRENDRE,
        passage.DIRECTIONS_APPRENTISSAGE,
      ],
    },
    {
      id: "recherche-emploi-france-travail",
      kind: "answer",
      when: { needs: ["recherche-emploi"] },
      recommend: [
        { actor: "france-travail", mode: "faire-avec" },
        { actor: "mediation-numerique", mode: "faire-avec" },
      ],
      priority: 50,
      reason:
        "Pour un CV et une candidature, l’agent d’accueil de l’agence France Travail proche est l’interlocuteur indiqué ; le médiateur numérique sait aussi accompagner la rédaction d’un CV en ligne.",
      sources: [
        passage.HYPRA_CV_FRANCE_TRAVAIL,
        passage.DIRECTIONS_APPRENTISSAGE,
      ],
    },
    {
      id: "justificatifs-et-adresse-mail-france-services",
      kind: "answer",
      when: { needs: ["numeriser-justificatifs", "creer-adresse-mail"] },
      recommend: [
        { actor: "france-services", mode: "faire-avec" },
        { actor: "mediation-numerique", mode: "faire-avec" },
      ],
      priority: 50,
      reason:
        "Numériser des justificatifs et créer une adresse électronique pour une démarche relèvent de l’espace France Services ou de la MSAP.",
      sources: [
        passage.HYPRA_EFS_JUSTIFICATIFS_MAIL,
        passage.DIRECTIONS_APPRENTISSAGE,
      ],
    },
    {
      id: "dossier-justificatif-formulaire-accueil-administration",
      kind: "answer",
      when: {
        needs: ["suivi-dossier", "obtenir-justificatifs", "remplir-formulaire"],
      },
      recommend: [
        { actor: "accueil-administration", mode: "faire-avec" },
        { actor: "france-services", mode: "faire-avec" },
      ],
      priority: 50,
      reason:
        "Suivre un dossier, obtenir un justificatif ou remplir un formulaire se fait avec l’accueil de l’organisme qui traite la démarche.",
      sources: [
        passage.HYPRA_ACCUEIL_ADMINISTRATIONS,
        passage.HYPRA_EFS_FAIRE_A_LA_PLACE,
      ],
    },
    {
      id: "equipement-lieu-de-mediation",
      kind: "answer",
      when: { needs: ["equipement"] },
      recommend: [{ actor: "mediation-numerique", mode: "faire-avec" }],
      priority: 50,
      reason:
        "Pour s’équiper ou trouver une connexion, le centre social et son lieu de médiation numérique sont un allié de proximité : accès libre, conseil sur un matériel adapté.",
      sources: [
        passage.FCS93_2023_SANS_EQUIPEMENT,
        passage.FCS93_ACCES_LIBRE,
        passage.HYPRA_CHARTE_EMANCIPER,
      ],
    },
    {
      id: "envie-d-apprendre",
      kind: "complement",
      when: {
        needs: ALL_NEEDS.filter(
          (need) => need !== "situation-sociale-complexe",
        ),
        wantsToLearn: true,
      },
      recommend: [{ actor: "mediation-numerique", mode: "apprendre" }],
      priority: 10,
      reason:
        "La personne veut apprendre à se débrouiller seule : le conseiller numérique lui propose un atelier ou un accompagnement individuel.",
      sources: [
        passage.HYPRA_ENVIE_D_APPRENDRE,
        passage.HYPRA_CONUM_APPRENTISSAGE,
      ],
    },
    {
      id: "accueil-et-orientation",
      kind: "answer",
      when: { needs: ALL_NEEDS },
      recommend: [{ actor: "mediation-numerique", mode: "faire-avec" }],
      priority: 0,
      reason:
        "Le conseiller numérique accueille la personne, identifie son besoin et sait vers qui la réorienter.",
      sources: [passage.HYPRA_SAVOIR_QUI_PEUT_AIDER],
    },
  ],
  nationalSchema: NATIONAL_SCHEMA_MAPPING,
};
