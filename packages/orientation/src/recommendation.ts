import * as z from "zod/mini";
import { ActorId } from "./actors.js";
import { ModeId } from "./modes.js";
import { NeedId } from "./needs.js";
import { RuleId } from "./rule-schema.js";
import { SourceRef } from "@mediation-numerique/core";
import {
  DispositifProgrammeNational,
  LieuService,
  StructureDeRedirection,
} from "./national-schema.js";

/** The matching values of the national data schemas, where one exists. */
export const NationalSchemaValues = /* @__PURE__ */ z
  .strictObject({
    services: z.array(LieuService),
    dispositif_programmes_nationaux: z.array(DispositifProgrammeNational),
    structure_de_redirection: StructureDeRedirection,
  })
  .register(z.globalRegistry, { id: "mn.orientation.NationalSchemaValues" });
export type NationalSchemaValues = z.infer<typeof NationalSchemaValues>;

/** Whether a recommended actor is near the person. */
export const Nearby = /* @__PURE__ */ z
  .enum(["yes", "no", "unknown"])
  .register(z.globalRegistry, { id: "mn.orientation.Nearby" });
export type Nearby = z.infer<typeof Nearby>;

export const Recommendation = /* @__PURE__ */ z
  .strictObject({
    actor: ActorId,
    mode: ModeId,
    /** The person's needs this recommendation answers. */
    needs: /* @__PURE__ */ z.array(NeedId).check(z.minLength(1)),
    /** Why, in French. */
    reason: /* @__PURE__ */ z.string().check(z.minLength(1)),
    sources: /* @__PURE__ */ z.array(SourceRef).check(z.minLength(1)),
    /** The rules that produced it. */
    rules: /* @__PURE__ */ z.array(RuleId).check(z.minLength(1)),
    /**
     * Whether the actor is near the person: `yes`; `no` when none of the rule's actors is (the
     * first one is kept); `unknown` when the situation does not say what is near the person
     * (the first one, the preferred actor, is kept).
     */
    nearby: Nearby,
    /** Preferred actors skipped because they are not near the person. */
    fallbackFrom: z.array(ActorId),
    nationalSchema: NationalSchemaValues,
  })
  .register(z.globalRegistry, { id: "mn.orientation.Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;
