import * as z from "zod/mini";
import {
  MAX_ID_LENGTH,
  NonBlank,
  SemVer,
  SourceDocument,
  SourceRef,
  STABLE_ID_PATTERN,
  StableId,
} from "@mediation-numerique/core";

/*
 * The référentiel format. Stable IDs, versions, source documents and source references are core’s
 * (`@mediation-numerique/core`), shared by every package; what is proper to référentiels is here.
 */
export { SourceDocument, SourceRef } from "@mediation-numerique/core";

/** A stable identifier (`diagnostic-2`): core’s `StableId`, under the name this package has always used. */
export const Id = StableId;
export type Id = StableId;

/**
 * A copy of `Id` with its own description (what classic zod's `.describe()` did): the copy keeps `Id`
 * as parent, so the JSON Schema still points to its definition and adds the description next to it.
 */
const describedId = (description: string) =>
  Id.clone().register(z.globalRegistry, { description });

/** `<référentiel id>/<local id>`, each part a stable ID. */
const itemRefPattern = (): RegExp => {
  const part = STABLE_ID_PATTERN.source.replace(/^\^|\$$/g, "");
  return new RegExp(`^${part}/${part}$`);
};

/** A full item ID: `<référentiel id>/<local id>` (`fcs93-competences/diagnostic-2`). */
export const ItemRef = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(2 * MAX_ID_LENGTH + 1),
    z.regex(/* @__PURE__ */ itemRefPattern(), {
      error:
        "Une référence d’item s’écrit «\u00A0<id du référentiel>/<id local>\u00A0» (ex. «\u00A0fcs93-competences/diagnostic-2\u00A0»).",
    }),
  )
  .register(z.globalRegistry, {
    id: "mn.referentiels.ItemRef",
    description: "Identifiant complet d’un item\u00A0: <référentiel>/<item>.",
  });

/**
 * - `stable`: the source wording, as printed;
 * - `reconstructed`: the extraction lost words and the text was completed (the original fragment is kept);
 * - `incomplete`: the source lost words that could not be restored (the fragment is kept as is);
 * - `withdrawn`: kept for its permanent address, replaced by `replacedBy`.
 */
export const ItemStatus = /* @__PURE__ */ z
  .enum(["stable", "reconstructed", "incomplete", "withdrawn"])
  .register(z.globalRegistry, {
    id: "mn.referentiels.ItemStatus",
    description: "État de l’item au regard de sa source.",
  });

export const ItemKind = /* @__PURE__ */ z
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
    id: "mn.referentiels.ItemKind",
    description:
      "Nature de l’item (type d’action, savoir-faire, mission, étape, engagement…).",
  });

/** `serves`: a competence serves an action type; `related`: the sources bring the two together. */
export const LinkRelation = /* @__PURE__ */ z
  .enum(["serves", "related"])
  .register(z.globalRegistry, { id: "mn.referentiels.LinkRelation" });

export const Link = /* @__PURE__ */ z
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
    id: "mn.referentiels.Link",
    description: "Lien vers un autre item, avec son statut d’interprétation.",
  });

export const Group = /* @__PURE__ */ z
  .object({
    id: Id,
    label: NonBlank("Le libellé du groupe"),
    parent: z.optional(Id).register(z.globalRegistry, {
      description:
        "Groupe parent (ex. une dimension contient des types d’action).",
    }),
    description: z.optional(z.string()),
  })
  .register(z.globalRegistry, {
    id: "mn.referentiels.Group",
    description: "Domaine, dimension ou catégorie regroupant des items.",
  });

export const Item = /* @__PURE__ */ z
  .object({
    id: describedId(
      "Identifiant local, unique dans le référentiel, jamais réutilisé.",
    ),
    kind: ItemKind,
    group: z.optional(Id),
    label: NonBlank("Le libellé de l’item"),
    text: NonBlank("Le texte de l’item"),
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
    id: "mn.referentiels.Item",
    description: "Un item de référentiel.",
  });

export const HistoryEntry = /* @__PURE__ */ z
  .object({
    date: z.string().check(
      z.regex(/^\d{4}(-\d{2}){0,2}$/, {
        error: "La date s’écrit AAAA, AAAA-MM ou AAAA-MM-JJ.",
      }),
    ),
    event: NonBlank("L’événement"),
    source: z.optional(SourceRef),
  })
  .register(z.globalRegistry, { id: "mn.referentiels.HistoryEntry" });

export const Referentiel = /* @__PURE__ */ z
  .object({
    $schema: z.optional(z.string()),
    id: Id,
    version: SemVer,
    title: NonBlank("Le titre du référentiel"),
    shortTitle: NonBlank("Le titre court du référentiel"),
    description: NonBlank("La description du référentiel"),
    publisher: NonBlank("L’éditeur du référentiel"),
    year: z.int().check(z.minimum(1990), z.maximum(2100)),
    language: z.literal("fr"),
    license: NonBlank("La licence"),
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
    id: "mn.referentiels.Referentiel",
    title: "Référentiel",
    description: "Un référentiel versionné à identifiants stables.",
  });

export type ItemRef = z.infer<typeof ItemRef>;
export type ItemStatus = z.infer<typeof ItemStatus>;
export type ItemKind = z.infer<typeof ItemKind>;
export type LinkRelation = z.infer<typeof LinkRelation>;
export type Link = z.infer<typeof Link>;
export type Group = z.infer<typeof Group>;
export type Item = z.infer<typeof Item>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type Referentiel = z.infer<typeof Referentiel>;

/** An item with the IDs that place it: what `getItem` and `listItems` return. */
export type ResolvedItem = Item & {
  /** `<référentiel id>/<local id>`: the ID to cite and to link to. */
  readonly fullId: ItemRef;
  readonly referentielId: string;
};
