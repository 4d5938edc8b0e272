import { describe, expect, test } from "vitest";
import { aggregatePart } from "./aggregate.js";
import { NETWORK_CSV_COLUMNS, networkCSV, networkJSON } from "./export.js";
import { networkReport } from "./aggregate.js";
import { createDocument } from "../engine/create-document.js";
import { AssessmentArgumentError } from "../engine/errors.js";
import { getInstrument } from "../instruments.js";

const centre = getInstrument("centre");
const instrument = centre;
const document = createDocument(centre, {
  date: "2025-03-01T09:00:00Z",
  structure: {
    nom: '=Centre « Les Tilleuls », quartier "nord"',
    commune: "Saint-Denis",
  },
  answers: {
    "fcs93-action/projet-numerique": { level: "en-place" },
    "fcs93-action/dimension-collective": { notApplicable: true },
  },
  indicators: { dedicatedRoom: true, computers: 8, bandwidth: "faible" },
});
const part = aggregatePart([{ name: "tilleuls.json", content: document }], {
  instrument,
});

describe("networkCSV", () => {
  const csv = networkCSV(part, { instrument });
  const lines = csv.split("\r\n");

  test("a header, one row per item and per indicator, CRLF", () => {
    expect(lines[0]).toBe(NETWORK_CSV_COLUMNS.join(","));
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(1 + centre.items.length + 21 + 1);
    // A text a spreadsheet would run as a formula gets a leading apostrophe; quotes are doubled (RFC 4180).
    expect(lines).toContain(
      `tilleuls.json,"'=Centre « Les Tilleuls », quartier ""nord""",Saint-Denis,,,2025-03-01T09:00:00Z,` +
        "item,fcs93-action/projet-numerique,fcs93-action/question-transversale,repondu,en-place,3",
    );
    expect(
      lines.some((l) =>
        l.endsWith(
          ",item,fcs93-action/dimension-collective,fcs93-action/collective,non-concerne,,",
        ),
      ),
    ).toBe(true);
    expect(
      lines.some((l) =>
        l.endsWith(",indicateur,dedicatedRoom,,repondu,true,1"),
      ),
    ).toBe(true);
    expect(
      lines.some((l) => l.endsWith(",indicateur,bandwidth,,repondu,faible,")),
    ).toBe(true);
    expect(
      lines.some((l) => l.endsWith(",indicateur,publicWifi,,sans-reponse,,")),
    ).toBe(true);
  });

  test("the spreadsheet variant: semicolons and a byte order mark", () => {
    const excel = networkCSV(part, { instrument, separator: ";", bom: true });
    expect(excel.startsWith(`\uFEFF${NETWORK_CSV_COLUMNS.join(";")}\r\n`)).toBe(
      true,
    );
    expect(excel.replace("\uFEFF", "").split("\r\n")).toHaveLength(
      lines.length,
    );
  });

  test("refuses unknown options with a typed error", () => {
    expect(() =>
      networkCSV(part, { instrument, separator: "\t" } as never),
    ).toThrow(AssessmentArgumentError);
    expect(() =>
      networkCSV(part, { instrument, excel: true } as never),
    ).toThrow(AssessmentArgumentError);
  });
});

test("networkJSON is the report", () => {
  expect(JSON.parse(networkJSON(part, { instrument }))).toEqual(
    JSON.parse(JSON.stringify(networkReport(part, { instrument }))),
  );
});
