import type { SourceDocument, SourceRef } from "@mediation-numerique/core";
import type {
  CoopAutonomie,
  CoopMateriel,
  CoopWorkshopLevel,
} from "../schema/coop.js";

/*
 * Plain literals only (no call, no spread at the top level), so that a bundle that does not use
 * them drops them: `score` shares this package's one dist module.
 *
 * La Coop de la médiation numérique, the tool in which mediators write their activity reports
 * (compte rendu d’activité, CRA): its values and the labels its form shows, copied as exact
 * strings from its public source, repository inclusion-numerique/coop-mediation-numerique,
 * at the commit below.
 */

/** The commit of La Coop’s repository the values and labels were copied from (2026-06-30). */
export const COOP_COMMIT = "46aa33bdf21c42c2d5bbb2913f5c453cca5a9542";

/** La Coop’s repository, as a source document (the questionnaire’s sources list it too). */
export const COOP_DOCUMENT = {
  id: "coop-mediation-numerique",
  title:
    "La Coop de la médiation numérique\u00A0: compte rendu d’activité (CRA)",
  publisher: "ANCT, inclusion-numerique/coop-mediation-numerique",
  year: 2024,
  url: "https://github.com/inclusion-numerique/coop-mediation-numerique",
  note: "Valeurs et libellés du formulaire du CRA, dans apps/web/src/features/activites/use-cases/cra/ et apps/web/prisma/schema.prisma, commit 46aa33bdf21c42c2d5bbb2913f5c453cca5a9542.",
} as const satisfies SourceDocument;

/** Where La Coop’s activity-report code lives in its repository. */
export const COOP_CRA_PATH = "apps/web/src/features/activites/use-cases/cra";

/** `autonomieLabels` (autonomie.ts): what La Coop’s form shows for each `autonomie` value. */
export const COOP_AUTONOMIE_LABELS = {
  entierement_accompagne: "Avec guidage",
  partiellement_autonome: "Autonome avec guidage en cas de besoin",
  autonome: "Autonome",
} as const satisfies Record<CoopAutonomie, string>;

/** `materielLabels` (materiel.ts): what La Coop’s form shows for each `materiel` value. */
export const COOP_MATERIEL_LABELS = {
  ordinateur: "Ordinateur",
  telephone: "Téléphone",
  tablette: "Tablette",
  autre: "Autre",
  aucun: "Pas de matériel",
} as const satisfies Record<CoopMateriel, string>;

/** `niveauAtelierLabels` (niveau-atelier.ts): what La Coop’s form shows for each workshop `niveau`. */
export const COOP_WORKSHOP_LEVEL_LABELS = {
  debutant: "Débutant",
  intermediaire: "Intermédiaire",
  avance: "Avancé",
} as const satisfies Record<CoopWorkshopLevel, string>;

/** The legends of La Coop’s form for the fields the diagnostic fills. */
export const COOP_DIAGNOSTIC_FIELD_LABELS = {
  autonomie: "Niveau d’autonomie du bénéficiaire",
  materiel: "Matériel numérique utilisé",
  niveauAtelier: "Niveau de l’atelier",
} as const;

/** Where each field’s values, labels and legend come from in La Coop’s source. */
export const COOP_DIAGNOSTIC_SOURCES = {
  autonomie: {
    document: "coop-mediation-numerique",
    section:
      "apps/web/src/features/activites/use-cases/cra/individuel/fields/autonomie.ts (autonomieLabels, autonomieApiValues) et individuel/components/fields/AutonomieBeneficiaireField.tsx (legend), commit 46aa33bdf21c42c2d5bbb2913f5c453cca5a9542",
    quote: "PartiellementAutonome: 'Autonome avec guidage en cas de besoin'",
  },
  materiel: {
    document: "coop-mediation-numerique",
    section:
      "apps/web/src/features/activites/use-cases/cra/fields/materiel.ts (materielLabels, materielApiValues) et components/fields/MaterielField.tsx (legend), commit 46aa33bdf21c42c2d5bbb2913f5c453cca5a9542",
    quote: "Aucun: 'Pas de matériel'",
  },
  niveauAtelier: {
    document: "coop-mediation-numerique",
    section:
      "apps/web/src/features/activites/use-cases/cra/collectif/fields/niveau-atelier.ts (niveauAtelierLabels, niveauAtelierApiValues) et collectif/components/fields/NiveauAtelierField.tsx (legend), commit 46aa33bdf21c42c2d5bbb2913f5c453cca5a9542",
    quote: "Intermediaire: 'Intermédiaire'",
  },
} as const satisfies Record<
  keyof typeof COOP_DIAGNOSTIC_FIELD_LABELS,
  SourceRef
>;

/**
 * The diagnostic’s question « appareil » (the person’s own device) → La Coop’s `materiel`
 * values it may stand for: a proposal the mediator confirms, see `COOP_MATERIEL_READING`.
 */
export const COOP_MATERIEL_BY_DEVICE = {
  aucun: [],
  "celui-d-un-proche": [],
  telephone: ["telephone"],
  ordinateur: ["ordinateur", "tablette"],
} as const satisfies Record<string, readonly CoopMateriel[]>;

/** The question whose answer `COOP_MATERIEL_BY_DEVICE` reads. */
export const COOP_DEVICE_QUESTION = "appareil";

/** Our reading behind `COOP_MATERIEL_BY_DEVICE`: La Coop does not say it. */
export const COOP_MATERIEL_READING: SourceRef = {
  document: "coop-mediation-numerique",
  section:
    "apps/web/src/features/activites/use-cases/cra/fields/materiel.ts (materielLabels, materielApiValues), commit 46aa33bdf21c42c2d5bbb2913f5c453cca5a9542",
  quote: "Aucun: 'Pas de matériel'",
  interpretation:
    "Le CRA demande le matériel utilisé pendant l’accompagnement, le diagnostic l’appareil de la personne. Le projet propose les valeurs de cet appareil, à confirmer par le ou la médiateur·trice. «\u00A0Oui, un ordinateur ou une tablette.\u00A0» propose Ordinateur ou Tablette. «\u00A0Non.\u00A0» et «\u00A0J’utilise celui d’un proche.\u00A0» ne disent ni le type d’appareil ni le matériel de la séance\u00A0: aucune valeur, jamais «\u00A0Pas de matériel\u00A0».",
};
