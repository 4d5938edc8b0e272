import { DEFAULT_BASE_URL } from "@mediation-numerique/referentiels";

/** Links and addresses: every internal link goes through `href` so that the site works under a sub-path. */

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** An internal link: `href("referentiels/")` → `/sous-chemin/referentiels/`. */
export function href(path = ""): string {
  return BASE + path.replace(/^\/+/, "");
}

/** Origin and base of the deployed site, without trailing slash: what `formatCitation` takes as `baseUrl`. */
export const siteBaseUrl = new URL(
  BASE,
  import.meta.env.SITE ?? DEFAULT_BASE_URL,
).href.replace(/\/$/, "");

/** Internal paths of the pages built from the référentiels (the package gives the same ones, absolute). */
export const paths = {
  referentiel: (id: string) => `referentiels/${id}/`,
  item: (fullId: string) => `referentiels/${fullId}/`,
  json: (id: string) => `donnees/data/${id}.json`,
  csv: (id: string) => `donnees/data/${id}.csv`,
  csvTableur: (id: string) => `donnees/data/${id}-tableur.csv`,
  schema: () => "donnees/referentiel.schema.json",
};
