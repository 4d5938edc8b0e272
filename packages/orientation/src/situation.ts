import type { FrenchParseResult } from "@mediation-numerique/core";
import * as z from "zod/mini";
import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
import { ActorId } from "./actors.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { parseInput, safeParseInput, type InputSpec } from "./input.js";

/**
 * The autonomy levels of the diagnostic (`AutonomyLevelId` there), built from its zod-free
 * `LEVEL_IDS` so that a page that orients does not load the diagnostic's schemas.
 */
const AutonomyLevel = z.enum(LEVEL_IDS);

/**
 * What the person comes with. Only `needs` is required: every other fact may be absent,
 * meaning « not asked », and nothing stands in for it. A condition on an unknown fact is not
 * met, no rule does the procedure for the person while `hasTime` or `wantsToLearn` is unknown
 * (`FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON`), and `explain` lists the questions still worth asking.
 */
export const Situation = /* @__PURE__ */ z
  .strictObject({
    /** One or more needs (duplicates are ignored). */
    needs: /* @__PURE__ */ z.array(NeedId).check(z.minLength(1)),
    /** Is the procedure urgent? Absent: not asked. */
    urgent: z.optional(z.boolean()),
    /** Does the person have time now (seed 004, the RSA case)? Absent: not asked. */
    hasTime: z.optional(z.boolean()),
    /** Does the person want to learn to do it? Absent: not asked. */
    wantsToLearn: z.optional(z.boolean()),
    /** The overall level from the autonomy diagnostic; absent: not known (not run). */
    autonomy: z.optional(AutonomyLevel),
    /**
     * The actors that exist near the person (`[]`: none of them); absent: not known, and the
     * preferred actor of each rule is kept (`Recommendation.nearby` is `unknown`).
     */
    nearby: z.optional(z.array(ActorId)),
    /** The body that handles the procedure; absent: not known. */
    procedure: z.optional(ProcedureId),
  })
  .register(z.globalRegistry, { id: "mn.orientation.Situation" });
export type Situation = z.infer<typeof Situation>;

const VALID_VALUES: Partial<Record<string, readonly string[]>> = {
  needs: NeedId.options,
  nearby: ActorId.options,
  autonomy: LEVEL_IDS,
  procedure: ProcedureId.options,
  urgent: ["true", "false"],
  hasTime: ["true", "false"],
  wantsToLearn: ["true", "false"],
};

/** How a situation is read: its schema, and the words of its errors. */
export const SITUATION_INPUT: InputSpec<typeof Situation> = {
  schema: Situation,
  summary: "Situation invalide",
  validValuesOf: (field) =>
    field === "" ? Object.keys(Situation.shape) : (VALID_VALUES[field] ?? []),
};

/** Validates a situation, or throws an `OrientationInputError` that lists every problem. */
export const parseSituation = (input: unknown): Situation =>
  parseInput(SITUATION_INPUT, input);

/** Validates a situation: `{ success: true, data }`, or `{ success: false, problems }` (every problem, in French). */
export const safeParseSituation = (
  input: unknown,
): FrenchParseResult<Situation> => safeParseInput(SITUATION_INPUT, input);
