import { expect, test } from "vitest";
import { referentielJsonSchema } from "./validate.js";

// The published referentiel.schema.json is generated from the zod schema; `vitest -u` rewrites it.
test("referentiel.schema.json matches the zod schema", async () => {
  await expect(
    `${JSON.stringify(referentielJsonSchema(), null, 2)}\n`,
  ).toMatchFileSnapshot("../referentiel.schema.json");
});

test("the JSON Schema names every building block in $defs", () => {
  const schema = referentielJsonSchema() as { $defs?: Record<string, unknown> };
  expect(Object.keys(schema.$defs ?? {})).toEqual(
    expect.arrayContaining([
      "Item",
      "Group",
      "SourceRef",
      "SourceDocument",
      "Link",
      "ItemStatus",
      "ItemKind",
    ]),
  );
});
