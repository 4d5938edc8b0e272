import { expectTypeOf, test } from "vitest";
import {
  orient,
  classifyIntervention,
  type ActorId,
  type InterventionKind,
  type ModeId,
  type NeedId,
  type Recommendation,
  type Situation,
} from "./index.js";

test("public types come from the schemas", () => {
  expectTypeOf(orient).returns.toEqualTypeOf<Recommendation[]>();
  expectTypeOf<Recommendation["actor"]>().toEqualTypeOf<ActorId>();
  expectTypeOf<Recommendation["mode"]>().toEqualTypeOf<ModeId>();
  expectTypeOf<Situation["needs"]>().toEqualTypeOf<NeedId[]>();
  expectTypeOf<
    ReturnType<typeof classifyIntervention>["kind"]
  >().toEqualTypeOf<InterventionKind>();
  expectTypeOf<"faire-a-la-place">().toExtend<ModeId>();
});
