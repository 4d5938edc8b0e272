import { z } from "zod";
import { AutonomyLevelId } from "@mediation-numerique/diagnostic";
import { ActorId } from "./actors.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { parseInput } from "./parse-input.js";

/** What the person comes with. */
export const Situation = z
  .object({
    /** One or more needs (duplicates are ignored). */
    needs: z.array(NeedId).min(1),
    urgent: z.boolean(),
    /** Does the person have time now (seed 004, the RSA case)? */
    hasTime: z.boolean(),
    wantsToLearn: z.boolean(),
    /** The overall level from the autonomy diagnostic, when it was run. */
    autonomy: AutonomyLevelId.optional(),
    /** The actors that exist near the person; absent means every actor exists. */
    nearby: z.array(ActorId).optional(),
    /** The body that handles the procedure, when known. */
    procedure: ProcedureId.optional(),
  })
  .strict()
  .meta({ id: "Situation" });
export type Situation = z.infer<typeof Situation>;

const VALID_VALUES: Partial<Record<string, readonly string[]>> = {
  needs: NeedId.options,
  nearby: ActorId.options,
  autonomy: AutonomyLevelId.options,
  procedure: ProcedureId.options,
  urgent: ["true", "false"],
  hasTime: ["true", "false"],
  wantsToLearn: ["true", "false"],
};

const FIELDS = Object.keys(Situation.shape);

/** Validates a situation, or throws an `OrientationInputError`. */
export const parseSituation = (input: unknown): Situation =>
  parseInput(Situation, input, (field) => VALID_VALUES[field] ?? FIELDS);
