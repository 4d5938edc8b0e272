import type { CompetenceFramework } from "../schema/frameworks.js";

/** CRCN, the French digital competence framework assessed by Pix: 5 domains, 16 competences. */
export const CRCN = {
  id: "crcn",
  source: {
    id: "crcn",
    title:
      "Cadre de référence des compétences numériques (CRCN), annexe du décret n° 2019-919 du 30 août 2019",
    publisher: "Ministère de l’Éducation nationale ; Pix",
    year: 2019,
    note: "Le cadre que Pix évalue et certifie.",
  },
  areas: [
    {
      code: "1",
      label: "Information et données",
      competences: [
        {
          code: "1.1",
          label: "Mener une recherche et une veille d’information",
        },
        { code: "1.2", label: "Gérer des données" },
        { code: "1.3", label: "Traiter des données" },
      ],
    },
    {
      code: "2",
      label: "Communication et collaboration",
      competences: [
        { code: "2.1", label: "Interagir" },
        { code: "2.2", label: "Partager et publier" },
        { code: "2.3", label: "Collaborer" },
        { code: "2.4", label: "S’insérer dans le monde numérique" },
      ],
    },
    {
      code: "3",
      label: "Création de contenus",
      competences: [
        { code: "3.1", label: "Développer des documents textuels" },
        { code: "3.2", label: "Développer des documents multimédia" },
        { code: "3.3", label: "Adapter les documents à leur finalité" },
        { code: "3.4", label: "Programmer" },
      ],
    },
    {
      code: "4",
      label: "Protection et sécurité",
      competences: [
        { code: "4.1", label: "Sécuriser l’environnement numérique" },
        {
          code: "4.2",
          label: "Protéger les données personnelles et la vie privée",
        },
        {
          code: "4.3",
          label: "Protéger la santé, le bien-être et l’environnement",
        },
      ],
    },
    {
      code: "5",
      label: "Environnement numérique",
      competences: [
        { code: "5.1", label: "Résoudre des problèmes techniques" },
        { code: "5.2", label: "Évoluer dans un environnement numérique" },
      ],
    },
  ],
} as const satisfies CompetenceFramework;

/** DigComp 2.2, the European digital competence framework for citizens: 5 areas, 21 competences. */
export const DIGCOMP = {
  id: "digcomp-2-2",
  source: {
    id: "digcomp-2-2",
    title: "DigComp 2.2: The Digital Competence Framework for Citizens",
    publisher:
      "Joint Research Centre, European Commission (Vuorikari, Kluzer, Punie)",
    year: 2022,
    note: "Publications Office of the European Union, Luxembourg, doi:10.2760/115376, JRC128415.",
  },
  areas: [
    {
      code: "1",
      label: "Information and data literacy",
      competences: [
        {
          code: "1.1",
          label:
            "Browsing, searching and filtering data, information and digital content",
        },
        {
          code: "1.2",
          label: "Evaluating data, information and digital content",
        },
        {
          code: "1.3",
          label: "Managing data, information and digital content",
        },
      ],
    },
    {
      code: "2",
      label: "Communication and collaboration",
      competences: [
        { code: "2.1", label: "Interacting through digital technologies" },
        { code: "2.2", label: "Sharing through digital technologies" },
        {
          code: "2.3",
          label: "Engaging in citizenship through digital technologies",
        },
        { code: "2.4", label: "Collaborating through digital technologies" },
        { code: "2.5", label: "Netiquette" },
        { code: "2.6", label: "Managing digital identity" },
      ],
    },
    {
      code: "3",
      label: "Digital content creation",
      competences: [
        { code: "3.1", label: "Developing digital content" },
        {
          code: "3.2",
          label: "Integrating and re-elaborating digital content",
        },
        { code: "3.3", label: "Copyright and licences" },
        { code: "3.4", label: "Programming" },
      ],
    },
    {
      code: "4",
      label: "Safety",
      competences: [
        { code: "4.1", label: "Protecting devices" },
        { code: "4.2", label: "Protecting personal data and privacy" },
        { code: "4.3", label: "Protecting health and well-being" },
        { code: "4.4", label: "Protecting the environment" },
      ],
    },
    {
      code: "5",
      label: "Problem solving",
      competences: [
        { code: "5.1", label: "Solving technical problems" },
        { code: "5.2", label: "Identifying needs and technological responses" },
        { code: "5.3", label: "Creatively using digital technologies" },
        { code: "5.4", label: "Identifying digital competence gaps" },
      ],
    },
  ],
} as const satisfies CompetenceFramework;
