// One representative page per page type, shared by the browser tests and the budget.
import { referentiels as pkg } from "./referentiels.js";

const items = pkg.listItems();
/** Links of an item in both directions: the heaviest item page is the one with the most. */
const linkCount = (item) =>
  (item.links?.length ?? 0) +
  items.filter((other) => other.links?.some((l) => l.target === item.fullId))
    .length;
/** The item with the most links (the heaviest item page, whose links go both ways). */
const linked = items.reduce((best, item) =>
  linkCount(item) > linkCount(best) ? item : best,
);
/** The référentiel with the most items (the heaviest référentiel page). */
const largest = [...pkg.referentiels].sort(
  (a, b) => b.items.length - a.items.length,
)[0];
const withdrawn = items.find((item) => item.status === "withdrawn");
const reconstructed = items.find(
  (item) => item.status === "reconstructed" || item.status === "incomplete",
);

export const PAGE_TYPES = [
  { type: "accueil", path: "" },
  { type: "liste des référentiels", path: "referentiels/" },
  { type: "référentiel", path: `referentiels/${largest.id}/` },
  { type: "item", path: `referentiels/${linked.fullId}/` },
  ...(reconstructed
    ? [
        {
          type: "item reconstitué",
          path: `referentiels/${reconstructed.fullId}/`,
        },
      ]
    : []),
  ...(withdrawn
    ? [{ type: "item retiré", path: `referentiels/${withdrawn.fullId}/` }]
    : []),
  { type: "documentation", path: "documentation/referentiels/" },
  { type: "journal", path: "documentation/changements/" },
  { type: "à propos", path: "a-propos/" },
  { type: "outil (en préparation)", path: "diagnostic/" },
  { type: "recherche (formulaire)", path: "recherche/" },
  {
    type: "recherche (résultats)",
    path: "recherche/?q=mediateur",
    search: true,
  },
  {
    type: "404 (cherche l’adresse)",
    path: "ancienne-adresse/projet-numerique/",
    search: true,
    status: 404,
  },
];

/** Page types that must ship no JavaScript at all before search opens. */
export const NO_JS_TYPES = new Set(
  PAGE_TYPES.filter((p) => !p.search && !p.path.startsWith("recherche")).map(
    (p) => p.type,
  ),
);

export { items, linked };
