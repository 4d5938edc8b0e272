/**
 * @mediation-numerique/referentiels: the référentiels of digital mediation as versioned data with stable IDs,
 * their zod schemas, lookups, citations and exports. One référentiel alone: import its subpath
 * (`@mediation-numerique/referentiels/fcs93-competences`).
 */
import { fcs93Action } from "./referentiels/fcs93-action.js";
import { fcs93Competences } from "./referentiels/fcs93-competences.js";
import { conumRemn } from "./referentiels/conum-remn.js";
import { anct2021 } from "./referentiels/anct-2021.js";
import { hypraCharte } from "./referentiels/hypra-charte.js";
import { createCatalog, type Catalog } from "./catalog.js";

export * from "./schema.js";
export {
  createCatalog,
  ItemFilter,
  foldText,
  type Catalog,
  type IncomingLink,
  type ResolvedItem,
} from "./catalog.js";
export {
  ITEM_KIND_LABELS,
  ITEM_STATUS_LABELS,
  ITEM_STATUS_EXPLANATIONS,
  LINK_RELATION_LABELS,
} from "./labels.js";
export { CitationStyle, citeItem, type CitationOptions } from "./citation.js";
export { toCSV, toJSON, CSV_COLUMNS, type CsvOptions } from "./export.js";
export {
  validateReferentiel,
  referentielJsonSchema,
  type Problem,
  type ValidationResult,
  type ValidateOptions,
} from "./validate.js";
export {
  DEFAULT_BASE_URL,
  itemUrl,
  referentielUrl,
  splitItemRef,
  type UrlOptions,
} from "./urls.js";
export { UnknownIdError, InvalidArgumentError } from "./errors.js";
export { fcs93Action, fcs93Competences, conumRemn, anct2021, hypraCharte };

/** Every référentiel of the package, in the order the site lists them. */
export const referentiels = [
  fcs93Action,
  fcs93Competences,
  conumRemn,
  anct2021,
  hypraCharte,
] as const;

let defaultCatalog: Catalog | undefined;
/** Built on first use, so that a bundler drops the lookups (and the data) when they are not imported. */
const catalog = (): Catalog => (defaultCatalog ??= createCatalog(referentiels));

/** The référentiel with this ID; throws `UnknownIdError` (with suggestions) otherwise. */
export const getReferentiel: Catalog["getReferentiel"] = (id) =>
  catalog().getReferentiel(id);
/** The item `<référentiel id>/<local id>`; throws `UnknownIdError` naming the ID and the nearest ones. */
export const getItem: Catalog["getItem"] = (id) => catalog().getItem(id);
/** Items matching every field of the filter, in data order. Throws `InvalidArgumentError` on a bad filter. */
export const listItems: Catalog["listItems"] = (filter) =>
  catalog().listItems(filter);
/** An item's group and its ancestors, outermost first; `[]` without group. Throws `UnknownIdError` otherwise. */
export const getGroupPath: Catalog["getGroupPath"] = (referentielId, groupId) =>
  catalog().getGroupPath(referentielId, groupId);
/** The links from any référentiel that point to the item `<référentiel id>/<local id>`. */
export const listIncomingLinks: Catalog["listIncomingLinks"] = (fullId) =>
  catalog().listIncomingLinks(fullId);
/** A citation of an item in `text` (French, with permanent URL), `bibtex` or `csl-json`. */
export const formatCitation: Catalog["formatCitation"] = (
  item,
  style,
  options,
) => catalog().formatCitation(item, style, options);
