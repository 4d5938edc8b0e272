import type { FrenchParseResult } from "@mediation-numerique/core";
import { expectTypeOf, test } from "vitest";
import {
  type AnswersDocument,
  type AutonomyLevelId,
  type CoopAutonomie,
  type CoopDiagnosticValues,
  coopValuesFromDiagnostic,
  type DiagnosticResult,
  type ParsedSession,
  parseSession,
  type Questionnaire,
  QUESTIONNAIRE,
  safeParseSession,
  score,
  serializeSession,
  type SessionContent,
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

test("the saved session", () => {
  expectTypeOf(parseSession).parameters.toEqualTypeOf<
    [unknown, Questionnaire]
  >();
  expectTypeOf(parseSession).returns.toEqualTypeOf<ParsedSession>();
  expectTypeOf(safeParseSession).returns.toEqualTypeOf<
    FrenchParseResult<ParsedSession>
  >();
  expectTypeOf(serializeSession).parameters.toEqualTypeOf<
    [SessionContent, Questionnaire, string]
  >();
  // The orientation request of a site (orientation’s `Situation` without `autonomy`) fits as is.
  expectTypeOf<{
    needs: ("demarche-en-ligne" | "equipement")[];
    urgent?: boolean | undefined;
    nearby?: "france-services"[] | undefined;
    procedure?: "caf" | undefined;
  }>().toExtend<NonNullable<SessionContent["request"]>>();
});
