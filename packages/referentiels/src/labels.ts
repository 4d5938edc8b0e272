import type { ItemKind, ItemStatus, LinkRelation } from "./schema.js";

/*
 * French labels of the data's codes, for pages and exports. Types only from the schema: importing the
 * labels pulls no zod code and no référentiel data.
 */

/** The French name of each item kind: `type-action` → « Type d’action ». */
export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  principe: "Principe",
  projet: "Projet",
  dimension: "Dimension",
  "type-action": "Type d’action",
  "axe-usage": "Axe d’usage",
  definition: "Définition",
  perimetre: "Périmètre",
  contexte: "Contexte",
  "savoir-faire": "Savoir-faire",
  savoir: "Savoir",
  "savoir-etre": "Savoir-être",
  mission: "Mission",
  "competence-professionnelle": "Compétence professionnelle",
  activite: "Activité",
  pilier: "Pilier",
  "champ-competences": "Champ de compétences",
  etape: "Étape",
  engagement: "Engagement",
};

/** A short French name of each item status, for a badge. */
export const ITEM_STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  stable: "Texte de la source",
  reconstructed: "Texte reconstitué",
  incomplete: "Texte incomplet",
  withdrawn: "Item retiré",
};

/** One French sentence or two on what each status means for the reader. */
export const ITEM_STATUS_EXPLANATIONS: Readonly<Record<ItemStatus, string>> = {
  stable: "Le texte reprend la formulation de la source.",
  reconstructed:
    "L’extraction du document source a perdu des mots\u00A0: le texte a été complété, et le fragment d’origine est conservé ci-dessous.",
  incomplete:
    "La source a perdu des mots qui n’ont pas pu être rétablis\u00A0: le texte est donné tel quel, sans rien inventer.",
  withdrawn:
    "Cet item est retiré. Sa page reste en ligne pour que les citations restent valides.",
};

/** How a link reads from its source item (`out`) and from its target (`in`, the reverse direction). */
export const LINK_RELATION_LABELS: Readonly<
  Record<LinkRelation, { readonly out: string; readonly in: string }>
> = {
  serves: { out: "Cet item sert", in: "Cet item est servi par" },
  related: { out: "En lien avec", in: "En lien avec" },
};
