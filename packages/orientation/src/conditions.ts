import { parseArguments } from "./input.js";
import { unmet, type ConditionKey } from "./match.js";
import { RuleCondition } from "./rule-schema.js";
import { Situation } from "./situation.js";

/**
 * The conditions of `when` that `situation` does not meet (empty: the rule matches). Both are
 * checked first: an `OrientationInputError` lists every problem, under `when` or `situation`.
 */
export const unmetConditions = (
  when: RuleCondition,
  situation: Situation,
): ConditionKey[] =>
  unmet(
    ...parseArguments(
      ["when", RuleCondition, when],
      ["situation", Situation, situation],
    ),
  );
