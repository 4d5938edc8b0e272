import { expectTypeOf, test } from "vitest";
import type { DiagnosticResult } from "@mediation-numerique/diagnostic/scoring";
import {
  orient,
  classifyIntervention,
  residentSheet,
  type ResidentSheet,
  type ResidentSheetInput,
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

test("the resident's sheet takes what score() and orient() return", () => {
  expectTypeOf<DiagnosticResult>().toExtend<
    NonNullable<ResidentSheetInput["diagnostic"]>
  >();
  expectTypeOf<Recommendation[]>().toExtend<
    ResidentSheetInput["recommendations"]
  >();
  expectTypeOf(residentSheet).returns.toEqualTypeOf<ResidentSheet>();
  expectTypeOf<
    ResidentSheet["parts"][1]["steps"][number]["actor"]
  >().toEqualTypeOf<ActorId>();
});
