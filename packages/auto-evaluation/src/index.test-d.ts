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
  aggregate,
  aggregatePart,
  mergeParts,
  networkReport,
  type AggregationPart,
  type NetworkReport,
  type CentreStructure,
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
  expectTypeOf(aggregate).returns.toEqualTypeOf<NetworkReport>();
  expectTypeOf(aggregatePart).returns.toEqualTypeOf<AggregationPart>();
  expectTypeOf(mergeParts).returns.toEqualTypeOf<AggregationPart>();
  expectTypeOf(networkReport).returns.toEqualTypeOf<NetworkReport>();
  expectTypeOf<AssessmentDocument["structure"]>().toEqualTypeOf<
    CentreStructure | undefined
  >();
  expectTypeOf<CentreStructure>().toEqualTypeOf<{
    nom: string;
    commune: string;
    siret?: string;
    code_insee?: string;
  }>();
});
