import * as z from "zod/mini";
import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
import type { RuleCondition } from "./rule-schema.js";
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

/** The conditions of `when` that `situation` does not meet, unchecked (see `unmetConditions`). */
export const unmet = (
  when: RuleCondition,
  situation: Situation,
): ConditionKey[] =>
  ConditionKey.options.filter((key) => !CHECKS[key](when, situation));
