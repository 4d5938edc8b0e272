import { describe, expect, test } from "vitest";
import { Benchmarks, benchmarks } from "./benchmarks.js";
import { normalize, readSeed } from "../fixture.test-helpers.js";
import { INDICATOR_LABELS } from "./indicators.js";

const SEEDS = { "fcs93-2018": "000", "fcs93-info-fd-39-2023": "003" } as const;

/** The number a figure is written with: « 81% » → 81, « la moitié » → 50. */
const writtenValue = (asWritten: string): number =>
  asWritten === "la moitié" ? 50 : Number(/\d+/.exec(asWritten)?.[0]);

describe("benchmark data", () => {
  test("fits its schema, with unique IDs", () => {
    expect(Benchmarks.parse(benchmarks)).toEqual(benchmarks);
    const ids = benchmarks.figures.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every figure comes from one of the two surveys, dated as the survey", () => {
    for (const figure of benchmarks.figures) {
      const survey = benchmarks.documents.find(
        (d) => d.id === figure.source.document,
      );
      expect(survey?.surveyed, figure.id).toBe(figure.date);
      expect(figure.date.startsWith(String(figure.year)), figure.id).toBe(true);
    }
  });

  // Each figure is checked against the sentence of the seed it comes from, e.g. for the dedicated room in 2017:
  // « 81% des centres ont une salle dédiée aux ateliers informatique. » (seed 000), and in 2022:
  // « 65% DES STRUCTURES POSSÈDENT UNE SALLE INFORMATIQUE DÉDIÉE » (seed 003).
  test.each(benchmarks.figures.map((figure) => [figure.id, figure] as const))(
    "%s: the figure is in its quote, and the quote is in the seed",
    (_, figure) => {
      expect(figure.source.quote).toContain(figure.asWritten);
      expect(writtenValue(figure.asWritten)).toBe(figure.value);
      const seed = normalize(readSeed(SEEDS[figure.source.document]));
      expect(seed).toContain(normalize(figure.source.quote));
    },
  );

  test("the two figures of the brief: dedicated room, 81 % in 2017 and 65 % in 2022", () => {
    const room = benchmarks.figures.filter(
      (figure) => figure.indicator === "dedicatedRoom",
    );
    expect(room.map(({ value, year }) => [value, year])).toEqual([
      [81, 2017],
      [65, 2022],
    ]);
  });
});

describe("a figure says where the reader could misread it", () => {
  const lower = (text: string) => normalize(text).toLowerCase();

  test.each(
    benchmarks.figures
      .filter(
        (figure) =>
          INDICATOR_LABELS[figure.indicator].includes("pour le public") &&
          !lower(figure.source.quote).includes("pour le public"),
      )
      .map((figure) => [figure.id, figure] as const),
  )(
    "%s: the indicator says « pour le public », the source does not, the note says so",
    (_, figure) => {
      expect(figure.note).toContain(
        "sans préciser «\u00a0pour le public\u00a0»",
      );
    },
  );

  test("the 2017 Wi-Fi and computers figures are among them", () => {
    const flagged = benchmarks.figures
      .filter((figure) => figure.note?.includes("pour le public"))
      .map((figure) => figure.id);
    expect(flagged).toEqual(
      expect.arrayContaining(["wifi-2017", "ordinateurs-2017"]),
    );
  });

  test.each(
    benchmarks.figures
      .filter((figure) => {
        const at = figure.source.quote.indexOf(" dont ");
        return at >= 0 && figure.source.quote.indexOf(figure.asWritten) > at;
      })
      .map((figure) => [figure.id, figure] as const),
  )("%s: a figure after « dont » says how it is read", (_, figure) => {
    expect(figure.note).toMatch(/«\u00a0dont /);
    expect(figure.note).toMatch(/part (des|de l’ensemble)/);
  });

  test.each(
    benchmarks.figures
      .filter((figure) => figure.note)
      .map((figure) => [figure.id, figure] as const),
  )("%s: what the note quotes is in one of the two surveys", (_, figure) => {
    const surveys = Object.values(SEEDS)
      .map((seed) => lower(readSeed(seed)))
      .join("\n")
      .replaceAll("’", "'");
    const quoted = [...(figure.note ?? "").matchAll(/«\s*([^»]+?)\s*»/g)].map(
      (match) => match[1] ?? "",
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const quote of quoted)
      for (const part of quote.split("[…]"))
        expect(surveys).toContain(lower(part).replaceAll("’", "'"));
  });
});
