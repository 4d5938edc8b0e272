import * as z from "zod/mini";
import { NeedId } from "./needs.js";
import { ConditionKey } from "./match.js";
import { Recommendation } from "./recommendation.js";
import { RuleId } from "./rule-schema.js";
import { Situation } from "./situation.js";
import { UNKNOWN_FACTS } from "./unknown-facts.js";

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
    /**
     * Conditions the situation does not meet (why the rule did not match). An unknown fact
     * never meets a condition; a rule that may do the procedure for the person also needs
     * the facts of `FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON` known.
     */
    unmet: z.array(ConditionKey),
    /** The conditions of `unmet` that failed because their fact is unknown: « à demander », not « non ». */
    unknown: z.array(ConditionKey),
    /** The needs this rule answers for the situation (empty unless retained). */
    needs: z.array(NeedId),
    /** Higher-priority rules that took this rule's needs. */
    outrankedBy: z.array(RuleId),
  })
  .register(z.globalRegistry, { id: "mn.orientation.RuleEvaluation" });
export type RuleEvaluation = z.infer<typeof RuleEvaluation>;

/** A fact the situation may leave unknown: not asked. */
export const UnknownFact = /* @__PURE__ */ z
  .enum(UNKNOWN_FACTS)
  .register(z.globalRegistry, { id: "mn.orientation.UnknownFact" });
export type UnknownFact = z.infer<typeof UnknownFact>;

/** A question still worth asking: an unknown fact whose answer may change the recommendations. */
export const Question = /* @__PURE__ */ z
  .strictObject({
    fact: UnknownFact,
    /** The question, worded for the mediator, in French (`QUESTIONS`). */
    question: /* @__PURE__ */ z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.Question" });
export type Question = z.infer<typeof Question>;

export const Explanation = /* @__PURE__ */ z
  .strictObject({
    situation: Situation,
    rules: z.array(RuleEvaluation),
    recommendations: /* @__PURE__ */ z
      .array(Recommendation)
      .check(z.minLength(1)),
    /** The questions still worth asking, in the order of `UnknownFact` (see `questionsToAsk`). */
    questions: z.array(Question),
  })
  .register(z.globalRegistry, { id: "mn.orientation.Explanation" });
export type Explanation = z.infer<typeof Explanation>;
