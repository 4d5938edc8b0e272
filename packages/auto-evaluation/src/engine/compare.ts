import type { AssessmentDocument } from "./document.js";
import { AssessmentArgumentError, AssessmentDocumentError } from "./errors.js";
import { readInstrument, type Instrument } from "./instrument.js";
import { readDocument, resultOf } from "./parse.js";
import {
  profileOf,
  resolveProfileOptions,
  type ProfileOptions,
  type ResolvedOptions,
  type Summary,
} from "./profile.js";
import { levelScore } from "./scale.js";

/** Options of `compare`: the référentiels to keep, as in `ProfileOptions`. */
export type CompareOptions = Pick<ProfileOptions, "referentiels">;

/** How one domain (or the whole assessment) moved between two dates. */
export interface Progress {
  readonly before: Summary;
  readonly after: Summary;
  /** After mean minus before mean; `null` when either has no answered item. */
  readonly meanChange: number | null;
  readonly completionChange: number;
}

export interface GroupProgress extends Progress {
  readonly group: string;
  readonly label: string;
}

/** An item whose level changed, with the change in score (positive: progress). */
export interface ItemChange {
  readonly item: string;
  readonly group: string;
  readonly from: string;
  readonly to: string;
  readonly change: number;
}

/** What `compare` returns. */
export interface Comparison {
  /** `updatedAt` of the earlier document. */
  readonly from: string;
  /** `updatedAt` of the later document. */
  readonly to: string;
  readonly overall: Progress;
  readonly groups: readonly GroupProgress[];
  /** Items that went up, largest rise first. */
  readonly improved: readonly ItemChange[];
  /** Items that went down, largest fall first. */
  readonly declined: readonly ItemChange[];
}

const progress = (before: Summary, after: Summary): Progress => ({
  before,
  after,
  meanChange:
    before.mean === null || after.mean === null
      ? null
      : after.mean - before.mean,
  completionChange: after.completion - before.completion,
});

/**
 * Compares two assessments of the same centre or person taken at different dates: progress per domain and
 * overall, items that rose or fell. `before` must not be later than `after` (throws `AssessmentArgumentError`).
 * Answers are read against the current instrument: `migrate` older documents first. `options.referentiels`
 * keeps only those référentiels (domains, overall and items), as in `profile`. Invalid documents throw
 * `AssessmentDocumentError` with the problems of both, under `before` and `after`.
 */
export function compare(
  before: AssessmentDocument,
  after: AssessmentDocument,
  instrument: Instrument,
  options: CompareOptions = {},
): Comparison {
  const valid = readInstrument(instrument);
  const resolved = resolveProfileOptions(options, valid);
  const earlier = resultOf(() => readDocument(before, valid, ["before"]));
  const later = resultOf(() => readDocument(after, valid, ["after"]));
  if (!earlier.success)
    throw new AssessmentDocumentError([
      ...earlier.problems,
      ...(later.success ? [] : later.problems),
    ]);
  if (!later.success) throw new AssessmentDocumentError(later.problems);
  return compareValid(earlier.data, later.data, valid, resolved);
}

function compareValid(
  before: AssessmentDocument,
  after: AssessmentDocument,
  instrument: Instrument,
  options: ResolvedOptions,
): Comparison {
  if (Date.parse(before.updatedAt) > Date.parse(after.updatedAt)) {
    throw new AssessmentArgumentError([
      {
        path: ["before", "updatedAt"],
        code: "documents-out-of-order",
        message: `Le premier document (${before.updatedAt}) est plus récent que le second (${after.updatedAt})\u00A0: passez le plus ancien en premier.`,
      },
    ]);
  }
  const [first, second] = [
    profileOf(before, instrument, options),
    profileOf(after, instrument, options),
  ];
  const kept = new Set(first.groups.map(({ group }) => group));
  const items = instrument.items.filter(({ group }) => kept.has(group));
  const changes = items.flatMap(({ id, group }): ItemChange[] => {
    const from = before.answers[id]?.level;
    const to = after.answers[id]?.level;
    if (from === undefined || to === undefined) return [];
    const change =
      (levelScore(instrument.scale, to) ?? 0) -
      (levelScore(instrument.scale, from) ?? 0);
    return change === 0 ? [] : [{ item: id, group, from, to, change }];
  });
  return {
    from: before.updatedAt,
    to: after.updatedAt,
    overall: progress(first.overall, second.overall),
    groups: first.groups.map((group, index) => {
      const later = second.groups[index] ?? group;
      return {
        group: group.group,
        label: group.label,
        ...progress(group, later),
      };
    }),
    improved: changes
      .filter((c) => c.change > 0)
      .sort((a, b) => b.change - a.change),
    declined: changes
      .filter((c) => c.change < 0)
      .sort((a, b) => a.change - b.change),
  };
}
