import { z } from "zod";
import { ActorId } from "./actors.js";
import { NeedId } from "./needs.js";
import { ConditionKey, unmetConditions } from "./match.js";
import { pickOption } from "./pick-option.js";
import { Recommendation } from "./recommendation.js";
import { RuleId, type Rule, type RulesTable } from "./rule-schema.js";
import { RULES_TABLE } from "./rules.js";
import { Situation, parseSituation } from "./situation.js";
import type { SourceRef } from "./sources.js";

export const RuleOutcome = z
  .enum(["retained", "outranked", "not-matched"])
  .meta({ id: "RuleOutcome" });
export type RuleOutcome = z.infer<typeof RuleOutcome>;

export const RuleEvaluation = z
  .object({
    rule: RuleId,
    outcome: RuleOutcome,
    /** Conditions the situation does not meet (why the rule did not match). */
    unmet: z.array(ConditionKey),
    /** The needs this rule answers for the situation (empty unless retained). */
    needs: z.array(NeedId),
    /** Higher-priority rules that took this rule's needs. */
    outrankedBy: z.array(RuleId),
  })
  .strict()
  .meta({ id: "RuleEvaluation" });
export type RuleEvaluation = z.infer<typeof RuleEvaluation>;

export const Explanation = z
  .object({
    situation: Situation,
    rules: z.array(RuleEvaluation),
    recommendations: z.array(Recommendation).min(1),
  })
  .strict()
  .meta({ id: "Explanation" });
export type Explanation = z.infer<typeof Explanation>;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

const uniqueSources = (sources: readonly SourceRef[]): SourceRef[] => {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const byPriority = (rules: readonly Rule[]): Rule[] =>
  rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
    .map(({ rule }) => rule);

/** For each need, the matching answer rule with the highest priority. */
const winnersByNeed = (
  matched: readonly Rule[],
  needs: readonly NeedId[],
): Map<NeedId, Rule> => {
  const winners = new Map<NeedId, Rule>();
  for (const need of needs) {
    const winner = matched.find(
      (rule) => rule.kind === "answer" && rule.when.needs.includes(need),
    );
    if (winner !== undefined) winners.set(need, winner);
  }
  return winners;
};

const toRecommendation = (
  rule: Rule,
  needs: NeedId[],
  isNearby: (actor: ActorId) => boolean,
  table: RulesTable,
): Recommendation => {
  const picked = pickOption(rule.recommend, isNearby);
  const national = table.nationalSchema.actors[picked.actor];
  return {
    actor: picked.actor,
    mode: picked.mode,
    needs,
    reason:
      picked.note === undefined ? rule.reason : `${rule.reason} ${picked.note}`,
    sources: rule.sources,
    rules: [rule.id],
    nearby: picked.nearby,
    fallbackFrom: picked.fallbackFrom,
    nationalSchema: {
      services: national.offersLieuServices
        ? unique(needs.flatMap((need) => table.nationalSchema.needs[need]))
        : [],
      dispositif_programmes_nationaux: national.dispositif_programmes_nationaux,
      structure_de_redirection: national.structure_de_redirection,
    },
  };
};

/** Merges recommendations for the same actor and mode, keeping the first one's place. */
const merge = (
  drafts: readonly Recommendation[],
  needOrder: readonly NeedId[],
): Recommendation[] => {
  const merged = new Map<string, Recommendation>();
  for (const draft of drafts) {
    const key = `${draft.actor}/${draft.mode}`;
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, draft);
      continue;
    }
    const needs = needOrder.filter(
      (need) => existing.needs.includes(need) || draft.needs.includes(need),
    );
    merged.set(key, {
      ...existing,
      needs,
      reason: unique([existing.reason, draft.reason]).join(" "),
      sources: uniqueSources([...existing.sources, ...draft.sources]),
      rules: [...existing.rules, ...draft.rules],
      fallbackFrom: unique([...existing.fallbackFrom, ...draft.fallbackFrom]),
      nationalSchema: {
        ...existing.nationalSchema,
        services: unique([
          ...existing.nationalSchema.services,
          ...draft.nationalSchema.services,
        ]),
      },
    });
  }
  return [...merged.values()];
};

/**
 * Which rules fired for a situation, which did not and why, and the resulting
 * recommendations (primary first). Throws `OrientationInputError` on bad input.
 */
export const explain = (
  input: unknown,
  table: RulesTable = RULES_TABLE,
): Explanation => {
  const situation = parseSituation(input);
  const needs = unique(situation.needs);
  const isNearby = (actor: ActorId): boolean =>
    situation.nearby === undefined || situation.nearby.includes(actor);
  const unmetByRule = new Map(
    table.rules.map((rule) => [rule.id, unmetConditions(rule.when, situation)]),
  );
  const matched = byPriority(
    table.rules.filter((rule) => unmetByRule.get(rule.id)?.length === 0),
  );
  const winners = winnersByNeed(matched, needs);
  const firstNamed = (some: NeedId[]): number =>
    Math.min(...some.map((need) => needs.indexOf(need)));
  const retainedNeeds = (rule: Rule): NeedId[] =>
    needs.filter((need) =>
      rule.kind === "complement"
        ? rule.when.needs.includes(need)
        : winners.get(need) === rule,
    );

  // Higher priority first; on a tie, the need the person named first.
  const drafts = matched
    .map((rule) => ({ rule, needs: retainedNeeds(rule) }))
    .filter((entry) => entry.needs.length > 0)
    .sort(
      (a, b) =>
        b.rule.priority - a.rule.priority ||
        firstNamed(a.needs) - firstNamed(b.needs),
    )
    .map((entry) => toRecommendation(entry.rule, entry.needs, isNearby, table));

  const rules = table.rules.map((rule): RuleEvaluation => {
    const unmet = unmetByRule.get(rule.id) ?? [];
    if (unmet.length > 0) {
      return {
        rule: rule.id,
        outcome: "not-matched",
        unmet,
        needs: [],
        outrankedBy: [],
      };
    }
    const retained = retainedNeeds(rule);
    if (retained.length > 0) {
      return {
        rule: rule.id,
        outcome: "retained",
        unmet,
        needs: retained,
        outrankedBy: [],
      };
    }
    const outrankedBy = unique(
      needs
        .filter((need) => rule.when.needs.includes(need))
        .flatMap((need) => winners.get(need)?.id ?? []),
    );
    return {
      rule: rule.id,
      outcome: "outranked",
      unmet,
      needs: [],
      outrankedBy,
    };
  });

  return { situation, rules, recommendations: merge(drafts, needs) };
};

/** Whom to refer the person to, and in which mode: an ordered list, primary first. */
export const orient = (
  input: unknown,
  table: RulesTable = RULES_TABLE,
): Recommendation[] => explain(input, table).recommendations;
