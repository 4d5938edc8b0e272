// One representative page per page type, shared by the browser tests and the budget.
import { referentiels as pkg } from "./referentiels.js";

const items = pkg.listItems();
/** An item with links in both directions if there is one, else the first item. */
const linked = items.find((item) => item.links?.length) ?? items[0];
const withdrawn = items.find((item) => item.status === "withdrawn");
const reconstructed = items.find(
  (item) => item.status === "reconstructed" || item.status === "incomplete",
);

export const PAGE_TYPES = [
  { type: "accueil", path: "" },
  { type: "liste des référentiels", path: "referentiels/" },
  { type: "référentiel", path: `referentiels/${pkg.referentiels[0].id}/` },
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
