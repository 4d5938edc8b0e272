import * as z from "zod/mini";
import { NeedId } from "./needs.js";
import { ConditionKey } from "./match.js";
import { Recommendation } from "./recommendation.js";
import { RuleId } from "./rule-schema.js";
import { Situation } from "./situation.js";

/*
 * The shape of `explain`'s result. In its own module: `explain` and `orient` only use the
 * types, so a page that orients ships none of these schemas.
 */

export const RuleOutcome = /* @__PURE__ */ z
  .enum(["retained", "outranked", "not-matched"])
  .register(z.globalRegistry, { id: "mn.orientation.RuleOutcome" });
export type RuleOutcome = z.infer<typeof RuleOutcome>;

export const RuleEvaluation = /* @__PURE__ */ z
  .strictObject({
    rule: RuleId,
    outcome: RuleOutcome,
    /** Conditions the situation does not meet (why the rule did not match). */
    unmet: z.array(ConditionKey),
    /** The needs this rule answers for the situation (empty unless retained). */
    needs: z.array(NeedId),
    /** Higher-priority rules that took this rule's needs. */
    outrankedBy: z.array(RuleId),
  })
  .register(z.globalRegistry, { id: "mn.orientation.RuleEvaluation" });
export type RuleEvaluation = z.infer<typeof RuleEvaluation>;

export const Explanation = /* @__PURE__ */ z
  .strictObject({
    situation: Situation,
    rules: z.array(RuleEvaluation),
    recommendations: /* @__PURE__ */ z
      .array(Recommendation)
      .check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.Explanation" });
export type Explanation = z.infer<typeof Explanation>;
