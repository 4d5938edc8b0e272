import { describe, expect, test } from "vitest";
import { aggregateFiles, aggregatePart } from "./aggregate.js";
import { networkCSV, networkJSON } from "./export.js";
import type { GroupFigures } from "./report.js";
import { MIN_GROUP, type DomainGaps } from "./training.js";
import { createDocument } from "../engine/create-document.js";
import { AssessmentArgumentError } from "../engine/errors.js";
import { serialize } from "../engine/serialize.js";
import { getInstrument } from "../instruments.js";
import { profile } from "../engine/profile.js";
import { trainingLeads } from "../mediateur/training-leads.js";

const mediateur = getInstrument("mediateur");

/** `n` mediators, each created on another day, every item at `level` and a comment naming its author. */
const mediators = (n: number, level = "decouverte") =>
  Array.from({ length: n }, (_, i) => ({
    name: `auto-evaluation-marie-dupont-${i + 1}.json`,
    content: createDocument(mediateur, {
      date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      answers: Object.fromEntries(
        mediateur.items.map(({ id }) => [
          id,
          { level, comment: "Marie Dupont, à revoir avec Karim Benali" },
        ]),
      ),
    }),
  }));

/** The first of `mediators(1)`. */
function files0() {
  const [file] = mediators(1);
  if (!file) throw new Error("no file");
  return file;
}

describe("mediators’ documents: nothing drawn from fewer than MIN_GROUP", () => {
  test("MIN_GROUP is 5", () => {
    expect(MIN_GROUP).toBe(5);
  });

  test("with 4 self-assessments, every figure is withheld and says why", () => {
    const report = aggregateFiles(mediators(4), { instrument: mediateur });
    expect(report.documents).toBe(4);
    const reason =
      "Chiffre non montré\u00a0: il reposerait sur 4 auto-évaluations, moins de 5\u202f; on pourrait y reconnaître une personne.";
    expect(report.completeness).toEqual({ withheld: reason });
    expect(report.items.every((item) => "withheld" in item)).toBe(true);
    expect(report.groups.every((group) => "withheld" in group)).toBe(true);
    expect(report.training?.domains).toContainEqual(
      expect.objectContaining({ withheld: reason }),
    );
    expect(report.training?.leads).toEqual([]);
    expect(report.training?.trainings).toEqual([]);
    expect(report.training?.withheld[0]).toMatch(/moins de 5 auto-évaluations/);
    expect(() =>
      networkCSV(aggregatePart(mediators(4), { instrument: mediateur }), {
        instrument: mediateur,
      }),
    ).toThrow(AssessmentArgumentError);
  });

  test("with 5, the gaps per domain and the leads that come up most", () => {
    const files = mediators(5);
    const report = aggregateFiles(files, { instrument: mediateur });
    const domains = report.training?.domains as DomainGaps[];
    expect(domains.every((d) => d.documents === 5 && d.withGaps === 5)).toBe(
      true,
    );
    const [first] = files;
    if (!first) throw new Error("no file");
    const expected = trainingLeads(profile(first.content, mediateur));
    // Every one has the same leads: each of them counted 5 times (ties in the instrument’s order).
    expect(
      report.training?.leads.map((l) => [l.group, l.documents]).sort(),
    ).toEqual(expected.map((lead) => [lead.group, 5]).sort());
    expect(report.training?.trainings.map((t) => t.training.id).sort()).toEqual(
      [
        ...new Set(expected.flatMap((l) => l.trainings.map((t) => t.id))),
      ].sort(),
    );
    expect((report.groups[0] as GroupFigures).median).toBe(1);
  });

  test("a domain answered by fewer than 5 is withheld, the others shown", () => {
    const files = mediators(5, "autonomie");
    const [first] = mediateur.groups;
    // Four people answer « non concerné » for the whole first domain.
    for (const file of files.slice(1))
      for (const id of first?.items ?? [])
        file.content.answers[id] = { notApplicable: true };
    const report = aggregateFiles(files, { instrument: mediateur });
    expect(report.groups[0]).toEqual({
      group: first?.id,
      label: first?.label,
      withheld: expect.stringContaining("une seule auto-évaluation") as string,
    });
    expect(report.groups[1]).toMatchObject({ documents: 5 });
  });

  test("never names a person: no file name, no comment, no value of a bad file", () => {
    const files = [
      ...mediators(6),
      {
        name: "marie-dupont-illisible.json",
        content: serialize(files0().content).replace(
          '"comment": "Marie',
          `"comment": "${"Marie Dupont ".repeat(200)}`,
        ),
      },
      { name: "karim-benali.json", content: { instrument: "Karim Benali" } },
    ];
    const part = aggregatePart(files, { instrument: mediateur });
    const outputs = [
      JSON.stringify(aggregateFiles(files, { instrument: mediateur })),
      networkJSON(part, { instrument: mediateur }),
      networkCSV(part, { instrument: mediateur }),
    ];
    for (const output of outputs)
      expect(output).not.toMatch(/marie|dupont|karim|benali/i);
    const report = aggregateFiles(files, { instrument: mediateur });
    expect(report.setAside.map((s) => [s.name, s.cause])).toEqual([
      ["document n°\u00a07", "unreadable"],
      ["document n°\u00a08", "unreadable"],
    ]);
  });
});
