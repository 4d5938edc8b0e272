import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as core from "@mediation-numerique/core";
import { expect, test } from "vitest";
import * as z from "zod/mini";
import * as orientation from "./index.js";

const srcDir = fileURLToPath(new URL(".", import.meta.url));

test("with the core loaded, the global registry makes one JSON Schema", () => {
  expect(core.SourceRef).toBe(orientation.SourceRef);
  expect(() => z.toJSONSchema(z.globalRegistry)).not.toThrow();
});

test("every schema the package exports is registered under mn.orientation.* (or is the core's)", () => {
  const ids = Object.values(orientation).flatMap((value) => {
    if (!(value instanceof z.core.$ZodType)) return [];
    const id = z.globalRegistry.get(value)?.id;
    return typeof id === "string" ? [id] : [];
  });
  expect(ids).toContain("mn.orientation.RulesTable");
  expect(ids).toContain("mn.core.SourceRef");
  expect(ids.filter((id) => !/^mn\.(orientation|core)\./.test(id))).toEqual([]);
});

test("every registration in the sources, exported or not, uses an mn.orientation.* ID", () => {
  const registrations = readdirSync(srcDir)
    .filter((file) => file.endsWith(".ts") && !file.includes(".test"))
    .flatMap((file) => [
      ...readFileSync(`${srcDir}${file}`, "utf8").matchAll(
        /\.register\(z\.globalRegistry, \{\s*id: "([^"]*)"/g,
      ),
    ])
    .map(([, id]) => id);
  expect(registrations.length).toBeGreaterThan(20);
  expect(
    registrations.filter((id) => !id?.startsWith("mn.orientation.")),
  ).toEqual([]);
});
