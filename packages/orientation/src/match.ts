import * as z from "zod/mini";
import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
import { FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON } from "./modes.js";
import type { Rule, RuleCondition } from "./rule-schema.js";
import type { Situation } from "./situation.js";

export const ConditionKey = /* @__PURE__ */ z
  .enum([
    "needs",
    "urgent",
    "hasTime",
    "wantsToLearn",
    "procedures",
    "autonomyAtLeast",
    "autonomyAtMost",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.ConditionKey" });
export type ConditionKey = z.infer<typeof ConditionKey>;

type Check = (when: RuleCondition, situation: Situation) => boolean;

const rank = (level: Situation["autonomy"]): number =>
  level === undefined ? -1 : LEVEL_IDS.indexOf(level);

/** Whether the situation meets a condition; an unknown fact never meets one. */
const CHECKS: Record<ConditionKey, Check> = {
  needs: (when, s) => when.needs.some((need) => s.needs.includes(need)),
  urgent: (when, s) => when.urgent === undefined || when.urgent === s.urgent,
  hasTime: (when, s) =>
    when.hasTime === undefined || when.hasTime === s.hasTime,
  wantsToLearn: (when, s) =>
    when.wantsToLearn === undefined || when.wantsToLearn === s.wantsToLearn,
  procedures: (when, s) =>
    when.procedures === undefined ||
    (s.procedure !== undefined && when.procedures.includes(s.procedure)),
  autonomyAtLeast: (when, s) =>
    when.autonomyAtLeast === undefined ||
    (s.autonomy !== undefined &&
      rank(s.autonomy) >= rank(when.autonomyAtLeast)),
  autonomyAtMost: (when, s) =>
    when.autonomyAtMost === undefined ||
    (s.autonomy !== undefined && rank(s.autonomy) <= rank(when.autonomyAtMost)),
};

/** The fact of the situation each condition reads. */
const FACT_OF = {
  needs: "needs",
  urgent: "urgent",
  hasTime: "hasTime",
  wantsToLearn: "wantsToLearn",
  procedures: "procedure",
  autonomyAtLeast: "autonomy",
  autonomyAtMost: "autonomy",
} as const satisfies Record<ConditionKey, keyof Situation>;

/** Whether the rule may do the procedure for the person (one of its options is « faire à la place »). */
const actsForThePerson = (rule: Pick<Rule, "recommend">): boolean =>
  rule.recommend.some((option) => option.mode === "faire-a-la-place");

/** Whether the guard requires `key`'s fact known for `rule` to fire, whatever its conditions. */
const guarded = (key: ConditionKey, rule: Pick<Rule, "recommend">): boolean =>
  (FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON as readonly ConditionKey[]).includes(
    key,
  ) && actsForThePerson(rule);

/** The facts of the situation that decide whether `rule` fires, besides `needs`. */
export const factsRead = (
  rule: Pick<Rule, "when" | "recommend">,
): (keyof Situation)[] =>
  ConditionKey.options
    .filter(
      (key) =>
        key !== "needs" && (rule.when[key] !== undefined || guarded(key, rule)),
    )
    .map((key) => FACT_OF[key]);

/** Whether the situation does not give the fact `key` reads. */
const isUnknown = (key: ConditionKey, situation: Situation): boolean =>
  situation[FACT_OF[key]] === undefined;

/** The conditions of `when` that `situation` does not meet, unchecked (see `unmetConditions`). */
export const unmet = (
  when: RuleCondition,
  situation: Situation,
): ConditionKey[] =>
  ConditionKey.options.filter((key) => !CHECKS[key](when, situation));

/** Why a rule does not fire: every unmet condition, and those of them whose fact is unknown. */
export interface RuleMatch {
  unmet: ConditionKey[];
  unknown: ConditionKey[];
}

/**
 * The conditions a rule does not meet for `situation`, the guard included: a rule that may do
 * the procedure for the person fires only when every fact of
 * `FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON` is known, its own conditions aside.
 */
export const matchRule = (
  rule: Pick<Rule, "when" | "recommend">,
  situation: Situation,
): RuleMatch => {
  const failed = ConditionKey.options.filter(
    (key) =>
      !CHECKS[key](rule.when, situation) ||
      (guarded(key, rule) && isUnknown(key, situation)),
  );
  return {
    unmet: failed,
    unknown: failed.filter((key) => isUnknown(key, situation)),
  };
};

/**
 * A test of whether `rule` fires, for the many situations of `questionsToAsk` that share their
 * needs (already known to meet the rule's): the conditions on facts and the guard only.
 */
export const factMatcher = (
  rule: Pick<Rule, "when" | "recommend">,
): ((situation: Situation) => boolean) => {
  const { when } = rule;
  const checked = ConditionKey.options.filter(
    (key) => key !== "needs" && when[key] !== undefined,
  );
  const required = ConditionKey.options.filter((key) => guarded(key, rule));
  return (situation) =>
    checked.every((key) => CHECKS[key](when, situation)) &&
    required.every((key) => !isUnknown(key, situation));
};
