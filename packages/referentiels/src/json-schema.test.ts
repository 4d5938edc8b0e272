import * as z from "zod/mini";
import { expect, test } from "vitest";
import { referentielJsonSchema } from "./validate.js";
import * as api from "./index.js";
import * as schemas from "./schema.js";

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
      "mn.referentiels.Item",
      "mn.referentiels.Group",
      "mn.core.SourceRef",
      "mn.core.SourceDocument",
      "mn.referentiels.Link",
      "mn.referentiels.ItemStatus",
      "mn.referentiels.ItemKind",
    ]),
  );
});

test("schemas register under mn.referentiels (or are core's), and the registry converts to JSON Schema", () => {
  const ids = [...Object.values(api), ...Object.values(schemas)]
    .map((value): unknown => value)
    .filter((value): value is z.ZodMiniType => value instanceof z.ZodMiniType)
    .map((schema) => z.globalRegistry.get(schema)?.id)
    .filter((id) => id !== undefined);
  const own = ids.filter((id) => !id.startsWith("mn.core."));
  expect(own).toEqual(expect.arrayContaining(["mn.referentiels.Referentiel"]));
  for (const id of own) expect(id).toMatch(/^mn\.referentiels\.[A-Z]/);
  expect(() => z.toJSONSchema(z.globalRegistry)).not.toThrow();
});
