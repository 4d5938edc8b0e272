import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import * as core from "./index.js";

describe("shared schemas", () => {
  it("accept stable IDs and refuse the rest", () => {
    expect(core.StableId.safeParse("diagnostic-2").success).toBe(true);
    for (const bad of ["Diagnostic", "a--b", "-a", "é", "a".repeat(81), ""])
      expect(core.StableId.safeParse(bad).success, bad).toBe(false);
    expect(core.isStableId("diagnostic-2")).toBe(true);
    expect(core.isStableId("a".repeat(81))).toBe(false);
  });

  it("accept a semver version and a format version", () => {
    expect(core.SemVer.safeParse("1.0.0").success).toBe(true);
    expect(core.SemVer.safeParse("1.0").success).toBe(false);
    expect(core.FormatVersion.safeParse(0).success).toBe(false);
  });

  it("register under the mn.core namespace, and the registry converts to JSON Schema", () => {
    const ids = (Object.values(core) as unknown[])
      .filter((value): value is z.ZodMiniType => value instanceof z.ZodMiniType)
      .map((schema) => z.globalRegistry.get(schema)?.id)
      .filter((id) => id !== undefined);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) expect(id).toMatch(/^mn\.core\.[A-Z]/);
    expect(() => z.toJSONSchema(z.globalRegistry)).not.toThrow();
  });
});
