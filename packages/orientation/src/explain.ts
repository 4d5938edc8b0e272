import type { SourceRef } from "@mediation-numerique/core";
import type { ActorId } from "./actors.js";
import { checkedSituation } from "./checked-input.js";
import type { Explanation, RuleEvaluation } from "./explanation.js";
import { matchRule, type RuleMatch } from "./match.js";
import type { NeedId } from "./needs.js";
import { groupByOption, pickOption, type PickedOption } from "./pick-option.js";
import { questionsFor } from "./questions.js";
import { composeReason } from "./reason.js";
import type { NationalSchemaValues, Recommendation } from "./recommendation.js";
import { byPriority, retain } from "./retain.js";
import type { Rule, RulesTable } from "./rule-schema.js";
import { RULES_TABLE } from "./rules.js";
import type { Situation } from "./situation.js";

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

/** One retained rule's recommendation, before recommendations of the same actor and mode merge. */
interface Draft {
  rule: Rule;
  needs: NeedId[];
  picked: PickedOption;
  nationalSchema: NationalSchemaValues;
}

const toDraft = (
  rule: Rule,
  needs: NeedId[],
  nearby: readonly ActorId[] | undefined,
  table: RulesTable,
): Draft => {
  const picked = pickOption(rule.recommend, nearby);
  const national = table.nationalSchema.actors[picked.actor];
  return {
    rule,
    needs,
    picked,
    nationalSchema: {
      services: national.offersLieuServices
        ? unique(needs.flatMap((need) => table.nationalSchema.needs[need]))
        : [],
      dispositif_programmes_nationaux: national.dispositif_programmes_nationaux,
      structure_de_redirection: national.structure_de_redirection,
    },
  };
};

/** One recommendation from drafts of the same actor and mode, the first one primary. */
const combine = (
  [primary, ...others]: [Draft, ...Draft[]],
  needOrder: readonly NeedId[],
): Recommendation => {
  const drafts = [primary, ...others];
  const needs = needOrder.filter((need) =>
    drafts.some((draft) => draft.needs.includes(need)),
  );
  const { actor, mode, nearby } = primary.picked;
  return {
    actor,
    mode,
    needs,
    reason: composeReason({
      primary: primary.rule.reason,
      actor,
      nearby,
      hadOtherOptions: drafts.some((draft) => draft.picked.hadOtherOptions),
      absent: unique(
        drafts.flatMap((draft) => draft.picked.fallbackFrom.slice(0, 1)),
      ),
      relays: unique(drafts.flatMap((draft) => draft.picked.relays)),
      primaryFellBack:
        nearby === "no" ||
        primary.picked.fallbackFrom.length > 0 ||
        primary.picked.relays.length > 0,
      alsoNeeds: needs.filter((need) => !primary.needs.includes(need)),
    }),
    sources: uniqueSources(drafts.flatMap((draft) => draft.rule.sources)),
    rules: drafts.map((draft) => draft.rule.id),
    nearby,
    fallbackFrom: unique(drafts.flatMap((draft) => draft.picked.fallbackFrom)),
    nationalSchema: {
      ...primary.nationalSchema,
      services: unique(
        drafts.flatMap((draft) => draft.nationalSchema.services),
      ),
    },
  };
};

/**
 * Merges drafts for the same actor and mode into one recommendation, at the first one's
 * place: its rule gives the reason's first sentence, the others are kept in `rules` and
 * `sources` and, when they add needs, named in the second sentence.
 */
const merge = (
  drafts: readonly Draft[],
  needOrder: readonly NeedId[],
): Recommendation[] =>
  groupByOption(drafts).map((group) => combine(group, needOrder));

/** How each rule fares, and the recommendations: `explain` without the questions. */
function evaluate(
  situation: Situation,
  table: RulesTable,
): Pick<Explanation, "rules" | "recommendations"> {
  const needs = unique(situation.needs);
  const matchByRule = new Map<string, RuleMatch>(
    table.rules.map((rule) => [rule.id, matchRule(rule, situation)]),
  );
  const { winners, needsOf, retained } = retain(
    byPriority(
      table.rules.filter(
        (rule) => matchByRule.get(rule.id)?.unmet.length === 0,
      ),
    ),
    needs,
  );
  const drafts = retained.map((entry) =>
    toDraft(entry.rule, entry.needs, situation.nearby, table),
  );

  const rules = table.rules.map((rule): RuleEvaluation => {
    const { unmet, unknown } = matchByRule.get(rule.id) ?? {
      unmet: [],
      unknown: [],
    };
    const base = { rule: rule.id, unmet, unknown };
    if (unmet.length > 0)
      return { ...base, outcome: "not-matched", needs: [], outrankedBy: [] };
    const answered = needsOf(rule);
    if (answered.length > 0)
      return { ...base, outcome: "retained", needs: answered, outrankedBy: [] };
    const outrankedBy = unique(
      needs
        .filter((need) => rule.when.needs.includes(need))
        .flatMap((need) => winners.get(need)?.id ?? []),
    );
    return { ...base, outcome: "outranked", needs: [], outrankedBy };
  });

  return { rules, recommendations: merge(drafts, needs) };
}

/**
 * Which rules fired for a situation, which did not and why (`unknown`: the facts nobody gave),
 * the resulting recommendations (primary first), and the questions still worth asking. Throws
 * `OrientationInputError` on bad input, or on a custom `table` the engine cannot use (check it
 * fully with `RulesTable.safeParse`).
 */
export const explain = (
  input: unknown,
  table: RulesTable = RULES_TABLE,
): Explanation => {
  const situation = checkedSituation(input, table);
  return {
    situation,
    ...evaluate(situation, table),
    questions: questionsFor(situation, table),
  };
};

/** Whom to refer the person to, and in which mode: an ordered list, primary first. */
export const orient = (
  input: unknown,
  table: RulesTable = RULES_TABLE,
): Recommendation[] =>
  evaluate(checkedSituation(input, table), table).recommendations;
