import * as z from "zod/mini";
import {
  frenchList,
  quote,
  StableId,
  type Problem,
} from "@mediation-numerique/core";
import type { AssessmentDocument } from "./document.js";
import {
  readInstrument,
  type Instrument,
  type InstrumentGroup,
} from "./instrument.js";
import { parseWith, throwIf } from "./input.js";
import { levelList, levelScore } from "./scale.js";
import { readDocument } from "./parse.js";

/**
 * Options of `profile` (and `compare`): the level to aim at (by default the scale’s `defaultTarget`) and the
 * référentiels to keep (by default every référentiel of the instrument). A scoped profile is computed on the
 * kept référentiels only: domains, overall figures, strengths and gaps; each kept domain’s figures are the same
 * as without the scope.
 */
export const ProfileOptions = /* @__PURE__ */ z.strictObject({
  target: z.optional(StableId),
  referentiels: z.optional(
    z.array(StableId).check(
      z.minLength(1, {
        error:
          "Choisissez au moins un référentiel, ou omettez «\u00a0referentiels\u00a0» pour les garder tous.",
      }),
    ),
  ),
});
export type ProfileOptions = z.input<typeof ProfileOptions>;

/** Counts and mean of a set of items. `mean` is `null` when no item has a level. */
export interface Summary {
  /** Items assessed. */
  readonly items: number;
  /** Items with a level. */
  readonly answered: number;
  /** Items answered « non concerné »: left out of the mean, never counted as zero. */
  readonly notApplicable: number;
  readonly unanswered: number;
  /** (answered + notApplicable) / items, in [0, 1]; 1 for an empty set. */
  readonly completion: number;
  /** Mean score of the answered items, between 1 and the number of levels. */
  readonly mean: number | null;
}

/** The profile of one domain: the summary and how many items sit at each level. */
export interface GroupProfile extends Summary {
  readonly group: string;
  readonly label: string;
  readonly referentielId: string;
  /** Level ID → number of items at that level (every level listed, zeros included). */
  readonly distribution: Readonly<Record<string, number>>;
}

/** An item with a level: its score, and for a gap how many levels it lies below the target. */
export interface ItemResult {
  readonly item: string;
  readonly group: string;
  readonly level: string;
  readonly score: number;
  /** Target score minus score: positive for a gap, zero or negative for a strength. */
  readonly distance: number;
}

/** What `profile` returns. */
export interface AssessmentProfile {
  readonly instrument: string;
  /** The référentiels the profile covers: the `referentiels` option, or every référentiel of the instrument. */
  readonly referentiels: readonly string[];
  readonly target: string;
  readonly targetScore: number;
  readonly maxScore: number;
  readonly overall: Summary;
  readonly groups: readonly GroupProfile[];
  /** Items at or above the target, highest first. */
  readonly strengths: readonly ItemResult[];
  /** Items below the target, furthest below first. */
  readonly gaps: readonly ItemResult[];
  /** Answers to items the instrument no longer assesses (withdrawn): run `migrate`. */
  readonly ignored: readonly string[];
}

type Answers = AssessmentDocument["answers"];

function summarize(
  ids: readonly string[],
  answers: Answers,
  instrument: Instrument,
): Summary {
  let answered = 0;
  let notApplicable = 0;
  let total = 0;
  for (const id of ids) {
    const answer = answers[id];
    const score =
      answer?.level === undefined
        ? undefined
        : levelScore(instrument.scale, answer.level);
    if (score !== undefined) {
      answered++;
      total += score;
    } else if (answer?.notApplicable) {
      notApplicable++;
    }
  }
  const items = ids.length;
  return {
    items,
    answered,
    notApplicable,
    unanswered: items - answered - notApplicable,
    completion: items === 0 ? 1 : (answered + notApplicable) / items,
    mean: answered === 0 ? null : total / answered,
  };
}

function profileGroup(
  group: InstrumentGroup,
  answers: Answers,
  instrument: Instrument,
): GroupProfile {
  const distribution = Object.fromEntries(
    instrument.scale.levels.map((level) => [level.id, 0]),
  );
  for (const id of group.items) {
    const level = answers[id]?.level;
    if (level !== undefined && Object.hasOwn(distribution, level))
      distribution[level] = (distribution[level] ?? 0) + 1;
  }
  return {
    group: group.id,
    label: group.label,
    referentielId: group.referentielId,
    ...summarize(group.items, answers, instrument),
    distribution,
  };
}

