import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  aggregate,
  aggregateFiles,
  aggregatePart,
  mergeParts,
  networkReport,
} from "./aggregate.js";
import type { NetworkFile } from "./input.js";
import type {
  GroupFigures,
  ItemFigures,
  NetworkCompleteness,
} from "./report.js";
import { networkDocumentArb, networkFilesArb } from "./network.test-helpers.js";
import { benchmarkComparison } from "../centre/benchmark-comparison.js";
import { createDocument } from "../engine/create-document.js";
import { AssessmentArgumentError } from "../engine/errors.js";
import { profile } from "../engine/profile.js";
import { serialize } from "../engine/serialize.js";
import { getInstrument } from "../instruments.js";

const centre = getInstrument("centre");
const mediateur = getInstrument("mediateur");
const NBSP = "\u00a0";
const NNBSP = "\u202f";

const doc = (
  date: string,
  extra: Parameters<typeof createDocument>[1] = { date },
) => createDocument(centre, { ...extra, date });

describe("aggregate: what it counts and what it sets aside", () => {
  const tilleuls = {
    nom: "Centre social Les Tilleuls",
    commune: "Saint-Denis",
  };
  const january = doc("2025-01-10T09:00:00Z", {
    date: "",
    structure: tilleuls,
    answers: { "fcs93-action/projet-numerique": { level: "pas-lance" } },
    indicators: { dedicatedRoom: false },
  });
  const june = doc("2025-06-10T09:00:00Z", {
    date: "",
    structure: { ...tilleuls, commune: "SAINT DENIS" },
    answers: { "fcs93-action/projet-numerique": { level: "en-place" } },
    indicators: { dedicatedRoom: true },
  });
  const other = doc("2025-02-01T09:00:00Z", {
    date: "",
    indicators: { dedicatedRoom: true, computers: 8 },
  });
  const files: NetworkFile[] = [
    { name: "tilleuls-janvier.json", content: serialize(january) },
    { name: "tilleuls-juin.json", content: june },
    { name: "source.json", content: other },
    { name: "source (1).json", content: serialize(other) },
    { name: "coupe.json", content: serialize(other).slice(0, 40) },
    {
      name: "mediateur.json",
      content: createDocument(mediateur, { date: "2025-01-01T00:00:00Z" }),
    },
  ];
  const report = aggregateFiles(files, { instrument: centre });

  base("one document per centre, the latest version", () => {
    expect(report.received).toBe(6);
    expect(report.documents).toBe(2);
    expect(report.centres.map((c) => c.name)).toEqual([
      "source.json",
      "tilleuls-juin.json",
    ]);
    const room = report.indicators.find((i) => i.indicator === "dedicatedRoom");
    expect(room).toMatchObject({ answered: 2, share: 1 });
  });

  base("says why each other file is set aside, in French", () => {
    expect(
      report.setAside.map(({ name, cause, keptName }) => [
        name,
        cause,
        keptName,
      ]),
    ).toEqual([
      ["coupe.json", "unreadable", undefined],
      ["mediateur.json", "other-instrument", undefined],
      ["source (1).json", "duplicate", "source.json"],
      ["tilleuls-janvier.json", "older-version", "tilleuls-juin.json"],
    ]);
    const [cut, instrument, duplicate, older] = report.setAside.map(
      (s) => s.reason,
    );
    expect(cut).toContain("Ce fichier est incomplet ou abîmé");
    expect(cut).not.toMatch(/JSON/);
    expect(instrument).toBe(
      `Autre instrument${NBSP}: ce fichier n’est pas une auto-évaluation de centre social\u202f; il n’est pas compté.`,
    );
    expect(duplicate).toBe(
      `Même document que «${NBSP}source.json${NBSP}»${NBSP}: il n’est compté qu’une fois.`,
    );
    expect(older).toMatch(
      /^Version antérieure \(mise à jour le 10 janvier 2025 .+\) du même centre que «\u00a0tilleuls-juin\.json\u00a0» \(mise à jour le 10 juin 2025 .+\)\u00a0: seule la plus récente est comptée\.$/,
    );
  });

  base(
    "sets the network beside the surveys, in the words of benchmarkComparison",
    () => {
      const room = report.indicators.find(
        (i) => i.indicator === "dedicatedRoom",
      );
      expect(room?.summary).toBe(
        `Le réseau${NBSP}: oui pour 100${NBSP}% (2 sur 2 centres) — ` +
          `81${NBSP}% des centres avaient une salle dédiée aux ateliers informatiques en 2017 (réseau${NBSP}: 100${NBSP}% (2 sur 2 centres))${NNBSP}; ` +
          `65${NBSP}% des structures possédaient une salle informatique dédiée en 2022 (réseau${NBSP}: 100${NBSP}% (2 sur 2 centres)).`,
      );
      const computers = report.indicators.find(
        (i) => i.indicator === "computers",
      );
      expect(computers).toMatchObject({ answered: 1, median: 8, mean: 8 });
      expect(computers?.figures[0]?.network).toBe(
        "moyenne 8, médiane 8 (1 centre)",
      );
    },
  );

  base("positional names for aggregate(documents)", () => {
    const result = aggregate([january, "pas du JSON", january], {
      instrument: centre,
    });
    expect(result.setAside.map((s) => [s.name, s.cause])).toEqual([
      [`document n°${NBSP}2`, "unreadable"],
      [`document n°${NBSP}3`, "duplicate"],
    ]);
  });
});

