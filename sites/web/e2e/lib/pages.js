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

/**
 * The tool pages (issue "The site, part 2"): interactive pages, each an island of JavaScript over
 * a plain form, with their own JavaScript budget (see lib/budget.js), unlike the browse pages.
 */
export const TOOL_PAGES = [
  { type: "outil : diagnostic", path: "diagnostic/", tool: true },
  {
    type: "outil : auto-évaluation centre",
    path: "auto-evaluation/centre/",
    tool: true,
  },
  {
    type: "outil : auto-évaluation médiateur",
    path: "auto-evaluation/mediateur/",
    tool: true,
  },
  {
    type: "outil : auto-évaluations d’un réseau",
    path: "auto-evaluation/reseau/",
    tool: true,
  },
];

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
  { type: "documentation (accueil)", path: "documentation/" },
  { type: "documentation", path: "documentation/referentiels/" },
  { type: "journal", path: "documentation/changements/" },
  { type: "à propos", path: "a-propos/" },
  ...TOOL_PAGES,
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

/** Page types that must ship no JavaScript at all before search opens: every page but search and the tools. */
export const NO_JS_TYPES = new Set(
  PAGE_TYPES.filter(
    (p) => !p.search && !p.tool && !p.path.startsWith("recherche"),
  ).map((p) => p.type),
);

export { items, linked };
