import { parseArguments } from "./input.js";
import { unmet, type ConditionKey } from "./match.js";
import { RuleCondition } from "./rule-schema.js";
import { Situation } from "./situation.js";

/**
 * The conditions of `when` that `situation` does not meet (empty: the conditions hold). A
 * condition on a fact the situation leaves unknown is not met. A rule that may do the
 * procedure for the person also needs `FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON` known: `explain`
 * applies that to whole rules. Both are checked first: an `OrientationInputError` lists every
 * problem, under `when` or `situation`.
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
