import * as z from "zod/mini";
import { NBSP, quote, safeParseFrench } from "@mediation-numerique/core";
import { Id, ItemRef } from "./schema.js";
import { fail, parseOptions, requireId } from "./arguments.js";

/**
 * The site that serves the permanent addresses. Every item lives at
 * `<base>/referentiels/<référentiel id>/<local id>/`. Pass `{ baseUrl }` to serve them elsewhere.
 */
export const DEFAULT_BASE_URL = "https://mediation-numerique.github.io";

/** Options of the functions that build a permanent URL. */
export const UrlOptions = /* @__PURE__ */ z.strictObject({
  /** Origin and optional sub-path, e.g. `https://exemple.org/outils`. Defaults to `DEFAULT_BASE_URL`. */
  baseUrl: z.optional(z.string().check(z.maxLength(2_000))),
});
export type UrlOptions = z.input<typeof UrlOptions>;

/** Splits `fcs93-competences/diagnostic-2` into its référentiel ID and local ID. */
export function splitItemRef(ref: string): {
  referentielId: string;
  localId: string;
} {
  const parsed = safeParseFrench(ItemRef, requireId(ref, "splitItemRef"));
  if (!parsed.success)
    fail(`Référence d’item invalide${NBSP}: ${quote(ref)}`, parsed.problems);
  const [referentielId = "", localId = ""] = parsed.data.split("/");
  return { referentielId, localId };
}

/** The base URL without its final slashes; options are already checked. */
function normaliseBase({ baseUrl = DEFAULT_BASE_URL }: UrlOptions): string {
  try {
    return new URL(baseUrl).href.replace(/\/+$/, "");
  } catch {
    return fail(`Adresse de base invalide${NBSP}: ${quote(baseUrl)}`, [
      {
        path: ["baseUrl"],
        code: "invalid-url",
        message: `donnez une URL absolue, ex. ${quote("https://exemple.org")}.`,
      },
    ]);
  }
}

/** The URL of a référentiel page under a checked base. */
const pageUrl = (base: string, referentielId: string): string =>
  `${base}/referentiels/${referentielId}/`;

/** The permanent URL of a référentiel page. */
export function referentielUrl(
  referentielId: string,
  options?: UrlOptions,
): string {
  const parsed = safeParseFrench(
    Id,
    requireId(referentielId, "referentielUrl"),
  );
  if (!parsed.success)
    fail(
      `Identifiant de référentiel invalide${NBSP}: ${quote(referentielId)}`,
      parsed.problems,
    );
  const base = normaliseBase(
    parseOptions(UrlOptions, options, "referentielUrl"),
  );
  return pageUrl(base, parsed.data);
}

/** The permanent URL of an item page: `<base>/referentiels/<référentiel id>/<local id>/`. */
export function itemUrl(ref: string, options?: UrlOptions): string {
  const { referentielId, localId } = splitItemRef(ref);
  const base = normaliseBase(parseOptions(UrlOptions, options, "itemUrl"));
  return `${pageUrl(base, referentielId)}${localId}/`;
}
