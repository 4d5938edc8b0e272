import { ItemRef } from "./schema.js";
import { InvalidArgumentError } from "./errors.js";
import { NBSP, frenchSpacing, quote } from "./typography.js";

/**
 * The site that serves the permanent addresses. Every item lives at
 * `<base>/referentiels/<référentiel id>/<local id>/`. Pass `{ baseUrl }` to serve them elsewhere.
 */
export const DEFAULT_BASE_URL = "https://mediation-numerique.github.io";

export interface UrlOptions {
  /** Origin and optional sub-path, e.g. `https://exemple.org/outils`. Defaults to `DEFAULT_BASE_URL`. */
  baseUrl?: string;
}

/** Splits `fcs93-competences/diagnostic-2` into its référentiel ID and local ID. */
export function splitItemRef(ref: string): {
  referentielId: string;
  localId: string;
} {
  const parsed = ItemRef.safeParse(ref);
  if (!parsed.success) {
    throw new InvalidArgumentError(
      `Référence d’item invalide${NBSP}: ${quote(ref)}. ${frenchSpacing(parsed.error.issues[0]?.message ?? "")}`,
    );
  }
  const [referentielId = "", localId = ""] = parsed.data.split("/");
  return { referentielId, localId };
}

function normaliseBase(baseUrl: string): string {
  try {
    return new URL(baseUrl).href.replace(/\/+$/, "");
  } catch {
    throw new InvalidArgumentError(
      `Adresse de base invalide${NBSP}: ${quote(baseUrl)}. Donnez une URL absolue, ex. ${quote("https://exemple.org")}.`,
    );
  }
}

/** The permanent URL of a référentiel page. */
export function referentielUrl(
  referentielId: string,
  options: UrlOptions = {},
): string {
  return `${normaliseBase(options.baseUrl ?? DEFAULT_BASE_URL)}/referentiels/${referentielId}/`;
}

/** The permanent URL of an item page: `<base>/referentiels/<référentiel id>/<local id>/`. */
export function itemUrl(ref: string, options: UrlOptions = {}): string {
  const { referentielId, localId } = splitItemRef(ref);
  return `${referentielUrl(referentielId, options)}${localId}/`;
}
