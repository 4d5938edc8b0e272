import * as z from "zod/mini";
import { NBSP } from "@mediation-numerique/core";
import { IndicatorId } from "../centre/indicators.js";
import {
  failArgument,
  parseWith,
  readOptions,
  throwIf,
} from "../engine/input.js";
import { readPartFor } from "./aggregate.js";
import { selectLatest } from "./dedupe.js";
import type { AggregateOptions } from "./input.js";
import { byName, documentLabels } from "./labels.js";
import { NOT_APPLICABLE, UNANSWERED, type AggregationPart } from "./part.js";
import { reportOf } from "./report.js";
import { MIN_GROUP, selfAssessments } from "./training.js";

/**
 * The columns of `networkCSV`, documented in the README: one row per document and item, then one row per
 * document and indicator (centre instrument).
 */
export const NETWORK_CSV_COLUMNS = [
  "document",
  "nom",
  "commune",
  "siret",
  "code_insee",
  "mis_a_jour",
  "type",
  "identifiant",
  "groupe",
  "statut",
  "valeur",
  "nombre",
] as const;
type Column = (typeof NETWORK_CSV_COLUMNS)[number];

/** The format of `networkCSV`, as `toCSV` of `@mediation-numerique/referentiels` has it. */
const CsvFormat = /* @__PURE__ */ z.strictObject({
  /** `,` (RFC 4180, the default) or `;` (what French spreadsheet software expects). */
  separator: z.optional(z.enum([",", ";"])),
  /** Start with a UTF-8 byte order mark, so that spreadsheet software reads the accents right. */
  bom: z.optional(z.boolean()),
});

/** Options of `networkCSV`: the instrument, and for a spreadsheet `{ separator: ";", bom: true }`. */
export interface NetworkCsvOptions extends AggregateOptions {
  readonly separator?: "," | ";";
  readonly bom?: boolean;
}

/** A cell: quoted when needed (RFC 4180); a text a spreadsheet would run as a formula gets a leading `'`. */
function cell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator)
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

const ITEM_STATUS = {
  [UNANSWERED]: "sans-reponse",
  [NOT_APPLICABLE]: "non-concerne",
};

/** The rows of the counted documents: each item, then (centre) each indicator. */
function rows(
  part: AggregationPart,
  groupOf: ReadonlyMap<string, string>,
): Record<Column, string>[] {
  const { kept } = selectLatest(part.documents);
  if (part.instrument === "mediateur" && kept.length < MIN_GROUP)
    throwIf([
      {
        path: ["part"],
        code: "too-few-documents",
        message: `Les réponses de ${selfAssessments(kept.length)} ne sont pas exportées${NBSP}: il en faut au moins ${MIN_GROUP}, pour qu’on ne puisse reconnaître personne.`,
      },
    ]);
  const label = documentLabels(part, part.instrument);
  const result: Record<Column, string>[] = [];
  const labelled = kept
    .map((entry) => ({ entry, name: label(entry) }))
    .sort(
      (a, b) =>
        byName(a.name, b.name) || (a.entry.digest < b.entry.digest ? -1 : 1),
    );
  for (const { entry, name } of labelled) {
    const { structure, indicators } = entry;
    const document = {
      document: name,
      nom: structure?.nom ?? "",
      commune: structure?.commune ?? "",
      siret: structure?.siret ?? "",
      code_insee: structure?.code_insee ?? "",
      mis_a_jour: entry.updatedAt,
    };
    part.items.forEach((item, i) => {
      const code = entry.answers[i] ?? UNANSWERED;
      const status = Object.hasOwn(ITEM_STATUS, code)
        ? ITEM_STATUS[code as keyof typeof ITEM_STATUS]
        : undefined;
      const score = parseInt(code, 36);
      result.push({
        ...document,
        type: "item",
        identifiant: item,
        groupe: groupOf.get(item) ?? "",
        statut: status ?? "repondu",
        valeur: status ? "" : (part.levels[score - 1] ?? ""),
        nombre: status ? "" : String(score),
      });
    });
    if (part.instrument !== "centre") continue;
    for (const indicator of IndicatorId.options) {
      const value = indicators?.[indicator];
      result.push({
        ...document,
        type: "indicateur",
        identifiant: indicator,
        groupe: "",
        statut: value === undefined ? "sans-reponse" : "repondu",
        valeur: value === undefined ? "" : String(value),
        nombre:
          typeof value === "boolean"
            ? value
              ? "1"
              : "0"
            : typeof value === "number"
              ? String(value)
              : "",
      });
    }
  }
  return result;
}

/**
 * The counted documents as a tidy CSV (columns `NETWORK_CSV_COLUMNS`, documented in the README), for a
 * spreadsheet or a database: one row per document and item, and for centres one row per document and
 * indicator. Lines end with CRLF (RFC 4180); `{ separator: ";", bom: true }` gives the Excel variant. A mediator’s
 * documents are named « document n° k » and never exported below `MIN_GROUP` documents. Throws
 * `AssessmentArgumentError` on an invalid part or options.
 */
export function networkCSV(
  part: AggregationPart,
  options: NetworkCsvOptions,
): string {
  const [valid, instrument] = readPartFor(part, options);
  const { separator = ",", bom } = parseWith(
    CsvFormat,
    Object.fromEntries(
      Object.entries(readOptions(options)).filter(
        ([key]) => key !== "instrument",
      ),
    ),
    failArgument,
    ["options"],
  );
  const groupOf = new Map(instrument.items.map(({ id, group }) => [id, group]));
  const lines = rows(valid, groupOf).map((row) =>
    NETWORK_CSV_COLUMNS.map((column) => cell(row[column], separator)).join(
      separator,
    ),
  );
  return `${bom === true ? "\uFEFF" : ""}${[NETWORK_CSV_COLUMNS.join(separator), ...lines].join("\r\n")}\r\n`;
}

/** The report of `networkReport` as JSON text (two-space indentation), to save or hand on. */
export function networkJSON(
  part: AggregationPart,
  options: AggregateOptions,
): string {
  const [valid, instrument] = readPartFor(part, options);
  return `${JSON.stringify(reportOf(valid, instrument), null, 2)}\n`;
}
