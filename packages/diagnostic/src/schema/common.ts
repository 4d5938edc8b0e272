import * as z from "zod/mini";
import { quote } from "../errors.js";
import { STABLE_ID_PATTERN } from "../ids.js";

/** A stable ID: lowercase words joined by hyphens. Never renamed, never reused for another meaning. */
export const StableId = z
  .string()
  .check(
    z.regex(STABLE_ID_PATTERN, {
      error: (issue) =>
        `identifiant invalide ${quote(String(issue.input))}\u202F; attendu\u00A0: des minuscules ASCII, des chiffres et des tirets simples (ex. ${quote("lire-mail")}).`,
    }),
  )
  .register(z.globalRegistry, {
    id: "StableId",
    description:
      "Identifiant stable\u00A0: minuscules ASCII et tirets, jamais renommé ni réutilisé.",
  });

/** A document the data relies on, cited so that every item can be traced back. */
export const Source = z
  .object({
    id: StableId,
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    year: z.int().check(z.minimum(1900), z.maximum(2100)),
    url: z.optional(z.url()),
    note: z.optional(z.string()).register(z.globalRegistry, {
      description: "L’endroit du document, ou ce que le projet en retient.",
    }),
  })
  .register(z.globalRegistry, { id: "Source" });
export type Source = z.infer<typeof Source>;

/** A citation of a source: its ID and, where useful, the exact words relied on. */
export const SourceRef = z
  .object({
    source: StableId,
    quote: z.optional(z.string().check(z.minLength(1))),
  })
  .register(z.globalRegistry, { id: "SourceRef" });
export type SourceRef = z.infer<typeof SourceRef>;
