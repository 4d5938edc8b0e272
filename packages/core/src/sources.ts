import * as z from "zod/mini";
import { expectText } from "./guard.js";
import { StableId } from "./ids.js";

/** A text that is not empty nor only blanks; `what` names it in the error. */
export const NonBlank = (what: string) =>
  z.string().check(
    z.maxLength(20_000),
    z.regex(/\S/, {
      error: `${expectText(what, "what", 200)} ne doit pas être vide.`,
    }),
  );

/** A document the data relies on: one of the seeds, or a public text named in the data. */
export const SourceDocument = /* @__PURE__ */ z
  .strictObject({
    id: StableId,
    title: NonBlank("Le titre du document"),
    publisher: NonBlank("L’éditeur du document"),
    year: z.int().check(z.minimum(1900), z.maximum(2100)),
    date: z.optional(
      z.string().check(
        z.regex(/^\d{4}-\d{2}(-\d{2})?$/, {
          error: "la date s’écrit AAAA-MM ou AAAA-MM-JJ.",
        }),
      ),
    ),
    url: z.optional(z.url()),
    note: z.optional(z.string().check(z.maxLength(20_000))),
  })
  .register(z.globalRegistry, {
    id: "mn.core.SourceDocument",
    description: "Un document source\u00A0: titre, éditeur, année.",
  });
export type SourceDocument = z.infer<typeof SourceDocument>;

/**
 * Where a piece of data comes from: a document, its section, and where useful the exact words relied on.
 * `interpretation` says that the data is the project’s reading of the passage, not what it states
 * outright, and why (a quiz whose ticks the extraction lost, a threshold the sources do not give…).
 */
export const SourceRef = /* @__PURE__ */ z
  .strictObject({
    document: StableId,
    section: NonBlank("La section de la source"),
    quote: z.optional(NonBlank("La citation")),
    interpretation: z.optional(NonBlank("La note d’interprétation")),
  })
  .register(z.globalRegistry, {
    id: "mn.core.SourceRef",
    description:
      "Document et section d’où vient la donnée, citation exacte, et note quand la donnée est une interprétation du projet.",
  });
export type SourceRef = z.infer<typeof SourceRef>;
