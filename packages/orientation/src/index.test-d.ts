import { expectTypeOf, test } from "vitest";
import type { DiagnosticResult } from "@mediation-numerique/diagnostic/scoring";
import {
  orient,
  explain,
  questionsToAsk,
  classifyIntervention,
  residentSheet,
  type ResidentSheet,
  type ResidentSheetInput,
  QUESTIONS,
  FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON,
  type ActorId,
  type ConditionKey,
  type Explanation,
  type InterventionKind,
  type ModeId,
  type Nearby,
  type NeedId,
  type Question,
  type Recommendation,
  type RuleEvaluation,
  type Situation,
  type UnknownFact,
} from "./index.js";

test("public types come from the schemas", () => {
  expectTypeOf(orient).returns.toEqualTypeOf<Recommendation[]>();
  expectTypeOf(explain).returns.toEqualTypeOf<Explanation>();
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

test("a fact that was not asked may be left out", () => {
  expectTypeOf<Situation["urgent"]>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<Situation["hasTime"]>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<Situation["wantsToLearn"]>().toEqualTypeOf<
    boolean | undefined
  >();
  expectTypeOf<{ needs: ["equipement"] }>().toExtend<Situation>();
  expectTypeOf<Recommendation["nearby"]>().toEqualTypeOf<Nearby>();
  expectTypeOf<Nearby>().toEqualTypeOf<"yes" | "no" | "unknown">();
  expectTypeOf<RuleEvaluation["unknown"]>().toEqualTypeOf<ConditionKey[]>();
  expectTypeOf<Explanation["questions"]>().toEqualTypeOf<Question[]>();
  expectTypeOf(questionsToAsk).returns.toEqualTypeOf<Question[]>();
  expectTypeOf<Question>().toEqualTypeOf<{
    fact: UnknownFact;
    question: string;
  }>();
  expectTypeOf<UnknownFact>().toEqualTypeOf<
    "urgent" | "hasTime" | "wantsToLearn" | "nearby" | "autonomy" | "procedure"
  >();
  expectTypeOf<keyof typeof QUESTIONS>().toEqualTypeOf<UnknownFact>();
  expectTypeOf<
    (typeof FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON)[number]
  >().toEqualTypeOf<"hasTime" | "wantsToLearn">();
});
