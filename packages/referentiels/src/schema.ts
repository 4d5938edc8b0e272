import * as z from "zod/mini";

/** Error text for a string that is empty or only blanks. */
const notBlank = (what: string) => ({
  error: `${what} ne doit pas être vide.`,
});
const Text = (what: string) => z.string().check(z.regex(/\S/, notBlank(what)));

/** A stable identifier: lowercase letters, digits and single hyphens (`diagnostic-2`). Never reused. */
export const Id = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error:
        "Un identifiant s’écrit en minuscules non accentuées, chiffres et tirets simples (ex. «\u00A0diagnostic-2\u00A0»).",
    }),
  )
  .register(z.globalRegistry, {
    id: "Id",
    description: "Identifiant stable\u00A0: minuscules, chiffres et tirets.",
  });

/**
 * A copy of `Id` with its own description (what classic zod's `.describe()` did): the copy keeps `Id`
 * as parent, so the JSON Schema still points to `#/$defs/Id` and adds the description next to it.
 */
const describedId = (description: string) =>
  Id.clone().register(z.globalRegistry, { description });

/** A full item ID: `<référentiel id>/<local id>` (`fcs93-competences/diagnostic-2`). */
export const ItemRef = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error:
        "Une référence d’item s’écrit «\u00A0<id du référentiel>/<id local>\u00A0» (ex. «\u00A0fcs93-competences/diagnostic-2\u00A0»).",
    }),
  )
  .register(z.globalRegistry, {
    id: "ItemRef",
    description: "Identifiant complet d’un item\u00A0: <référentiel>/<item>.",
  });

/** A document the data comes from (one of the seeds, or a public text named in the data). */
export const SourceDocument = z
  .object({
    id: Id,
    title: Text("Le titre du document"),
    publisher: Text("L’éditeur du document"),
    year: z.int().check(z.minimum(1990), z.maximum(2100)),
    date: z.optional(
      z.string().check(
        z.regex(/^\d{4}-\d{2}(-\d{2})?$/, {
          error: "La date s’écrit AAAA-MM ou AAAA-MM-JJ.",
        }),
      ),
    ),
    url: z.optional(z.url()),
    note: z.optional(z.string()),
  })
  .register(z.globalRegistry, {
    id: "SourceDocument",
    description: "Un document source\u00A0: titre, éditeur, année.",
  });

/** Where, in a source document, a piece of data comes from. */
export const SourceRef = z
  .object({
    document: describedId("Identifiant d’un document de `documents`."),
    section: Text("La section de la source"),
    quote: z.optional(z.string()).register(z.globalRegistry, {
      description: "Courte citation exacte de la source.",
    }),
  })
  .register(z.globalRegistry, {
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
  .register(z.globalRegistry, {
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
    "etape",
    "engagement",
  ])
  .register(z.globalRegistry, {
    id: "ItemKind",
    description:
      "Nature de l’item (type d’action, savoir-faire, mission, étape, engagement…).",
  });

/** `serves`: a competence serves an action type; `related`: the sources bring the two together. */
export const LinkRelation = z
  .enum(["serves", "related"])
  .register(z.globalRegistry, { id: "LinkRelation" });

export const Link = z
  .object({
    target: ItemRef,
    relation: LinkRelation,
    interpretation: z.boolean().register(z.globalRegistry, {
      description:
        "Vrai quand le lien est une lecture des sources et non un renvoi écrit dans la source.",
    }),
    note: z.optional(z.string()),
  })
  .register(z.globalRegistry, {
    id: "Link",
    description: "Lien vers un autre item, avec son statut d’interprétation.",
  });

export const Group = z
  .object({
    id: Id,
    label: Text("Le libellé du groupe"),
    parent: z.optional(Id).register(z.globalRegistry, {
      description:
        "Groupe parent (ex. une dimension contient des types d’action).",
    }),
    description: z.optional(z.string()),
  })
  .register(z.globalRegistry, {
    id: "Group",
    description: "Domaine, dimension ou catégorie regroupant des items.",
  });

export const Item = z
  .object({
    id: describedId(
      "Identifiant local, unique dans le référentiel, jamais réutilisé.",
    ),
    kind: ItemKind,
    group: z.optional(Id),
    label: Text("Le libellé de l’item"),
    text: Text("Le texte de l’item"),
    status: ItemStatus,
    sourceFragment: z.optional(z.string()).register(z.globalRegistry, {
      description:
        "Le fragment tel qu’extrait de la source, pour un item reconstitué ou incomplet.",
    }),
    note: z.optional(z.string()).register(z.globalRegistry, {
      description: "Ce qui a été reconstitué ou ce qui manque, et pourquoi.",
    }),
    replacedBy: z.optional(z.array(ItemRef)).register(z.globalRegistry, {
      description: "Pour un item retiré\u00A0: ce qui le remplace.",
    }),
    source: SourceRef,
    links: z.optional(z.array(Link)),
  })
  .register(z.globalRegistry, {
    id: "Item",
    description: "Un item de référentiel.",
  });

export const HistoryEntry = z
  .object({
    date: z.string().check(
      z.regex(/^\d{4}(-\d{2}){0,2}$/, {
        error: "La date s’écrit AAAA, AAAA-MM ou AAAA-MM-JJ.",
      }),
    ),
    event: Text("L’événement"),
    source: z.optional(SourceRef),
  })
  .register(z.globalRegistry, { id: "HistoryEntry" });

export const Referentiel = z
  .object({
    $schema: z.optional(z.string()),
    id: Id,
    version: z.string().check(
      z.regex(/^\d+\.\d+\.\d+$/, {
        error: "La version suit semver\u00A0: MAJEUR.MINEUR.CORRECTIF.",
      }),
    ),
    title: Text("Le titre du référentiel"),
    shortTitle: Text("Le titre court du référentiel"),
    description: Text("La description du référentiel"),
    publisher: Text("L’éditeur du référentiel"),
    year: z.int().check(z.minimum(1990), z.maximum(2100)),
    language: z.literal("fr"),
    license: Text("La licence"),
    basis: z.optional(z.string()).register(z.globalRegistry, {
      description: "Quelle version du texte source ces données suivent.",
    }),
    documents: z
      .array(SourceDocument)
      .check(
        z.minLength(1, { error: "Au moins un document source est requis." }),
      ),
    source: SourceRef,
    history: z.optional(z.array(HistoryEntry)),
    groups: z.array(Group),
    items: z
      .array(Item)
      .check(
        z.minLength(1, { error: "Un référentiel contient au moins un item." }),
      ),
  })
  .register(z.globalRegistry, {
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
