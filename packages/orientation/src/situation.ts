import * as z from "zod/mini";
import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
import { registered } from "./registered.js";
import { ActorId } from "./actors.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { parseInput } from "./parse-input.js";

/**
 * The autonomy levels of the diagnostic (`AutonomyLevelId` there), built from its zod-free
 * `LEVEL_IDS` so that a page that orients does not load the diagnostic's schemas.
 */
const AutonomyLevel = z.enum(LEVEL_IDS);

/** What the person comes with. */
export const Situation = registered(
  z.strictObject({
    /** One or more needs (duplicates are ignored). */
    needs: /* @__PURE__ */ z.array(NeedId).check(z.minLength(1)),
    urgent: z.boolean(),
    /** Does the person have time now (seed 004, the RSA case)? */
    hasTime: z.boolean(),
    wantsToLearn: z.boolean(),
    /** The overall level from the autonomy diagnostic, when it was run. */
    autonomy: z.optional(AutonomyLevel),
    /** The actors that exist near the person; absent means every actor exists. */
    nearby: z.optional(z.array(ActorId)),
    /** The body that handles the procedure, when known. */
    procedure: z.optional(ProcedureId),
  }),
  "Situation",
);
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

const FIELDS = Object.keys(Situation.shape);

/** Validates a situation, or throws an `OrientationInputError`. */
export const parseSituation = (input: unknown): Situation =>
  parseInput(Situation, input, (field) => VALID_VALUES[field] ?? FIELDS);
