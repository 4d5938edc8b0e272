import { expect, test } from "vitest";
import * as z from "zod/mini";

const registeredIds = (): string[] => [...z.globalRegistry._idmap.keys()];

// Loaded in order, so that the IDs the package adds are told apart from its dependencies’.
test("every schema ID the package registers is namespaced, and the registry exports as a whole", async () => {
  await import("@mediation-numerique/core");
  await import("@mediation-numerique/referentiels/schema");
  const before = new Set(registeredIds());
  expect(before.has("mn.core.StableId")).toBe(true);
  await import("./index.js");
  const added = registeredIds().filter((id) => !before.has(id));
  expect(added).toEqual(
    expect.arrayContaining([
      "mn.auto-evaluation.AssessmentDocument",
      "mn.auto-evaluation.Instrument",
      "mn.auto-evaluation.Benchmarks",
    ]),
  );
  for (const id of added) expect(id).toMatch(/^mn\.auto-evaluation\.[A-Z]/);
  expect(() => z.toJSONSchema(z.globalRegistry)).not.toThrow();
});
