import * as z from "zod/mini";
import { Problem, StableId } from "@mediation-numerique/core";
import { ItemRef } from "@mediation-numerique/referentiels/schema";
import type { AssessmentDocument } from "../engine/document.js";
import { InstrumentId, type Instrument } from "../engine/instrument.js";
import { CentreIndicators } from "../centre/indicators.js";
import { CentreStructure } from "../centre/structure.js";
import { MAX_INPUT_NAME } from "./input.js";

const DateTime = /* @__PURE__ */ z.iso.datetime({ offset: true });
const Name = /* @__PURE__ */ z.string().check(z.maxLength(MAX_INPUT_NAME));

/** The code of an unanswered item and of an item answered « non concerné » in `DocumentEntry.answers`. */
export const UNANSWERED = "-";
export const NOT_APPLICABLE = "0";

/**
 * What the aggregation keeps of a readable document: its dates, its answers in one short text (one character
 * per item of the instrument, in the instrument’s order: `-` unanswered, `0` « non concerné », the level’s
 * score in base 36 otherwise), the centre’s indicators and identity, and a digest of all that. Comments are
 * never kept: they may name a person.
 */
export const DocumentEntry = /* @__PURE__ */ z
  .strictObject({
    name: Name,
    createdAt: DateTime,
    updatedAt: DateTime,
    answers: z.string().check(z.regex(/^[-0-9a-z]*$/)),
    digest: z.string().check(z.regex(/^[0-9a-f]{14}$/)),
    indicators: z.optional(CentreIndicators),
    structure: z.optional(CentreStructure),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.DocumentEntry",
    description: "Ce que l’agrégation garde d’un document lisible.",
  });
export type DocumentEntry = z.infer<typeof DocumentEntry>;

/** An input the aggregation could not count: unreadable, or of another instrument, with its problems. */
export const UnreadableInput = /* @__PURE__ */ z
  .strictObject({
    name: Name,
    cause: z.enum(["unreadable", "other-instrument"]),
    problems: z.array(Problem).check(z.minLength(1), z.maxLength(5)),
  })
  .register(z.globalRegistry, { id: "mn.auto-evaluation.UnreadableInput" });
export type UnreadableInput = z.infer<typeof UnreadableInput>;

/**
 * A partial aggregation: plain JSON, so that a Web Worker can build it from a chunk of files and send it back.
 * `mergeParts` joins parts exactly (nothing is summed before the end); `networkReport` turns a part into the
 * figures. `items` and `levels` are the instrument’s, so that parts of another instrument are refused.
 */
export const AggregationPart = /* @__PURE__ */ z
  .strictObject({
    instrument: InstrumentId,
    items: z.array(ItemRef),
    levels: z.array(StableId).check(z.minLength(2), z.maxLength(35)),
    documents: z.array(DocumentEntry),
    unreadable: z.array(UnreadableInput),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.AggregationPart",
    description:
      "Agrégation partielle des auto-évaluations d’un réseau, à réunir avec d’autres.",
  });
export type AggregationPart = z.infer<typeof AggregationPart>;

/** A 53-bit digest (cyrb53) in 14 hex digits: enough to tell two documents apart, not a security measure. */
export function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}

/** The answers of a document in one character per item of the instrument. */
export function answersCode(
  answers: AssessmentDocument["answers"],
  instrument: Instrument,
): string {
  const scores = new Map(
    instrument.scale.levels.map((level, index) => [
      level.id,
      (index + 1).toString(36),
    ]),
  );
  let code = "";
  for (const { id } of instrument.items) {
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    const score =
      answer?.level === undefined ? undefined : scores.get(answer.level);
    code +=
      score ?? (answer?.notApplicable === true ? NOT_APPLICABLE : UNANSWERED);
  }
  return code;
}

/** The entry of a valid document of the instrument. */
export function entryOf(
  name: string,
  document: AssessmentDocument,
  instrument: Instrument,
): DocumentEntry {
  const { createdAt, updatedAt, indicators, structure } = document;
  const answers = answersCode(document.answers, instrument);
  return {
    name,
    createdAt,
    updatedAt,
    answers,
    digest: digest(
      [
        createdAt,
        updatedAt,
        answers,
        JSON.stringify(indicators ?? null),
        JSON.stringify(structure ?? null),
      ].join("\n"),
    ),
    ...(indicators ? { indicators } : {}),
    ...(structure ? { structure } : {}),
  };
}

/** An empty part for the instrument. */
export const emptyPart = (instrument: Instrument): AggregationPart => ({
  instrument: instrument.id,
  items: instrument.items.map(({ id }) => id),
  levels: instrument.scale.levels.map(({ id }) => id),
  documents: [],
  unreadable: [],
});
