import * as z from "zod/mini";
import { NBSP } from "@mediation-numerique/core";
import { Referentiel } from "./schema.js";
import { itemUrl, UrlOptions } from "./urls.js";
import { parseArgument, parseOptions } from "./arguments.js";

/** The référentiel argument of an export: bounded, and valid against the schema. */
const checkReferentiel = (value: unknown, fn: string): void => {
  parseArgument(Referentiel, value, `${fn}${NBSP}: référentiel invalide`);
};

/**
 * The référentiel as pretty-printed JSON (two-space indent, final newline): the published data format.
 * Throws `InvalidArgumentError` for a value that is not a référentiel.
 */
export function toJSON(referentiel: Referentiel): string {
  checkReferentiel(referentiel, "toJSON");
  return `${JSON.stringify(referentiel, null, 2)}\n`;
}

/** Options of `toCSV`. */
export const CsvOptions = /* @__PURE__ */ z.extend(UrlOptions, {
  /** Field separator: `,` (RFC 4180, default) or `;` (what French spreadsheet software expects). */
  separator: z.optional(z.enum([",", ";"])),
  /** Start with a UTF-8 byte order mark so that spreadsheet software reads the accents right. */
  bom: z.optional(z.boolean()),
});
export type CsvOptions = z.input<typeof CsvOptions>;

/** Column order of `toCSV`; documented in the data-format guide. */
export const CSV_COLUMNS = [
  "id",
  "referentiel",
  "id_local",
  "nature",
  "groupe",
  "libelle_groupe",
  "libelle",
  "texte",
  "statut",
  "fragment_source",
  "document_source",
  "section_source",
  "liens",
  "remplace_par",
  "url",
] as const;

const quote = (value: string, separator: string): string =>
  /["\r\n]/.test(value) || value.includes(separator)
    ? `"${value.replace(/"/g, '""')}"`
    : value;

/**
 * One row per item, in data order, with the columns of `CSV_COLUMNS`; lines end with CRLF (RFC 4180).
 * Throws `InvalidArgumentError` for a value that is not a référentiel or bad options.
 */
export function toCSV(referentiel: Referentiel, options?: CsvOptions): string {
  checkReferentiel(referentiel, "toCSV");
  const {
    separator = ",",
    bom,
    baseUrl,
  } = parseOptions(CsvOptions, options, "toCSV");
  const groupLabels = new Map(
    referentiel.groups.map((group) => [group.id, group.label]),
  );
  const rows = referentiel.items.map((item) => {
    const fullId = `${referentiel.id}/${item.id}`;
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: fullId,
      referentiel: referentiel.id,
      id_local: item.id,
      nature: item.kind,
      groupe: item.group ?? "",
      libelle_groupe:
        item.group === undefined ? "" : (groupLabels.get(item.group) ?? ""),
      libelle: item.label,
      texte: item.text,
      statut: item.status,
      fragment_source: item.sourceFragment ?? "",
      document_source: item.source.document,
      section_source: item.source.section,
      liens: (item.links ?? [])
        .map((link) => `${link.relation}:${link.target}`)
        .join(" "),
      remplace_par: (item.replacedBy ?? []).join(" "),
      url: itemUrl(fullId, { baseUrl }),
    };
    return CSV_COLUMNS.map((column) => quote(cells[column], separator)).join(
      separator,
    );
  });
  return `${bom === true ? "\uFEFF" : ""}${[CSV_COLUMNS.join(separator), ...rows].join("\r\n")}\r\n`;
}
