import { expectTypeOf, test } from "vitest";
import {
  parse,
  profile,
  getInstrument,
  type AssessmentDocument,
  type AssessmentProfile,
  type Answer,
  type InstrumentId,
  type CentreIndicators,
  type MigrationChange,
  migrate,
} from "./index.js";

test("the public API is typed from the zod schemas", () => {
  expectTypeOf(parse).returns.toEqualTypeOf<AssessmentDocument>();
  expectTypeOf(profile).returns.toEqualTypeOf<AssessmentProfile>();
  expectTypeOf<
    AssessmentDocument["instrument"]
  >().toEqualTypeOf<InstrumentId>();
  expectTypeOf<InstrumentId>().toEqualTypeOf<"centre" | "mediateur">();
  expectTypeOf<Answer>().toEqualTypeOf<{
    level?: string;
    notApplicable?: true;
    comment?: string;
  }>();
  expectTypeOf<CentreIndicators["equipmentState"]>().toEqualTypeOf<
    "bon" | "correct" | "mauvais" | "tres-mauvais" | undefined
  >();
  expectTypeOf(getInstrument).parameter(0).toEqualTypeOf<InstrumentId>();
  expectTypeOf(migrate)
    .returns.toHaveProperty("changes")
    .toEqualTypeOf<readonly MigrationChange[]>();
});
