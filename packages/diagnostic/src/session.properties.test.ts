import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import type { Questionnaire } from "./schema/questionnaire.js";
import {
  DiagnosticSession,
  REQUEST_LIMITS,
  SESSION_FORMAT,
} from "./schema/session.js";
import { parseSession } from "./session-parse.js";
import { serializeSession } from "./session-serialize.js";
import { V1_NEARBY_ACTORS, V1_PRESET_NO_QUESTIONS } from "./session-v1.js";
import { partialAnswers } from "./test-support/arbitraries.js";
import { TINY } from "./test-support/fixtures.js";

/** A JSON value that survives `JSON.stringify` then `JSON.parse` unchanged (no -0). */
const scalar = fc.oneof(
  fc.string({ unit: "binary", maxLength: REQUEST_LIMITS.maxStringLength }),
  fc.integer(),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((x) => !Object.is(x, -0)),
  fc.boolean(),
  fc.constant(null),
);
const key = fc
  .string({ unit: "binary", maxLength: 30 })
  .filter((k) => k !== "__proto__");
const value = (depth: number): fc.Arbitrary<unknown> =>
  depth === 0
    ? scalar
    : fc.oneof(
        scalar,
        fc.array(value(depth - 1), { maxLength: 4 }),
        fc.dictionary(key, value(depth - 1), {
          maxKeys: 4,
          noNullPrototype: true,
        }),
      );
/** Any request within the bounds: three levels below the request object. */
const request = fc.option(
  fc.dictionary(key, value(REQUEST_LIMITS.maxDepth - 1), {
    maxKeys: 8,
    noNullPrototype: true,
  }),
  { nil: null },
);

const steps = (q: Questionnaire) =>
  fc.constantFrom(
    "results",
    "orientation",
    ...q.questions.map((question) => `question:${question.id}`),
  );
const dates = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

describe.each([
  ["our questionnaire", QUESTIONNAIRE],
  ["a tiny questionnaire", TINY],
])("on %s", (_, q) => {
  test.prop([partialAnswers(q), request, steps(q), dates])(
    "any valid session round-trips, with nothing changed",
    (document, saved, step, updatedAt) => {
      const content = {
        answers: document.answers,
        request: saved as DiagnosticSession["request"],
        step,
      };
      const { session, changes } = parseSession(
        serializeSession(content, q, updatedAt),
        q,
      );
      expect(session).toEqual({
        format: SESSION_FORMAT,
        version: 2,
        answers: { ...document, updatedAt },
        request: saved,
        step,
      });
      expect(changes).toEqual([]);
    },
  );
});

const FACTS = Object.keys(V1_PRESET_NO_QUESTIONS) as (
  "urgent" | "hasTime" | "wantsToLearn"
)[];
const v1Request = fc.record(
  {
    needs: fc.subarray(
      ["demarche-en-ligne", "apprendre-numerique", "equipement"],
      {
        minLength: 1,
      },
    ),
    urgent: fc.boolean(),
    hasTime: fc.boolean(),
    wantsToLearn: fc.boolean(),
    nearby: fc.oneof(
      fc.shuffledSubarray([...V1_NEARBY_ACTORS]),
      fc.shuffledSubarray([...V1_NEARBY_ACTORS], { minLength: 6 }),
    ),
    procedure: fc.constantFrom("", "caf", "impots"),
  },
  { requiredKeys: ["needs"] },
);

test.prop([
  partialAnswers(QUESTIONNAIRE),
  fc.option(v1Request, { nil: null }),
  steps(QUESTIONNAIRE),
])(
  "any version 1 envelope becomes a valid version 2 that answers nothing for the person",
  (answers, saved, step) => {
    const text = JSON.stringify({
      format: SESSION_FORMAT,
      version: 1,
      answers,
      request: saved,
      step,
    });
    const { session, changes } = parseSession(text, QUESTIONNAIRE);
    expect(DiagnosticSession.safeParse(session).success).toBe(true);
    expect(session.answers).toEqual(answers);
    expect(session.step).toBe(step);
    if (saved === null) {
      expect(session.request).toBeNull();
      expect(changes).toEqual([]);
      return;
    }
    const read = session.request ?? {};
    const everyActor = saved.nearby?.length === V1_NEARBY_ACTORS.length;
    for (const fact of FACTS) {
      expect(read[fact]).not.toBe(false);
      expect(read[fact]).toBe(saved[fact] === true ? true : undefined);
    }
    expect(read["nearby"]).toEqual(everyActor ? undefined : saved.nearby);
    expect(read["procedure"]).toBe(
      saved.procedure === "" ? undefined : saved.procedure,
    );
    expect(read["needs"]).toEqual(saved.needs);
    const dropped = FACTS.filter((fact) => saved[fact] === false).length;
    expect(changes).toHaveLength(dropped + (everyActor ? 1 : 0));
    expect(
      changes.every((change) => change.code === "preset-answer-dropped"),
    ).toBe(true);
    // Written back, it reads the same, with nothing more to change.
    const again = parseSession(
      serializeSession(
        { answers: session.answers.answers, request: read, step },
        QUESTIONNAIRE,
        "2026-01-01T00:00:00Z",
      ),
      QUESTIONNAIRE,
    );
    expect(again.session.request).toEqual(read);
    expect(again.changes).toEqual([]);
  },
);
