import { NBSP } from "@mediation-numerique/core";
import type { InstrumentId } from "../engine/instrument.js";
import type {
  AggregationPart,
  DocumentEntry,
  UnreadableInput,
} from "./part.js";

type Input = DocumentEntry | UnreadableInput;

const collator = /* @__PURE__ */ new Intl.Collator("fr", { numeric: true });
/** Names in the order a person sorts files: « document n° 2 » before « document n° 10 »; ties by code units. */
export const byName = (a: string, b: string): number =>
  collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** What tells an input apart from the others: its name, then its content (or its problems). */
const keyOf = (input: Input): string =>
  "digest" in input
    ? `${input.name}\u0000${input.digest}`
    : `${input.name}\u0001${input.cause}\u0001${JSON.stringify(input.problems)}`;

/**
 * How the report names an input. A centre’s document is named by its input’s name (its file name). A
 * mediator’s file name may name a person, so a mediator’s document is « document n° k », `k` its rank when
 * every input of the part is sorted by name (numbers in order), then by content: the label depends on the set of inputs, never
 * on the order they came in, and the person who dropped the files can find each one by sorting them by name.
 */
export function documentLabels(
  part: AggregationPart,
  instrument: InstrumentId,
): (input: Input) => string {
  if (instrument === "centre") return (input) => input.name;
  const keys = [...part.documents, ...part.unreadable].map(keyOf).sort(byName);
  const ranks = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!ranks.has(key)) ranks.set(key, index + 1);
  });
  return (input) => `document n°${NBSP}${ranks.get(keyOf(input)) ?? 0}`;
}
