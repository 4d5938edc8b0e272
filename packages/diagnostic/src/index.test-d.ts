import { expectTypeOf, test } from "vitest";
import {
  type AnswersDocument,
  type AutonomyLevelId,
  type CoopAutonomie,
  type CoopDiagnosticValues,
  coopValuesFromDiagnostic,
  type DiagnosticResult,
  type Questionnaire,
  QUESTIONNAIRE,
  score,
  parseAnswers,
} from "./index.js";
import * as scoring from "./scoring.js";

test("the public types", () => {
  expectTypeOf(QUESTIONNAIRE).toEqualTypeOf<Questionnaire>();
  expectTypeOf(score).parameters.toEqualTypeOf<[Questionnaire, unknown]>();
  expectTypeOf(score).returns.toEqualTypeOf<DiagnosticResult>();
  expectTypeOf(parseAnswers).returns.toEqualTypeOf<AnswersDocument>();
  expectTypeOf<
    DiagnosticResult["overall"]["level"]
  >().toEqualTypeOf<AutonomyLevelId | null>();
  expectTypeOf<
    DiagnosticResult["overall"]["coopAutonomie"]
  >().toEqualTypeOf<CoopAutonomie | null>();
  expectTypeOf(scoring.score).toEqualTypeOf(score);
  expectTypeOf(coopValuesFromDiagnostic).parameters.toEqualTypeOf<[unknown]>();
  expectTypeOf(
    coopValuesFromDiagnostic,
  ).returns.toEqualTypeOf<CoopDiagnosticValues>();
});
