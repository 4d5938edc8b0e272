import type {
  ItemKind,
  ItemStatus,
  LinkRelation,
} from "@mediation-numerique/referentiels";

/** French labels of the data's codes: presentation only. */
export const KIND_LABELS: Record<ItemKind, string> = {
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
};

export const STATUS_LABELS: Record<ItemStatus, string> = {
  stable: "Texte de la source",
  reconstructed: "Texte reconstitué",
  incomplete: "Texte incomplet",
  withdrawn: "Item retiré",
};

export const STATUS_EXPLANATIONS: Record<ItemStatus, string> = {
  stable: "Le texte reprend la formulation de la source.",
  reconstructed:
    "L’extraction du document source a perdu des mots : le texte a été complété, et le fragment d’origine est conservé ci-dessous.",
  incomplete:
    "La source a perdu des mots qui n’ont pas pu être rétablis : le texte est donné tel quel, sans rien inventer.",
  withdrawn:
    "Cet item est retiré. Sa page reste en ligne pour que les citations restent valides.",
};

/** How a link reads from its source item (`serves`) and from its target (the reverse direction). */
export const RELATION_LABELS: Record<
  LinkRelation,
  { out: string; in: string }
> = {
  serves: { out: "Cet item sert", in: "Cet item est servi par" },
  related: { out: "En lien avec", in: "En lien avec" },
};
