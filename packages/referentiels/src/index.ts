/**
 * @mediation-numerique/referentiels: the référentiels of digital mediation as versioned data with stable IDs,
 * their zod schemas, lookups, citations and exports. One référentiel alone: import its subpath
 * (`@mediation-numerique/referentiels/fcs93-competences`).
 */
import { referentiels } from "./own.js";
import { catalogOf, type Catalog } from "./catalog.js";

export * from "./schema.js";
export {
  createCatalog,
  ItemFilter,
  foldText,
  type Catalog,
  type IncomingLink,
} from "./catalog.js";
export {
  ITEM_KIND_LABELS,
  ITEM_STATUS_LABELS,
  ITEM_STATUS_EXPLANATIONS,
  LINK_RELATION_LABELS,
} from "./labels.js";
export { CitationStyle, type CitationOptions } from "./citation.js";
export { toCSV, toJSON, CSV_COLUMNS, type CsvOptions } from "./export.js";
export {
  parseReferentiel,
  safeParseReferentiel,
  referentielJsonSchema,
  type ParseReferentielOptions,
} from "./validate.js";
export {
  DEFAULT_BASE_URL,
  itemUrl,
  referentielUrl,
  splitItemRef,
  type UrlOptions,
} from "./urls.js";
export {
  ReferentielError,
  UnknownIdError,
  InvalidArgumentError,
} from "./errors.js";
export { fcs93Action } from "./referentiels/fcs93-action.js";
export { fcs93Competences } from "./referentiels/fcs93-competences.js";
export { conumRemn } from "./referentiels/conum-remn.js";
export { anct2021 } from "./referentiels/anct-2021.js";
export { hypraCharte } from "./referentiels/hypra-charte.js";
export { referentiels };

let defaultCatalog: Catalog | undefined;
/** Built on first use, so that a bundler drops the lookups (and the data) when they are not imported. */
const catalog = (): Catalog => (defaultCatalog ??= catalogOf(referentiels));

/** The référentiel with this ID; throws `UnknownIdError` (with suggestions) otherwise. */
export const getReferentiel: Catalog["getReferentiel"] = (id) =>
  catalog().getReferentiel(id);
/** The item `<référentiel id>/<local id>`; throws `UnknownIdError` naming the ID and the nearest ones. */
export const getItem: Catalog["getItem"] = (id) => catalog().getItem(id);
/**
 * Items matching every field of the filter, in data order. Throws `InvalidArgumentError` on a bad
 * filter and `UnknownIdError` on an unknown référentiel or group.
 */
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
