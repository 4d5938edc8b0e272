import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const srcDir = dirname(fileURLToPath(import.meta.url));

/** The modules a bundler pulls in from `file`: value imports only (`import type` is erased). */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(srcDir, file), "utf8");
  for (const [, specifier = ""] of code.matchAll(
    /^import (?!type )[^;]*?from "([^"]+)";/gms,
  )) {
    if (specifier.startsWith("./")) {
      moduleGraph(specifier.slice(2).replace(/\.js$/, ".ts"), seen);
    } else seen.add(specifier);
  }
  return seen;
}

// `orient` is what the site's pages load: it must not ship the rules-table schema, the
// result schemas, nor the diagnostic's schemas (see tsup.config.ts: one dist module each).
test("orient() pulls in only the Situation schema, the engine and the data", () => {
  const graph = moduleGraph("explain.ts");
  expect(graph).toContain("situation.ts");
  expect(graph).toContain("rules.ts");
  for (const heavy of [
    "rule-schema.ts",
    "explanation.ts",
    "recommendation.ts",
    "sources.ts",
    "national-schema.ts",
    "@mediation-numerique/diagnostic",
    "zod",
  ]) {
    expect(graph).not.toContain(heavy);
  }
  expect(graph).toContain("zod/mini");
});

// `residentSheet` prints a sheet: it reads a diagnostic result with its own small schema, not
// the diagnostic's (its whole main entry), and loads neither the engine nor the sheet's schema.
// (The `Recommendation` schema it checks reaches rule-schema.ts, hence the diagnostic, for one
// ID schema: bundlers drop the rest, as tooling/bundle-sizes.js measures.)
test("residentSheet() pulls in no diagnostic schema, no engine, no output schema", () => {
  const throughRecommendation = moduleGraph("recommendation.ts");
  const own = [...moduleGraph("resident-sheet.ts")].filter(
    (module) => !throughRecommendation.has(module),
  );
  expect(own).toContain("resident-sheet-input.ts");
  for (const heavy of [
    "@mediation-numerique/diagnostic",
    "resident-sheet-schema.ts",
    "explain.ts",
    "rules.ts",
    "zod",
  ]) {
    expect(own).not.toContain(heavy);
  }
});
