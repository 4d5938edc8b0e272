import { z } from "zod";
import { ActorId } from "./actors.js";
import { ModeId } from "./modes.js";
import { NeedId } from "./needs.js";
import { RuleId } from "./rule-schema.js";
import { SourceRef } from "./sources.js";
import {
  DispositifProgrammeNational,
  LieuService,
  StructureDeRedirection,
} from "./national-schema.js";

/** The matching values of the national data schemas, where one exists. */
export const NationalSchemaValues = z
  .object({
    services: z.array(LieuService),
    dispositif_programmes_nationaux: z.array(DispositifProgrammeNational),
    structure_de_redirection: StructureDeRedirection,
  })
  .strict()
  .meta({ id: "NationalSchemaValues" });
export type NationalSchemaValues = z.infer<typeof NationalSchemaValues>;

export const Recommendation = z
  .object({
    actor: ActorId,
    mode: ModeId,
    /** The person's needs this recommendation answers. */
    needs: z.array(NeedId).min(1),
    /** Why, in French. */
    reason: z.string().min(1),
    sources: z.array(SourceRef).min(1),
    /** The rules that produced it. */
    rules: z.array(RuleId).min(1),
    /** False when none of the rule's actors is near the person: the first one is kept. */
    nearby: z.boolean(),
    /** Preferred actors skipped because they are not near the person. */
    fallbackFrom: z.array(ActorId),
    nationalSchema: NationalSchemaValues,
  })
  .strict()
  .meta({ id: "Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;
