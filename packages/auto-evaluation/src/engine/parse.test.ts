import { describe, expect, test as base } from "vitest";
import { test } from "@fast-check/vitest";
import { parse } from "../parse.js";
import { serialize } from "./serialize.js";
import { createDocument } from "./create-document.js";
import type { Problem } from "@mediation-numerique/core";
import { AssessmentDocumentError } from "./errors.js";
import { getInstrument } from "../instruments.js";
import { documentArb } from "../arbitraries.test-helpers.js";
import { demoInstrumentV1 as demo } from "../fixture.test-helpers.js";

const date = "2025-03-01T09:00:00Z";
const centre = getInstrument("centre");
const mediateur = getInstrument("mediateur");

/** The problems of a rejected input (fails the test if the input is accepted or the error is not typed). */
function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentDocumentError);
    return [...(error as AssessmentDocumentError).problems];
  }
  throw new Error("Le document aurait dû être refusé.");
}

const valid = () =>
  createDocument(mediateur, {
    date,
    answers: {
      "fcs93-competences/diagnostic-3": {
        level: "autonomie",
        comment: "Plan d’action 2025",
      },
    },
  });

describe("parse and serialize", () => {
  for (const [name, instrument] of [
    ["centre", centre],
    ["mediateur", mediateur],
  ] as const) {
    test.prop([documentArb(instrument)])(
      `parse(serialize(x)) round-trips (${name})`,
      (document) => {
        expect(parse(serialize(document))).toEqual(document);
      },
    );
  }

  base("accepts a document given as a parsed value", () => {
    expect(parse(JSON.parse(serialize(valid())))).toEqual(valid());
  });

  base("serialize refuses a document that does not fit the schema", () => {
    expect(() => serialize({ ...valid(), schemaVersion: 3 } as never)).toThrow(
      AssessmentDocumentError,
    );
  });

  base("createDocument lists every assessed item unanswered", () => {
    const document = createDocument(centre, { date });
    expect(Object.keys(document.answers)).toEqual(
      centre.items.map((item) => item.id),
    );
    expect(
      Object.values(document.answers).every(
        (answer) => Object.keys(answer).length === 0,
      ),
    ).toBe(true);
    expect(document.referentiels).toEqual({
      "fcs93-action": centre.versions["fcs93-action"],
    });
  });
});

