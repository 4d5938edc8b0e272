import type { Problem, SourceRef } from "@mediation-numerique/core";
import type { ActorId } from "./actors.js";
import { TABLE_SUMMARY, tableProblems } from "./check-table.js";
import { OrientationInputError } from "./errors.js";
import { inputError, safeParseInput, valueAt } from "./input.js";
import type { NeedId } from "./needs.js";
import type { Explanation, RuleEvaluation } from "./explanation.js";
import { unmet } from "./match.js";
import { pickOption, type PickedOption } from "./pick-option.js";
import { composeReason } from "./reason.js";
import type { NationalSchemaValues, Recommendation } from "./recommendation.js";
import type { Rule, RulesTable } from "./rule-schema.js";
import { RULES_TABLE } from "./rules.js";
import { SITUATION_INPUT, type Situation } from "./situation.js";

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
  isNearby: (actor: ActorId) => boolean,
  table: RulesTable,
): Draft => {
  const picked = pickOption(rule.recommend, isNearby);
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
      primaryFellBack: !nearby || primary.picked.fallbackFrom.length > 0,
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
): Recommendation[] => {
  const groups = new Map<string, [Draft, ...Draft[]]>();
  for (const draft of drafts) {
    const key = `${draft.picked.actor}/${draft.picked.mode}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [draft]);
    else group.push(draft);
  }
  return [...groups.values()].map((group) => combine(group, needOrder));
};

/**
 * The situation, read from `input`; throws an `OrientationInputError` with every problem of
 * the input and of a custom `table` (its paths under `["table", …]`), both checked before any work.
 */
function checkedSituation(input: unknown, table: unknown): Situation {
  const fromTable = table === RULES_TABLE ? [] : tableProblems(table);
  const result = safeParseInput(SITUATION_INPUT, input);
  if (fromTable.length === 0) {
    if (result.success) return result.data;
    throw inputError(SITUATION_INPUT, result.problems, input);
  }
  const problems: [Problem, ...Problem[]] = [
    ...(fromTable as [Problem, ...Problem[]]),
    ...(result.success ? [] : result.problems),
  ];
  throw new OrientationInputError(TABLE_SUMMARY, problems, {
    value: valueAt(table, problems[0].path.slice(1)),
  });
}

/**
 * Which rules fired for a situation, which did not and why, and the resulting
 * recommendations (primary first). Throws `OrientationInputError` on bad input, or on a
 * custom `table` the engine cannot use (check it fully with `RulesTable.safeParse`).
 */
export const explain = (
  input: unknown,
  table: RulesTable = RULES_TABLE,
): Explanation => {
  const situation = checkedSituation(input, table);
  const needs = unique(situation.needs);
  const isNearby = (actor: ActorId): boolean =>
    situation.nearby === undefined || situation.nearby.includes(actor);
  const unmetByRule = new Map(
    table.rules.map((rule) => [rule.id, unmet(rule.when, situation)]),
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
    .map((entry) => toDraft(entry.rule, entry.needs, isNearby, table));

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
