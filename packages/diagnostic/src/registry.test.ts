import * as z from "zod/mini";
import { expect, test } from "vitest";
import "@mediation-numerique/core";
import "./index.js";

test("with the package and core loaded, the global registry converts, and every ID is namespaced", () => {
  expect(() => z.toJSONSchema(z.globalRegistry)).not.toThrow();
  const ids = [...z.globalRegistry._idmap.keys()];
  const own = ids.filter((id) => !id.startsWith("mn.core."));
  expect(own.length).toBeGreaterThan(10);
  for (const id of own) expect(id).toMatch(/^mn\.diagnostic\.[A-Za-z]+$/);
});
