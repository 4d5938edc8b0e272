import * as z from "zod/mini";
import { registered } from "./registered.js";
import { FrenchSentence } from "./rule-text.js";

/** The seed documents every rule rests on (see shared/seeds). */
export const DocumentId = registered(
  z.enum([
    "fcs93-2018",
    "directions-2017",
    "anct-2021",
    "fcs93-info-fd-39-2023",
    "hypra-2024",
  ]),
  "DocumentId",
);
export type DocumentId = z.infer<typeof DocumentId>;

export const DOCUMENTS = {
  "fcs93-2018": {
    title:
      "Dématérialisation des démarches administratives\u00A0: les centres sociaux de Seine-Saint-Denis tirent la sonnette d’alarme\u00A0!",
    publisher: "Fédération des centres sociaux de Seine-Saint-Denis (FCS93)",
    year: 2018,
  },
  "directions-2017": {
    title:
      "Médiateur numérique\u00A0: le médiateur qui réduit la fracture numérique",
    publisher: "Direction[s], n°\u00A0151",
    year: 2017,
  },
  "anct-2021": {
    title:
      "Plan national pour la formation des médiateurs et des aidants numériques — synthèse de l’état des lieux et recommandations",
    publisher:
      "Agence nationale de la cohésion des territoires (ANCT), Programme Société Numérique",
    year: 2021,
  },
  "fcs93-info-fd-39-2023": {
    title: "Info FD n°\u00A039",
    publisher: "FCS93",
    year: 2023,
  },
  "hypra-2024": {
    title: "Café numérique — Le quotidien du conseiller numérique",
    publisher: "Hypra",
    year: 2024,
  },
} as const satisfies Record<
  DocumentId,
  { title: string; publisher: string; year: number }
>;

/**
 * A reading: what the project reads into a passage, or chooses, beyond the passage's words
 * (a quiz answer whose tick mark the extraction lost, a threshold no source sets). The
 * same idea as an `interpretation: true` link of the référentiels, with its note.
 */
export const Interpretation = registered(
  z.strictObject({
    /** What is read or chosen, and why, in one French sentence. */
    note: FrenchSentence,
  }),
  "Interpretation",
  "Lecture de la source par le projet, ou choix du projet, et non texte écrit dans la source.",
);
export type Interpretation = z.infer<typeof Interpretation>;

/**
 * A passage of a seed document: its section (heading or slide title), when useful a short
 * quote (the source's exact words), and `interpretation` when the rule reads more into it
 * than its words say.
 */
export const SourceRef = registered(
  z.strictObject({
    document: DocumentId,
    section: /* @__PURE__ */ z.string().check(z.minLength(1)),
    quote: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1))),
    interpretation: z.optional(Interpretation),
  }),
  "SourceRef",
);
export type SourceRef = z.infer<typeof SourceRef>;
