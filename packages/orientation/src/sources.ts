import type { SourceDocument } from "@mediation-numerique/core";
import * as z from "zod/mini";

export { SourceRef } from "@mediation-numerique/core";

/** The seed documents every rule rests on (see shared/seeds): stable IDs, as the référentiels cite them. */
export const DocumentId = /* @__PURE__ */ z
  .enum([
    "fcs93-2018",
    "directions-2017",
    "anct-2021",
    "fcs93-info-fd-39-2023",
    "hypra-2024",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.DocumentId" });
export type DocumentId = z.infer<typeof DocumentId>;

/** The seed documents, by ID: the core's `SourceDocument`s (a test parses each). */
export const DOCUMENTS = {
  "fcs93-2018": {
    id: "fcs93-2018",
    title:
      "Dématérialisation des démarches administratives\u00A0: les centres sociaux de Seine-Saint-Denis tirent la sonnette d’alarme\u00A0!",
    publisher: "Fédération des centres sociaux de Seine-Saint-Denis (FCS93)",
    year: 2018,
  },
  "directions-2017": {
    id: "directions-2017",
    title:
      "Médiateur numérique\u00A0: le médiateur qui réduit la fracture numérique",
    publisher: "Direction[s], n°\u00A0151",
    year: 2017,
  },
  "anct-2021": {
    id: "anct-2021",
    title:
      "Plan national pour la formation des médiateurs et des aidants numériques — synthèse de l’état des lieux et recommandations",
    publisher:
      "Agence nationale de la cohésion des territoires (ANCT), Programme Société Numérique",
    year: 2021,
  },
  "fcs93-info-fd-39-2023": {
    id: "fcs93-info-fd-39-2023",
    title: "Info FD n°\u00A039",
    publisher: "FCS93",
    year: 2023,
  },
  "hypra-2024": {
    id: "hypra-2024",
    title: "Café numérique — Le quotidien du conseiller numérique",
    publisher: "Hypra",
    year: 2024,
  },
} as const satisfies { [K in DocumentId]: SourceDocument & { id: K } };
