import { NBSP, NNBSP } from "@mediation-numerique/core";
import type { AssessmentDocument } from "../engine/document.js";
import type { Instrument } from "../engine/instrument.js";
import { profileOf, resolveProfileOptions } from "../engine/profile.js";
import {
  rankLeads,
  trainingLeadsData,
  type Training,
} from "../mediateur/training-leads.js";
import { NOT_APPLICABLE, UNANSWERED, type DocumentEntry } from "./part.js";

/**
 * The fewest mediators’ self-assessments a figure may be drawn from: below, it is withheld, so that nobody can
 * be recognised in it (a domain answered by two people tells much about each).
 */
export const MIN_GROUP = 5;

/** A figure left out, and why. */
export interface Withheld {
  readonly withheld: string;
}

/** « aucune auto-évaluation », « une seule auto-évaluation », « 3 auto-évaluations ». */
export const selfAssessments = (n: number): string =>
  n === 0
    ? "aucune auto-évaluation"
    : n === 1
      ? "une seule auto-évaluation"
      : `${n} auto-évaluations`;

/** Why a figure drawn from `n` documents (fewer than `MIN_GROUP`) is withheld. */
export const withheldReason = (n: number): string =>
  `Chiffre non montré${NBSP}: il reposerait sur ${selfAssessments(n)}, moins de ${MIN_GROUP}${NNBSP}; on pourrait y reconnaître une personne.`;

/** A domain of the mediator instrument: how many self-assessments show a gap in it. */
export interface DomainGaps {
  readonly group: string;
  readonly label: string;
  /** Self-assessments with at least one level in the domain. */
  readonly documents: number;
  /** Of them, those with at least one item below the target level. */
  readonly withGaps: number;
  /** `withGaps / documents`, from 0 to 1. */
  readonly share: number;
}

/** A domain or a training among the leads of at least `MIN_GROUP` self-assessments. */
export interface LeadCount {
  readonly group: string;
  readonly label: string;
  readonly documents: number;
}
export interface TrainingCount {
  readonly training: Training;
  readonly documents: number;
}

/** The training needs of a network of mediators, with nothing drawn from fewer than `MIN_GROUP` documents. */
export interface NetworkTraining {
  /** The level below which an item is a gap (the scale’s default target). */
  readonly target: string;
  readonly domains: readonly (
    DomainGaps | (Withheld & { readonly group: string; readonly label: string })
  )[];
  /** The domains most often among each self-assessment’s training leads (`trainingLeads`), most first. */
  readonly leads: readonly LeadCount[];
  /** The trainings those leads suggest, most first. */
  readonly trainings: readonly TrainingCount[];
  /** Why some leads or trainings are not listed (empty when none is left out). */
  readonly withheld: readonly string[];
}

const bump = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/** Counts at or above `MIN_GROUP`, most first (ties in the data’s order); and how many were left out. */
function shown<T>(
  order: readonly T[],
  keyOf: (value: T) => string,
  counts: Map<string, number>,
): [{ value: T; documents: number }[], number] {
  const listed = order
    .map((value) => ({ value, documents: counts.get(keyOf(value)) ?? 0 }))
    .filter(({ documents }) => documents > 0);
  const kept = listed.filter(({ documents }) => documents >= MIN_GROUP);
  return [
    kept.sort((a, b) => b.documents - a.documents),
    listed.length - kept.length,
  ];
}

/** The training needs of the kept mediators’ self-assessments. */
export function networkTraining(
  entries: readonly DocumentEntry[],
  instrument: Instrument,
): NetworkTraining {
  const resolved = resolveProfileOptions({}, instrument);
  const { levels } = instrument.scale;
  const answered = new Map<string, number>();
  const withGaps = new Map<string, number>();
  const leadDomains = new Map<string, number>();
  const trainings = new Map<string, number>();
  for (const entry of entries) {
    const answers: AssessmentDocument["answers"] = {};
    instrument.items.forEach(({ id }, i) => {
      const code = entry.answers[i] ?? UNANSWERED;
      const level = levels[parseInt(code, 36) - 1];
      answers[id] =
        code === NOT_APPLICABLE
          ? { notApplicable: true }
          : level
            ? { level: level.id }
            : {};
    });
    const result = profileOf(
      { answers } as AssessmentDocument,
      instrument,
      resolved,
    );
    for (const group of result.groups)
      if (group.answered > 0) bump(answered, group.group);
    for (const group of new Set(result.gaps.map((gap) => gap.group)))
      bump(withGaps, group);
    const leads = rankLeads(result, 3, trainingLeadsData);
    for (const lead of leads) bump(leadDomains, lead.group);
    for (const id of new Set(
      leads.flatMap((l) => l.trainings.map((t) => t.id)),
    ))
      bump(trainings, id);
  }
  const domains = instrument.groups.map(({ id: group, label }) => {
    const documents = answered.get(group) ?? 0;
    if (documents < MIN_GROUP)
      return { group, label, withheld: withheldReason(documents) };
    const gaps = withGaps.get(group) ?? 0;
    return { group, label, documents, withGaps: gaps, share: gaps / documents };
  });
  const [leads, hiddenLeads] = shown(
    instrument.groups,
    (group) => group.id,
    leadDomains,
  );
  const [listed, hiddenTrainings] = shown(
    trainingLeadsData.trainings,
    (training) => training.id,
    trainings,
  );
  const hidden = hiddenLeads + hiddenTrainings;
  return {
    target: resolved.target,
    domains,
    leads: leads.map(({ value, documents }) => ({
      group: value.id,
      label: value.label,
      documents,
    })),
    trainings: listed.map(({ value, documents }) => ({
      training: value,
      documents,
    })),
    withheld:
      hidden === 0
        ? []
        : [
            `${hidden} piste${hidden > 1 ? "s" : ""} (domaines ou formations) ressor${hidden > 1 ? "tent" : "t"} dans moins de ${MIN_GROUP} auto-évaluations${NBSP}: elle${hidden > 1 ? "s ne sont pas listées" : " n’est pas listée"}, pour qu’on ne puisse reconnaître personne.`,
          ],
  };
}
