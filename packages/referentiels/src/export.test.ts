import { expect, test } from "vitest";
import { CSV_COLUMNS, toCSV, toJSON } from "./export.js";
import { Referentiel } from "./schema.js";
import { sampleReferentiel } from "./fixture.test-helpers.js";

/** A minimal RFC 4180 reader, to check the writer from the outside. */
function readCsv(csv: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv.charAt(i);
    const next = csv.charAt(i + 1);
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === separator) {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && next === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

test("toCSV: header, one row per item, quoting of commas, quotes and newlines", () => {
  const referentiel = sampleReferentiel();
  const rows = readCsv(toCSV(referentiel));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows).toHaveLength(referentiel.items.length + 1);
  const byColumn = (row: string[] | undefined) =>
    Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row?.[i]]));
  expect(byColumn(rows[1])).toMatchObject({
    id: "federation-exemple/accueil-1",
    texte: referentiel.items[0]?.text,
    libelle_groupe: "Accueil",
    liens: "related:federation-exemple/accueil-2",
  });
  expect(byColumn(rows[2])).toMatchObject({
    texte: "Orienter les personnes\nvers les bons acteurs.",
    statut: "reconstructed",
    fragment_source: "Orienter les per",
  });
});

test("toCSV: semicolon and BOM for spreadsheet software", () => {
  const csv = toCSV(sampleReferentiel(), { separator: ";", bom: true });
  expect(csv.startsWith("\uFEFFid;referentiel;")).toBe(true);
  expect(readCsv(csv.slice(1), ";")[1]?.[0]).toBe(
    "federation-exemple/accueil-1",
  );
});

test("toJSON round-trips through the schema", () => {
  const referentiel = sampleReferentiel();
  expect(Referentiel.parse(JSON.parse(toJSON(referentiel)))).toEqual(
    referentiel,
  );
});