describe("parse: bad documents", () => {
  base("truncated JSON: one problem at the root", () => {
    const text = serialize(valid());
    expect(problemsOf(() => parse(text.slice(0, text.length / 2)))).toEqual([
      expect.objectContaining({ path: [], code: "invalid-json" }),
    ]);
  });

  base("wrong schema version", () => {
    expect(problemsOf(() => parse({ ...valid(), schemaVersion: 3 }))).toEqual([
      expect.objectContaining({
        path: ["schemaVersion"],
        message: expect.stringContaining("version 2") as string,
      }),
    ]);
  });

  base("unknown item and wrong level", () => {
    const document = valid();
    const problems = problemsOf(() =>
      parse({
        ...document,
        answers: {
          ...document.answers,
          "fcs93-competences/diagnostic-99": { level: "autonomie" },
          "fcs93-competences/diagnostic-4": { level: "expert" },
        },
      }),
    );
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
      {
        path: ["answers", "fcs93-competences/diagnostic-4", "level"],
        code: "unknown-level",
      },
      {
        path: ["answers", "fcs93-competences/diagnostic-99"],
        code: "unknown-item",
      },
    ]);
    expect(problems[0]?.message).toContain("«\u00a0decouverte\u00a0»");
    expect(problems[1]?.message).toMatch(
      /vouliez-vous dire «\u00a0fcs93-competences\/diagnostic-\d\u00a0»/,
    );
  });

  base("lists every problem at once, each with its path", () => {
    const document = valid();
    const problems = problemsOf(() =>
      parse({
        ...document,
        schemaVersion: 3,
        createdAt: "hier",
        referentiels: {
          ...document.referentiels,
          "fcs93-competences": "9.0.0",
          inconnu: "1.0.0",
        },
        answers: {
          ...document.answers,
          "pas un id": {},
          "conum-remn/mission": { level: "autonomie" },
          "fcs93-competences/savoir-1": {
            level: "autonomie",
            notApplicable: true,
          },
          "fcs93-competences/savoir-2": { level: 3 },
        },
        indicators: { dedicatedRoom: true },
        extra: 1,
      }),
    );
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        ["schemaVersion"],
        ["createdAt"],
        ["answers", "pas un id"],
        ["answers", "fcs93-competences/savoir-2", "level"],
        [],
        ["referentiels", "fcs93-competences"],
        ["referentiels", "inconnu"],
        ["answers", "conum-remn/mission"],
        ["answers", "fcs93-competences/savoir-1"],
        ["indicators"],
      ]),
    );
    for (const problem of problems) expect(problem.message).toMatch(/\S/);
  });

  base("a document of the other instrument, or not an object at all", () => {
    expect(problemsOf(() => parse(valid(), { instrument: centre }))).toEqual([
      expect.objectContaining({
        path: ["instrument"],
        code: "wrong-instrument",
      }),
    ]);
    for (const input of [null, 42, [], "null", '"texte"']) {
      expect(problemsOf(() => parse(input))).toEqual([
        expect.objectContaining({ path: [] }),
      ]);
    }
  });

  base("a withdrawn item’s answer is still a known item", () => {
    const document = createDocument(demo, { date });
    expect(() =>
      parse(
        {
          ...document,
          answers: { ...document.answers, "demo/a-3": { level: "autonomie" } },
        },
        { instrument: demo },
      ),
    ).not.toThrow();
  });

  base(
    "dates out of order; contradictory indicators are kept (warnings of indicatorProblems)",
    () => {
      const document = createDocument(centre, { date });
      const indicators = {
        digitalStaff: 1,
        salariedStaff: 1,
        sessionalStaff: 1,
        freeAccess: false,
        freeAccessHours: true,
      };
      const problems = problemsOf(() =>
        parse({ ...document, updatedAt: "2024-01-01T00:00:00Z", indicators }),
      );
      expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
        { path: ["updatedAt"], code: "dates-out-of-order" },
      ]);
      expect(parse({ ...document, indicators }).indicators).toEqual(indicators);
    },
  );

  base("zod’s own messages are in French too", () => {
    const document = createDocument(centre, { date });
    const problems = problemsOf(() =>
      parse({ ...document, indicators: { computers: -1 }, extra: 1 }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ["indicators", "computers"],
          message: expect.stringContaining(
            "«\u00a0-1\u00a0» est négatif\u00a0: saisissez",
          ) as string,
        }),
        expect.objectContaining({
          path: [],
          code: "unrecognized-keys",
          message: "champ inconnu\u00a0: «\u00a0extra\u00a0».",
        }),
      ]),
    );
  });

  base(
    "a bad answers key names the key and says how an item ID is written",
    () => {
      const document = createDocument(centre, { date });
      const problems = problemsOf(() =>
        parse({
          ...document,
          answers: { ...document.answers, "pas un id": {} },
        }),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          path: ["answers", "pas un id"],
          message: expect.stringMatching(
            /^«\u00a0pas un id\u00a0»\u00a0: Une référence d’item s’écrit/,
          ) as string,
        }),
      ]);
    },
  );

  base(
    "count indicators: a French message naming the value, with the package’s maximum",
    () => {
      const document = createDocument(centre, { date });
      const messages = (computers: number) =>
        problemsOf(() => parse({ ...document, indicators: { computers } })).map(
          (problem) => problem.message,
        );
      expect(messages(2.5)).toEqual([
        "«\u00a02,5\u00a0» n’est pas un nombre entier\u00a0: saisissez un nombre sans virgule ni lettre.",
      ]);
      expect(messages(100_001)).toEqual([
        "«\u00a0100\u202f001\u00a0» dépasse 100\u202f000\u00a0: saisissez un nombre plus petit.",
      ]);
      expect(messages(Number.NaN)[0]).toMatch(/^La valeur saisie n’est pas/);
    },
  );

  base("the error message lists the problems in French", () => {
    const error = (() => {
      try {
        parse("{");
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.name).toBe("AssessmentDocumentError");
    expect(error?.message).toContain(
      "(entrée)\u00a0: Ce fichier est incomplet ou abîmé\u00a0: il ne peut pas être lu.",
    );
  });
});