describe("aggregate: figures", () => {
  base(
    "medians are exact: the middle of the levels, or between two levels",
    () => {
      const levels = [
        "pas-lance",
        "en-preparation",
        "en-place",
        "en-place-evalue",
      ];
      const documents = levels.map((level, i) =>
        doc(`2025-0${i + 1}-01T00:00:00Z`, {
          date: "",
          answers: { "fcs93-action/projet-numerique": { level } },
          indicators: { computers: [2, 4, 10, 30][i] ?? 0 },
        }),
      );
      const report = aggregate(documents, { instrument: centre });
      const item = report.items[0] as ItemFigures;
      expect(item).toMatchObject({
        item: "fcs93-action/projet-numerique",
        answered: 4,
        median: 2.5,
        mean: 2.5,
        distribution: {
          "pas-lance": 1,
          "en-preparation": 1,
          "en-place": 1,
          "en-place-evalue": 1,
        },
      });
      const three = aggregate(documents.slice(1), { instrument: centre });
      expect((three.items[0] as ItemFigures).median).toBe(3);
      const computers = report.indicators.find(
        (i) => i.indicator === "computers",
      );
      expect(computers).toMatchObject({ median: 7, mean: 11.5 });
      expect(report.completeness).toMatchObject({ documents: 4, complete: 0 });
    },
  );

  base("« non concerné » is counted apart, never as a level", () => {
    const report = aggregate(
      [
        doc("2025-01-01T00:00:00Z", {
          date: "",
          answers: { "fcs93-action/projet-numerique": { notApplicable: true } },
        }),
      ],
      { instrument: centre },
    );
    expect(report.items[0]).toMatchObject({
      answered: 0,
      notApplicable: 1,
      unanswered: 0,
      median: null,
    });
  });

  base("the staff shares of 2017 count persons", () => {
    const report = aggregate(
      [
        doc("2025-01-01T00:00:00Z", {
          date: "",
          indicators: { digitalStaff: 3, salariedStaff: 2 },
        }),
        doc("2025-02-01T00:00:00Z", {
          date: "",
          indicators: { digitalStaff: 1, salariedStaff: 1 },
        }),
      ],
      { instrument: centre },
    );
    const salaried = report.indicators.find(
      (i) => i.indicator === "salariedStaff",
    );
    expect(salaried?.figures[0]).toMatchObject({
      basis: "persons",
      count: 3,
      of: 4,
      value: 75,
    });
  });
});

