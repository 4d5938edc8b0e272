import * as z from "zod/mini";
import { NBSP } from "@mediation-numerique/core";
import type { Referentiel, ResolvedItem } from "./schema.js";
import { itemUrl, UrlOptions } from "./urls.js";

/** `text`: a French citation with the permanent URL; `bibtex`; `csl-json` (an array of one CSL item). */
export const CitationStyle = /* @__PURE__ */ z
  .enum(["text", "bibtex", "csl-json"])
  .register(z.globalRegistry, { id: "mn.referentiels.CitationStyle" });
export type CitationStyle = z.infer<typeof CitationStyle>;

/** Options of a citation: the base of the permanent URL, and the date of consultation. */
export const CitationOptions = /* @__PURE__ */ z.extend(UrlOptions, {
  /** Date of consultation, `AAAA-MM-JJ`; omitted from the citation when absent. */
  accessed: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: "la date de consultation s’écrit AAAA-MM-JJ.",
      }),
    ),
  ),
});
export type CitationOptions = z.input<typeof CitationOptions>;

const STATUS_NOTE: Record<ResolvedItem["status"], string> = {
  stable: "",
  reconstructed: " (texte reconstitué)",
  incomplete: " (texte incomplet dans la source)",
  withdrawn: " (item retiré)",
};

const frenchDate = (iso: string): string => {
  const [year, month, day] = iso.split("-");
  return `${day ?? ""}/${month ?? ""}/${year ?? ""}`;
};

const bibtexEscape = (value: string): string =>
  value.replace(/([{}%&$#_\\])/g, "\\$1");

function plainText(
  item: ResolvedItem,
  referentiel: Referentiel,
  url: string,
  accessed?: string,
): string {
  const consulted = accessed ? ` Consulté le ${frenchDate(accessed)}.` : "";
  return (
    `${referentiel.publisher}. «${NBSP}${item.label}${NBSP}»${STATUS_NOTE[item.status]}. ` +
    `Dans${NBSP}: ${referentiel.title}, version ${referentiel.version}, ${referentiel.year}. ` +
    `Identifiant${NBSP}: ${item.fullId}. ${url}${consulted}`
  );
}

function bibtex(
  item: ResolvedItem,
  referentiel: Referentiel,
  url: string,
  accessed?: string,
): string {
  const fields: [string, string][] = [
    ["author", `{${bibtexEscape(referentiel.publisher)}}`],
    ["title", `{${bibtexEscape(item.label)}}`],
    ["howpublished", bibtexEscape(referentiel.title)],
    ["year", String(referentiel.year)],
    ["version", referentiel.version],
    ["url", url],
    ["note", bibtexEscape(`Item ${item.fullId}${STATUS_NOTE[item.status]}`)],
    ...(accessed ? [["urldate", accessed] as [string, string]] : []),
  ];
  const body = fields
    .map(([key, value]) => `  ${key.padEnd(12)} = {${value}}`)
    .join(",\n");
  return `@misc{${item.fullId.replace("/", ":")},\n${body}\n}`;
}

function cslJson(
  item: ResolvedItem,
  referentiel: Referentiel,
  url: string,
  accessed?: string,
): string {
  const toParts = (iso: string) => ({
    "date-parts": [iso.split("-").map(Number)],
  });
  const entry = {
    id: item.fullId,
    type: "entry",
    title: item.label,
    "container-title": referentiel.title,
    author: [{ literal: referentiel.publisher }],
    issued: { "date-parts": [[referentiel.year]] },
    version: referentiel.version,
    URL: url,
    note: `Item ${item.fullId}${STATUS_NOTE[item.status]}`,
    language: "fr",
    ...(accessed ? { accessed: toParts(accessed) } : {}),
  };
  return JSON.stringify([entry], null, 2);
}

const FORMATTERS = { text: plainText, bibtex, "csl-json": cslJson } as const;

/**
 * Formats a citation of `item` (from `referentiel`) in the given style, with its permanent URL.
 * Internal: the catalog's `formatCitation` checks the arguments first.
 */
export const citeItem = (
  item: ResolvedItem,
  referentiel: Referentiel,
  style: CitationStyle,
  options: z.output<typeof CitationOptions>,
): string =>
  FORMATTERS[style](
    item,
    referentiel,
    itemUrl(item.fullId, { baseUrl: options.baseUrl }),
    options.accessed,
  );
