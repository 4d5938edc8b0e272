import { z } from "zod";

/** Error text for a string that is empty or only blanks. */
const notBlank = (what: string) => ({
  error: `${what} ne doit pas être vide.`,
});
const Text = (what: string) => z.string().regex(/\S/, notBlank(what));

/** A stable identifier: lowercase letters, digits and single hyphens (`diagnostic-2`). Never reused. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      "Un identifiant s’écrit en minuscules non accentuées, chiffres et tirets simples (ex. « diagnostic-2 »).",
  })
  .meta({
    id: "Id",
    description: "Identifiant stable : minuscules, chiffres et tirets.",
  });

/** A full item ID: `<référentiel id>/<local id>` (`fcs93-competences/diagnostic-2`). */
export const ItemRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      "Une référence d’item s’écrit « <id du référentiel>/<id local> » (ex. « fcs93-competences/diagnostic-2 »).",
  })
  .meta({
    id: "ItemRef",
    description: "Identifiant complet d’un item : <référentiel>/<item>.",
  });

/** A document the data comes from (one of the seeds, or a public text named in the data). */
export const SourceDocument = z
  .object({
    id: Id,
    title: Text("Le titre du document"),
    publisher: Text("L’éditeur du document"),
    year: z.int().min(1990).max(2100),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
        error: "La date s’écrit AAAA-MM ou AAAA-MM-JJ.",
      })
      .optional(),
    url: z.url().optional(),
    note: z.string().optional(),
  })
  .meta({
    id: "SourceDocument",
    description: "Un document source : titre, éditeur, année.",
  });

/** Where, in a source document, a piece of data comes from. */
export const SourceRef = z
  .object({
    document: Id.describe("Identifiant d’un document de `documents`."),
    section: Text("La section de la source"),
    quote: z
      .string()
      .optional()
      .describe("Courte citation exacte de la source."),
  })
  .meta({
    id: "SourceRef",
    description: "Document et section d’où vient la donnée.",
  });

/**
 * - `stable`: the source wording, as printed;
 * - `reconstructed`: the extraction lost words and the text was completed (the original fragment is kept);
 * - `incomplete`: the source lost words that could not be restored (the fragment is kept as is);
 * - `withdrawn`: kept for its permanent address, replaced by `replacedBy`.
 */
export const ItemStatus = z
  .enum(["stable", "reconstructed", "incomplete", "withdrawn"])
  .meta({
    id: "ItemStatus",
    description: "État de l’item au regard de sa source.",
  });

export const ItemKind = z
  .enum([
    "principe",
    "projet",
    "dimension",
    "type-action",
    "axe-usage",
    "definition",
    "perimetre",
    "contexte",
    "savoir-faire",
    "savoir",
    "savoir-etre",
    "mission",
    "competence-professionnelle",
    "activite",
    "pilier",
    "champ-competences",
  ])
  .meta({
    id: "ItemKind",
    description: "Nature de l’item (type d’action, savoir-faire, mission…).",
  });

/** `serves`: a competence serves an action type; `related`: the sources bring the two together. */
export const LinkRelation = z
  .enum(["serves", "related"])
  .meta({ id: "LinkRelation" });

export const Link = z
  .object({
    target: ItemRef,
    relation: LinkRelation,
    interpretation: z
      .boolean()
      .describe(
        "Vrai quand le lien est une lecture des sources et non un renvoi écrit dans la source.",
      ),
    note: z.string().optional(),
  })
  .meta({
    id: "Link",
    description: "Lien vers un autre item, avec son statut d’interprétation.",
  });

export const Group = z
  .object({
    id: Id,
    label: Text("Le libellé du groupe"),
    parent: Id.optional().describe(
      "Groupe parent (ex. une dimension contient des types d’action).",
    ),
    description: z.string().optional(),
  })
  .meta({
    id: "Group",
    description: "Domaine, dimension ou catégorie regroupant des items.",
  });

export const Item = z
  .object({
    id: Id.describe(
      "Identifiant local, unique dans le référentiel, jamais réutilisé.",
    ),
    kind: ItemKind,
    group: Id.optional(),
    label: Text("Le libellé de l’item"),
    text: Text("Le texte de l’item"),
    status: ItemStatus,
    sourceFragment: z
      .string()
      .optional()
      .describe(
        "Le fragment tel qu’extrait de la source, pour un item reconstitué ou incomplet.",
      ),
    note: z
      .string()
      .optional()
      .describe("Ce qui a été reconstitué ou ce qui manque, et pourquoi."),
    replacedBy: z
      .array(ItemRef)
      .optional()
      .describe("Pour un item retiré : ce qui le remplace."),
    source: SourceRef,
    links: z.array(Link).optional(),
  })
  .meta({ id: "Item", description: "Un item de référentiel." });

export const HistoryEntry = z
  .object({
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, {
      error: "La date s’écrit AAAA, AAAA-MM ou AAAA-MM-JJ.",
    }),
    event: Text("L’événement"),
    source: SourceRef.optional(),
  })
  .meta({ id: "HistoryEntry" });

export const Referentiel = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, {
      error: "La version suit semver : MAJEUR.MINEUR.CORRECTIF.",
    }),
    title: Text("Le titre du référentiel"),
    shortTitle: Text("Le titre court du référentiel"),
    description: Text("La description du référentiel"),
    publisher: Text("L’éditeur du référentiel"),
    year: z.int().min(1990).max(2100),
    language: z.literal("fr"),
    license: Text("La licence"),
    basis: z
      .string()
      .optional()
      .describe("Quelle version du texte source ces données suivent."),
    documents: z
      .array(SourceDocument)
      .min(1, { error: "Au moins un document source est requis." }),
    source: SourceRef,
    history: z.array(HistoryEntry).optional(),
    groups: z.array(Group),
    items: z
      .array(Item)
      .min(1, { error: "Un référentiel contient au moins un item." }),
  })
  .meta({
    id: "Referentiel",
    title: "Référentiel",
    description: "Un référentiel versionné à identifiants stables.",
  });

export type Id = z.infer<typeof Id>;
export type ItemRef = z.infer<typeof ItemRef>;
export type SourceDocument = z.infer<typeof SourceDocument>;
export type SourceRef = z.infer<typeof SourceRef>;
export type ItemStatus = z.infer<typeof ItemStatus>;
export type ItemKind = z.infer<typeof ItemKind>;
export type LinkRelation = z.infer<typeof LinkRelation>;
export type Link = z.infer<typeof Link>;
export type Group = z.infer<typeof Group>;
export type Item = z.infer<typeof Item>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type Referentiel = z.infer<typeof Referentiel>;
