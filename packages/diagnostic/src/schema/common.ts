import { z } from "zod";
import { quote } from "../errors.js";
import { STABLE_ID_PATTERN } from "../ids.js";

/** A stable ID: lowercase words joined by hyphens. Never renamed, never reused for another meaning. */
export const StableId = z
  .string()
  .regex(STABLE_ID_PATTERN, {
    error: (issue) =>
      `identifiant invalide ${quote(String(issue.input))}\u202F; attendu\u00A0: des minuscules ASCII, des chiffres et des tirets simples (ex. ${quote("lire-mail")}).`,
  })
  .meta({
    id: "StableId",
    description:
      "Identifiant stable : minuscules ASCII et tirets, jamais renommé ni réutilisé.",
  });

/** A document the data relies on, cited so that every item can be traced back. */
export const Source = z
  .object({
    id: StableId,
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.int().min(1900).max(2100),
    url: z.url().optional(),
    note: z
      .string()
      .optional()
      .describe("Where in the document, or what the project takes from it."),
  })
  .meta({ id: "Source" });
export type Source = z.infer<typeof Source>;

/** A citation of a source: its ID and, where useful, the exact words relied on. */
export const SourceRef = z
  .object({
    source: StableId,
    quote: z.string().min(1).optional(),
  })
  .meta({ id: "SourceRef" });
export type SourceRef = z.infer<typeof SourceRef>;
