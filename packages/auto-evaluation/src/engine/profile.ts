import * as z from "zod/mini";
import { Id } from "@mediation-numerique/referentiels/schema";
import type { AssessmentDocument } from "./document.js";
import { AssessmentArgumentError, safeParseFr, zodProblems } from "./errors.js";
import type { Instrument, InstrumentGroup } from "./instrument.js";
import { levelList, maxScore, scoreOf } from "./scale.js";
import { parse } from "./parse.js";

/** Options of `profile`: the level to aim at (by default the scale’s `defaultTarget`). */
export const ProfileOptions = z.strictObject({ target: z.optional(Id) });
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
        : scoreOf(instrument.scale, answer.level);
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
    if (level !== undefined && level in distribution)
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

function targetScoreOf(
  options: ProfileOptions,
  instrument: Instrument,
): [string, number] {
  const parsed = safeParseFr(ProfileOptions, options);
  if (!parsed.success)
    throw new AssessmentArgumentError(zodProblems(parsed.error, "options"));
  const target = parsed.data.target ?? instrument.scale.defaultTarget;
  const score = scoreOf(instrument.scale, target);
  if (score === undefined) {
    throw new AssessmentArgumentError([
      {
        path: "options.target",
        code: "unknown-level",
        message: `Le niveau visé «\u00a0${target}\u00a0» n’existe pas dans l’échelle «\u00a0${instrument.scale.label}\u00a0»\u00a0: choisissez parmi ${levelList(instrument.scale)}.`,
      },
    ]);
  }
  return [target, score];
}

/**
 * The profile of a self-assessment: per domain (mean, distribution, completion), overall, strengths and gaps
 * against the target level. Pure and deterministic; « non concerné » items are left out of the means.
 * Throws `AssessmentDocumentError` on an invalid document, `AssessmentArgumentError` on an unknown target.
 */
export function profile(
  document: AssessmentDocument,
  instrument: Instrument,
  options: ProfileOptions = {},
): AssessmentProfile {
  const [target, targetScore] = targetScoreOf(options, instrument);
  const { answers } = parse(document, { instrument });
  const results: ItemResult[] = instrument.items.flatMap(({ id, group }) => {
    const level = answers[id]?.level;
    const score =
      level === undefined ? undefined : scoreOf(instrument.scale, level);
    return level === undefined || score === undefined
      ? []
      : [{ item: id, group, level, score, distance: targetScore - score }];
  });
  const assessed = new Set(instrument.items.map(({ id }) => id));
  // Array.prototype.sort is stable: ties keep the référentiel’s order.
  return {
    instrument: instrument.id,
    target,
    targetScore,
    maxScore: maxScore(instrument.scale),
    overall: summarize([...assessed], answers, instrument),
    groups: instrument.groups.map((group) =>
      profileGroup(group, answers, instrument),
    ),
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