export interface ResolvedOptions {
  readonly target: string;
  readonly targetScore: number;
  readonly referentiels: readonly string[];
}

/** Validates `ProfileOptions` against a valid instrument; throws `AssessmentArgumentError` in French. */
export function resolveProfileOptions(
  options: unknown,
  instrument: Instrument,
): ResolvedOptions {
  const parsed = parseWith(ProfileOptions, options, undefined, ["options"]);
  const target = parsed.target ?? instrument.scale.defaultTarget;
  const score = levelScore(instrument.scale, target);
  const problems: Problem[] = [];
  if (score === undefined) {
    problems.push({
      path: ["options", "target"],
      code: "unknown-level",
      message: `Le niveau visé ${quote(target)} n’existe pas dans l’échelle ${quote(instrument.scale.label)}\u00A0: choisissez parmi ${levelList(instrument.scale)}.`,
    });
  }
  const referentiels = parsed.referentiels ?? instrument.referentiels;
  referentiels.forEach((id, index) => {
    if (!instrument.referentiels.includes(id))
      problems.push({
        path: ["options", "referentiels", index],
        code: "unknown-referentiel",
        message: `L’instrument ${quote(instrument.label)} n’évalue pas le référentiel ${quote(id)}\u00A0: choisissez parmi ${frenchList(instrument.referentiels.map((r) => quote(r)))}.`,
      });
  });
  throwIf(problems);
  return {
    target,
    targetScore: score ?? 0,
    referentiels: instrument.referentiels.filter((id) =>
      referentiels.includes(id),
    ),
  };
}

/**
 * The profile of a self-assessment: per domain (mean, distribution, completion), overall, strengths and gaps
 * against the target level, on every référentiel of the instrument or on those of `options.referentiels`.
 * Pure and deterministic; « non concerné » items are left out of the means. Throws `AssessmentDocumentError`
 * on an invalid document, `AssessmentArgumentError` on an invalid instrument or options (unknown target or
 * référentiel).
 */
export function profile(
  document: AssessmentDocument,
  instrument: Instrument,
  options: ProfileOptions = {},
): AssessmentProfile {
  const valid = readInstrument(instrument);
  const resolved = resolveProfileOptions(options, valid);
  return profileOf(readDocument(document, valid), valid, resolved);
}

/** `profile` on arguments already checked. */
export function profileOf(
  document: AssessmentDocument,
  instrument: Instrument,
  { target, targetScore, referentiels }: ResolvedOptions,
): AssessmentProfile {
  const { answers } = document;
  const groups = instrument.groups.filter((group) =>
    referentiels.includes(group.referentielId),
  );
  const kept = new Set(groups.map((group) => group.id));
  const items = instrument.items.filter(({ group }) => kept.has(group));
  const results: ItemResult[] = items.flatMap(({ id, group }) => {
    const level = answers[id]?.level;
    const score =
      level === undefined ? undefined : levelScore(instrument.scale, level);
    return level === undefined || score === undefined
      ? []
      : [{ item: id, group, level, score, distance: targetScore - score }];
  });
  const assessed = new Set(instrument.items.map(({ id }) => id));
  // Array.prototype.sort is stable: ties keep the référentiel’s order.
  return {
    instrument: instrument.id,
    referentiels,
    target,
    targetScore,
    maxScore: instrument.scale.levels.length,
    overall: summarize(
      items.map(({ id }) => id),
      answers,
      instrument,
    ),
    groups: groups.map((group) => profileGroup(group, answers, instrument)),
    strengths: results
      .filter((r) => r.distance <= 0)
      .sort((a, b) => b.score - a.score),
    gaps: results
      .filter((r) => r.distance > 0)
      .sort((a, b) => b.distance - a.distance),
    ignored: Object.keys(answers).filter(
      (id) => !assessed.has(id) && Object.keys(answers[id] ?? {}).length > 0,
    ),
  };
}
