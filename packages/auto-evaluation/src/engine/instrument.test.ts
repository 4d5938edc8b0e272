import { describe, expect, test } from "vitest";
import { getInstrument } from "../instruments.js";
import {
  instrumentFromJSON,
  instrumentToJSON,
  type Instrument,
} from "./instrument.js";
import type { Problem } from "@mediation-numerique/core";
import { AssessmentArgumentError } from "./errors.js";
import { createDocument } from "./create-document.js";
import { migrate } from "./migrate.js";
import { profile } from "./profile.js";
import { serialize } from "./serialize.js";
import { parse } from "./parse.js";
import {
  demoInstrumentV1,
  demoInstrumentV2,
  demoInstrumentV3,
} from "../fixture.test-helpers.js";

const date = "2025-03-01T09:00:00Z";

function problemsOf(run: () => unknown): readonly Problem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentArgumentError);
    return (error as AssessmentArgumentError).problems;
  }
  throw new Error("the input was accepted");
}

describe("an instrument is a plain JSON value", () => {
  test.each([
    ["centre", getInstrument("centre")],
    ["mediateur", getInstrument("mediateur")],
    ["demo v2 (withdrawn item)", demoInstrumentV2],
    ["demo v3 (incomplete item)", demoInstrumentV3],
  ])("%s: instrument → JSON → instrument gives the same value", (_, own) => {
    const text = instrumentToJSON(own);
    const back = instrumentFromJSON(text);
    expect(back).toEqual(own);
    expect(instrumentFromJSON(JSON.parse(text))).toEqual(own);
    // Nothing is lost in JSON: no Map, Set, function or undefined.
    expect(JSON.parse(JSON.stringify(own))).toEqual(own);
  });

  test("the engine gives the same results with the instrument read back from JSON", () => {
    const own = getInstrument("mediateur");
    const back = instrumentFromJSON(instrumentToJSON(own));
    const [first, second] = own.items.map(({ id }) => id);
    const document = createDocument(back, {
      date,
      answers: {
        [String(first)]: { level: "avec-aide" },
        [String(second)]: { notApplicable: true },
      },
    });
    expect(profile(document, back)).toEqual(profile(document, own));
    expect(parse(serialize(document), { instrument: back })).toEqual(document);
  });

  test("withdrawn items survive the round trip: migrate still sets their answers aside", () => {
    const v1 = createDocument(demoInstrumentV1, {
      date,
      answers: { "demo/a-3": { level: "autonomie" } },
    });
    const back = instrumentFromJSON(instrumentToJSON(demoInstrumentV2));
    expect(back.withdrawn).toEqual([
      { id: "demo/a-3", replacedBy: ["demo/a-4"] },
    ]);
    expect(migrate(v1, back)).toEqual(migrate(v1, demoInstrumentV2));
    expect(migrate(v1, back).document.setAside?.["demo/a-3"]).toEqual({
      answer: { level: "autonomie" },
      withdrawnIn: "1.1.0",
      replacedBy: ["demo/a-4"],
    });
  });

  test("an incomplete item is not assessed: not rated, not in a domain, never a strength", () => {
    expect(demoInstrumentV3.incomplete).toEqual(["demo/b-2"]);
    expect(demoInstrumentV3.items.map(({ id }) => id)).not.toContain(
      "demo/b-2",
    );
    expect(demoInstrumentV3.groups.flatMap((g) => g.items)).not.toContain(
      "demo/b-2",
    );
    // A document answered before the item was found incomplete still reads; migrate removes that answer.
    const v2 = createDocument(demoInstrumentV2, {
      date,
      answers: {
        "demo/b-2": { level: "transmission" },
        "demo/b-1": { level: "transmission" },
      },
    });
    const read = parse(serialize(v2), { instrument: demoInstrumentV3 });
    expect(
      profile(read, demoInstrumentV3).strengths.map((s) => s.item),
    ).toEqual(["demo/b-1"]);
    const { document, changes } = migrate(read, demoInstrumentV3);
    expect(document.answers).not.toHaveProperty("demo/b-2");
    expect(document.setAside ?? {}).not.toHaveProperty("demo/b-2");
    expect(changes).toContainEqual({
      type: "item-not-assessed",
      item: "demo/b-2",
      answered: true,
    });
  });

  test("carries IDs, domains and versions, never an item’s text", () => {
    const text = instrumentToJSON(getInstrument("mediateur"));
    expect(text).not.toMatch(/"text"|"label":"[^"]{120,}/);
    expect(text.length).toBeLessThan(20_000);
  });
});

describe("instrumentFromJSON rejects a wrong instrument with French problems", () => {
  const own: Instrument = getInstrument("centre");
  test("truncated JSON", () => {
    expect(problemsOf(() => instrumentFromJSON("{"))[0]?.code).toBe(
      "invalid-json",
    );
  });
  test("schema problems, with paths", () => {
    const problems = problemsOf(() =>
      instrumentFromJSON({ ...own, id: "autre", items: [{ id: "x" }] }),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        ["id"],
        ["items", 0, "id"],
        ["items", 0, "group"],
      ]),
    );
  });
  test("items and domains that disagree", () => {
    const [first, ...rest] = own.items;
    const problems = problemsOf(() =>
      instrumentFromJSON({
        ...own,
        items: [first, first, ...rest],
        withdrawn: [{ id: String(first?.id), replacedBy: [] }],
        incomplete: [String(first?.id)],
        versions: {},
      }),
    );
    expect(problems.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        "duplicate-item",
        "group-items-mismatch",
        "missing-version",
      ]),
    );
    for (const problem of problems) expect(problem.message).toMatch(/\u00a0/);
  });
  test("an item in a domain that does not list it", () => {
    const [first, ...rest] = own.items;
    const problems = problemsOf(() =>
      instrumentFromJSON({
        ...own,
        items: [
          { id: String(first?.id), group: String(own.groups.at(-1)?.id) },
          ...rest,
        ],
      }),
    );
    expect(problems.map((p) => p.code)).toContain("unknown-group");
  });
});

test("the engine’s parse checks against the instrument given: another instrument’s document is refused", () => {
  const centre = getInstrument("centre");
  const document = createDocument(getInstrument("mediateur"), { date });
  expect(() => parse(serialize(document), { instrument: centre })).toThrow(
    expect.objectContaining({
      problems: [expect.objectContaining({ code: "wrong-instrument" })],
    }),
  );
});
