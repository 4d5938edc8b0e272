import { format } from "prettier";
import { describe, expect, test } from "vitest";
import {
  assessmentDocumentJsonSchema,
  benchmarksJsonSchema,
  trainingLeadsJsonSchema,
} from "./json-schema.js";

/** JSON as Prettier writes it, so that the committed files pass `prettier --check`. */
const json = (value: unknown) =>
  format(JSON.stringify(value), { parser: "json" });

// The committed schemas must match the zod sources. After a schema change: `npx vitest run -u`, then commit.
describe("committed JSON Schemas are up to date", () => {
  test("schemas/assessment-document.schema.json", async () => {
    await expect(
      await json(assessmentDocumentJsonSchema()),
    ).toMatchFileSnapshot("../schemas/assessment-document.schema.json");
  });
  test("schemas/benchmarks.schema.json", async () => {
    await expect(await json(benchmarksJsonSchema())).toMatchFileSnapshot(
      "../schemas/benchmarks.schema.json",
    );
  });
  test("schemas/training-leads.schema.json", async () => {
    await expect(await json(trainingLeadsJsonSchema())).toMatchFileSnapshot(
      "../schemas/training-leads.schema.json",
    );
  });
  test("named types land in $defs", () => {
    const schema = assessmentDocumentJsonSchema() as {
      $defs?: Record<string, unknown>;
    };
    expect(Object.keys(schema.$defs ?? {})).toEqual(
      expect.arrayContaining([
        "mn.auto-evaluation.Answer",
        "mn.auto-evaluation.CentreIndicators",
        "mn.auto-evaluation.InstrumentId",
        "mn.core.StableId",
      ]),
    );
  });
});