describe("aggregate: properties", () => {
  const permuted = networkFilesArb(centre, mediateur).chain((files) =>
    fc.tuple(
      fc.constant(files),
      fc.shuffledSubarray(files, {
        minLength: files.length,
        maxLength: files.length,
      }),
    ),
  );
  test.prop([permuted])(
    "the order of the documents does not matter",
    ([files, shuffled]) => {
      expect(aggregateFiles(shuffled, { instrument: centre })).toEqual(
        aggregateFiles(files, { instrument: centre }),
      );
    },
  );

  test.prop([
    networkFilesArb(centre, mediateur),
    fc.array(fc.nat(), { maxLength: 4 }),
  ])(
    "splitting the set and merging the parts gives the same answer",
    (files, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (files.length + 1)))].sort(
        (a, b) => a - b,
      );
      const chunks = [0, ...points].map((start, i) =>
        files.slice(start, [...points, files.length][i]),
      );
      const parts = chunks.map((chunk) =>
        aggregatePart(chunk, { instrument: centre }),
      );
      expect(networkReport(mergeParts(parts), { instrument: centre })).toEqual(
        aggregateFiles(files, { instrument: centre }),
      );
    },
  );

  test.prop([networkDocumentArb(centre)])(
    "aggregating one document agrees with its profile and benchmarkComparison",
    (document) => {
      const report = aggregate([document], { instrument: centre });
      const result = profile(document, centre);
      expect(report.documents).toBe(1);
      const completeness = report.completeness as NetworkCompleteness;
      expect(completeness.mean).toBeCloseTo(result.overall.completion, 12);
      expect(completeness.median).toBeCloseTo(result.overall.completion, 12);
      result.groups.forEach((group, g) => {
        const figures = report.groups[g] as GroupFigures;
        expect(figures.group).toBe(group.group);
        expect(figures.distribution).toEqual(group.distribution);
        expect([
          figures.answered,
          figures.notApplicable,
          figures.unanswered,
        ]).toEqual([group.answered, group.notApplicable, group.unanswered]);
        if (group.mean === null) expect(figures.mean).toBeNull();
        else expect(figures.mean).toBeCloseTo(group.mean, 12);
      });
      for (const comparison of benchmarkComparison(document.indicators ?? {})) {
        const network = report.indicators.find(
          (i) => i.indicator === comparison.indicator,
        );
        for (const { figure, text, concernsYou } of comparison.figures) {
          const mine = network?.figures.find((f) => f.figure.id === figure.id);
          expect(mine?.text).toBe(text);
          if (mine?.basis !== "centres") continue;
          if (figure.unit === "percent")
            expect(mine.value).toBe(concernsYou ? 100 : 0);
          if (figure.unit === "mean")
            expect(mine.value).toBe(comparison.answer);
        }
      }
    },
  );
});

describe("a bad or hostile file is set aside, never stops the others", () => {
  base("50 MB, deeply nested, circular, a throwing proxy, a BigInt", () => {
    const circular: Record<string, unknown> = {};
    circular["self"] = circular;
    const hostile = [
      "x".repeat(50_000_000),
      "[".repeat(100_000) + "]".repeat(100_000),
      circular,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error("piège");
          },
        },
      ),
      10n,
    ];
    const good = doc("2025-01-01T00:00:00Z");
    const report = aggregate([...hostile, good], { instrument: centre });
    expect(report.documents).toBe(1);
    expect(report.setAside.map((s) => s.cause)).toEqual(
      hostile.map(() => "unreadable"),
    );
    for (const { reason } of report.setAside)
      expect(reason).toMatch(/^Illisible\u00a0: /);
  });
});

describe("aggregate: bad arguments are typed errors", () => {
  base.each([
    ["a text", "[]"],
    ["a number", 3],
    ["null", null],
  ])("documents as %s", (_, value) => {
    expect(() => aggregate(value as never, { instrument: centre })).toThrow(
      AssessmentArgumentError,
    );
  });

  base("an iterable that throws, or never ends", () => {
    function* throwing() {
      yield 1;
      throw new Error("boom");
    }
    function* endless() {
      for (;;) yield 1;
    }
    expect(() => aggregate(throwing(), { instrument: centre })).toThrow(
      AssessmentArgumentError,
    );
    expect(() => aggregate(endless(), { instrument: centre })).toThrow(
      expect.objectContaining({ code: "too-many-documents" }),
    );
  });

  base("parts of two instruments, or a part for another instrument", () => {
    const a = aggregatePart([], { instrument: centre });
    const b = aggregatePart([], { instrument: mediateur });
    expect(() => mergeParts([a, b])).toThrow(
      expect.objectContaining({ code: "incompatible-parts" }),
    );
    expect(() => networkReport(a, { instrument: mediateur })).toThrow(
      expect.objectContaining({ code: "part-instrument-mismatch" }),
    );
    expect(() => mergeParts([])).toThrow(
      expect.objectContaining({ code: "no-parts" }),
    );
    expect(() =>
      networkReport(
        {
          ...a,
          documents: [
            {
              name: "x",
              createdAt: "2025-01-01T00:00:00Z",
              updatedAt: "2025-01-01T00:00:00Z",
              answers: "9",
              digest: "00000000000000",
            },
          ],
        },
        { instrument: centre },
      ),
    ).toThrow(expect.objectContaining({ code: "invalid-answers" }));
  });
});
