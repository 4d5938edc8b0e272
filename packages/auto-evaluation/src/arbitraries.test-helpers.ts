// fast-check arbitraries: answers documents for any instrument.
import { fc } from "@fast-check/vitest";
import type { Answer, AssessmentDocument } from "./engine/document.js";
import type { Instrument } from "./engine/instrument.js";
import { createDocument } from "./engine/create-document.js";

/** One answer: unanswered, a level of the scale, or « non concerné », sometimes with a comment. */
export const answerArb = (instrument: Instrument): fc.Arbitrary<Answer> =>
  fc
    .tuple(
      fc.oneof(
        fc.constant<Answer>({}),
        fc.constantFrom(
          ...instrument.scale.levels.map((level): Answer => ({
            level: level.id,
          })),
        ),
        fc.constant<Answer>({ notApplicable: true }),
      ),
      fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    )
    .map(([answer, comment]) =>
      comment === undefined ? answer : { ...answer, comment },
    );

const dateArb = fc
  .date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

/** A valid document of the instrument, with random answers on every item. */
export const documentArb = (
  instrument: Instrument,
): fc.Arbitrary<AssessmentDocument> =>
  fc
    .tuple(
      fc.array(answerArb(instrument), {
        minLength: instrument.items.length,
        maxLength: instrument.items.length,
      }),
      dateArb,
    )
    .map(([answers, date]) =>
      createDocument(instrument, {
        date,
        answers: Object.fromEntries(
          instrument.items.map(({ id }, index) => [id, answers[index] ?? {}]),
        ),
      }),
    );
