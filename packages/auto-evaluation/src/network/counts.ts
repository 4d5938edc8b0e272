import type { Instrument, InstrumentGroup } from "../engine/instrument.js";
import { NOT_APPLICABLE, UNANSWERED, type DocumentEntry } from "./part.js";

/** How many times each value occurs: the multiset of the values, so that medians stay exact when merged. */
export type Counts = Map<number, number>;

export const add = (counts: Counts, value: number, times = 1): void => {
  counts.set(value, (counts.get(value) ?? 0) + times);
};

/** The median of a multiset (the mean of the two middle values when their number is even), or `null`. */
export function medianOf(counts: Counts): number | null {
  let total = 0;
  for (const times of counts.values()) total += times;
  if (total === 0) return null;
  const [low, high] = [Math.floor((total - 1) / 2), Math.floor(total / 2)];
  let seen = 0;
  let lowValue: number | undefined;
  for (const value of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(value) ?? 0;
    if (lowValue === undefined && low < seen) lowValue = value;
    if (high < seen) return ((lowValue ?? value) + value) / 2;
  }
  return null;
}

/** The mean of a multiset, or `null`. */
export function meanOf(counts: Counts): number | null {
  let total = 0;
  let sum = 0;
  for (const [value, times] of counts) {
    total += times;
    sum += value * times;
  }
  return total === 0 ? null : sum / total;
}

/** The levels given to a set of items: how many at each level, « non concerné », unanswered, median and mean. */
export interface LevelFigures {
  /** Answers with a level. */
  readonly answered: number;
  /** Answers « non concerné »: left out of the median and the mean. */
  readonly notApplicable: number;
  readonly unanswered: number;
  /** Level ID → number of answers at that level (every level listed, zeros included). */
  readonly distribution: Readonly<Record<string, number>>;
  /** Median score (1 for the lowest level; x.5 between two levels), `null` without any level. */
  readonly median: number | null;
  /** Mean score, `null` without any level. */
  readonly mean: number | null;
}

/** The answer codes of the kept documents, counted once per item and level: the base of every level figure. */
export interface AnswerCounts {
  /** Per item (instrument order): score → answers; score 0 is « non concerné ». */
  readonly items: Counts[];
  /** Per item: documents that left it unanswered. */
  readonly unanswered: number[];
  /** Per domain (instrument order): documents that gave at least one level in it. */
  readonly groupDocuments: number[];
  /** Number of answered or « non concerné » items → documents. */
  readonly completion: Counts;
}

/** Whether an answer code is a level (neither unanswered nor « non concerné »). */
export const hasLevel = (code: string | undefined): boolean =>
  code !== undefined && code !== UNANSWERED && code !== NOT_APPLICABLE;

export function countAnswers(
  entries: readonly DocumentEntry[],
  instrument: Instrument,
): AnswerCounts {
  const n = instrument.items.length;
  const items = Array.from({ length: n }, (): Counts => new Map());
  const unanswered = new Array<number>(n).fill(0);
  const indexOf = new Map(instrument.items.map(({ id }, i) => [id, i]));
  const groupItems = instrument.groups.map((group) =>
    group.items.map((id) => indexOf.get(id) ?? -1),
  );
  const groupDocuments = new Array<number>(groupItems.length).fill(0);
  const completion: Counts = new Map();
  for (const { answers } of entries) {
    let done = 0;
    for (let i = 0; i < n; i++) {
      const code = answers[i] ?? UNANSWERED;
      if (code === UNANSWERED) {
        unanswered[i] = (unanswered[i] ?? 0) + 1;
        continue;
      }
      done++;
      add(items[i] as Counts, parseInt(code, 36));
    }
    add(completion, done);
    groupItems.forEach((indexes, g) => {
      if (indexes.some((i) => hasLevel(answers[i])))
        groupDocuments[g] = (groupDocuments[g] ?? 0) + 1;
    });
  }
  return { items, unanswered, groupDocuments, completion };
}

/** The level figures of one item or of a domain’s items together. */
export function levelFigures(
  indexes: readonly number[],
  counts: AnswerCounts,
  instrument: Instrument,
): LevelFigures {
  const pooled: Counts = new Map();
  let unanswered = 0;
  for (const i of indexes) {
    for (const [score, times] of counts.items[i] ?? [])
      add(pooled, score, times);
    unanswered += counts.unanswered[i] ?? 0;
  }
  const notApplicable = pooled.get(Number(NOT_APPLICABLE)) ?? 0;
  pooled.delete(Number(NOT_APPLICABLE));
  return {
    answered: [...pooled.values()].reduce((a, b) => a + b, 0),
    notApplicable,
    unanswered,
    distribution: Object.fromEntries(
      instrument.scale.levels.map((level, index) => [
        level.id,
        pooled.get(index + 1) ?? 0,
      ]),
    ),
    median: medianOf(pooled),
    mean: meanOf(pooled),
  };
}

/** The indexes of a domain’s items in the instrument’s order. */
export const groupIndexes = (
  group: InstrumentGroup,
  instrument: Instrument,
): number[] => {
  const indexOf = new Map(instrument.items.map(({ id }, i) => [id, i]));
  return group.items.map((id) => indexOf.get(id) ?? -1);
};
