// fast-check arbitraries for network aggregation: centres’ documents with indicators and identity, some of
// them versions of one another (shared creation dates or identity), duplicated, unreadable or of another
// instrument.
import { fc } from "@fast-check/vitest";
import type { AssessmentDocument } from "../engine/document.js";
import type { Instrument } from "../engine/instrument.js";
import { createDocument } from "../engine/create-document.js";
import type { CentreIndicators } from "../centre/indicators.js";
import { answerArb } from "../arbitraries.test-helpers.js";
import type { NetworkFile } from "./input.js";

/** Structural indicators that contradict nothing (staff within the digital staff…). */
export const indicatorsArb: fc.Arbitrary<CentreIndicators> = fc
  .record(
    {
      dedicatedRoom: fc.boolean(),
      computers: fc.nat(30),
      equipmentState: fc.constantFrom(
        "bon",
        "correct",
        "mauvais",
        "tres-mauvais",
      ),
      bandwidth: fc.constantFrom(
        "bon",
        "correct",
        "faible",
        "extremement-faible",
      ),
      publicWifi: fc.boolean(),
      freeAccess: fc.boolean(),
      freeAccessHours: fc.boolean(),
      digitalWorkshops: fc.boolean(),
      peoplePerWeek: fc.nat(60),
      digitalStaff: fc.nat(5),
      salariedStaff: fc.nat(5),
      sessionalStaff: fc.nat(5),
      institutionPermanences: fc.boolean(),
      coRunPermanences: fc.boolean(),
      territorialProjectKnown: fc.boolean(),
      cafDigitalPoint: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((raw) => {
    const indicators: CentreIndicators = { ...raw };
    const staff = raw.digitalStaff;
    if (staff === undefined) {
      delete indicators.salariedStaff;
      delete indicators.sessionalStaff;
    } else {
      const salaried = Math.min(raw.salariedStaff ?? 0, staff);
      if (raw.salariedStaff !== undefined) indicators.salariedStaff = salaried;
      if (raw.sessionalStaff !== undefined)
        indicators.sessionalStaff = Math.min(
          raw.sessionalStaff,
          staff - salaried,
        );
    }
    if (raw.freeAccess === false) delete indicators.freeAccessHours;
    if (raw.institutionPermanences === false)
      delete indicators.coRunPermanences;
    return indicators;
  });

/** A few centres’ identities, so that two documents are sometimes the same centre. */
const structureArb = fc.constantFrom(
  { nom: "Centre social Les Tilleuls", commune: "Saint-Denis" },
  {
    nom: "Centre social La Source",
    commune: "Bobigny",
    siret: "73282932000074",
    code_insee: "93008",
  },
  { nom: "centre social les tilleuls", commune: "Saint Denis" },
);

const day = 86_400_000;
/** A few creation dates (a shared one makes two documents versions of one another), updated 0 to 3 days later. */
const datesArb = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }))
  .map(([created, later]) => {
    const createdAt = Date.UTC(2025, 0, 1 + created * 7);
    return [
      new Date(createdAt).toISOString(),
      new Date(createdAt + later * day).toISOString(),
    ] as const;
  });

/** A valid document of the instrument: random answers, and for a centre maybe indicators and identity. */
export const networkDocumentArb = (
  instrument: Instrument,
): fc.Arbitrary<AssessmentDocument> =>
  fc
    .record({
      answers: fc.array(answerArb(instrument), {
        minLength: instrument.items.length,
        maxLength: instrument.items.length,
      }),
      dates: datesArb,
      indicators: fc.option(indicatorsArb, { nil: undefined }),
      structure: fc.option(structureArb, { nil: undefined }),
    })
    .map(
      ({ answers, dates: [createdAt, updatedAt], indicators, structure }) => {
        const document = createDocument(instrument, {
          date: createdAt,
          answers: Object.fromEntries(
            instrument.items.map(({ id }, i) => [id, answers[i] ?? {}]),
          ),
          ...(instrument.id === "centre" && indicators ? { indicators } : {}),
          ...(instrument.id === "centre" && structure ? { structure } : {}),
        });
        return { ...document, updatedAt };
      },
    );

/**
 * Files of a network: documents (a few file names only, so that names collide), sometimes their JSON text,
 * some sent twice, some unreadable or of `other` instrument.
 */
export const networkFilesArb = (
  instrument: Instrument,
  other: Instrument,
): fc.Arbitrary<NetworkFile[]> =>
  fc
    .tuple(
      fc.array(
        fc.record({
          name: fc.constantFrom("a.json", "b.json", "c.json", "d.json"),
          content: fc.oneof(
            { weight: 6, arbitrary: networkDocumentArb(instrument) },
            {
              weight: 2,
              arbitrary: networkDocumentArb(instrument).map((d) =>
                JSON.stringify(d),
              ),
            },
            { weight: 1, arbitrary: fc.constantFrom("{ tronqué", "[]", 42) },
            { weight: 1, arbitrary: networkDocumentArb(other) },
          ),
        }),
        { maxLength: 12 },
      ),
      fc.array(fc.nat(), { maxLength: 3 }),
    )
    .map(([files, copies]) =>
      files.length === 0
        ? files
        : [
            ...files,
            ...copies.map((i) => files[i % files.length] as NetworkFile),
          ],
    );
