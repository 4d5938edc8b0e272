import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const ids = [
  "fcs93-action",
  "fcs93-competences",
  "conum-remn",
  "anct-2021",
  "hypra-charte",
];

/** Each référentiel's title, as it appears in bundled code: a marker of its data. */
const titleOf = (id: string): string =>
  JSON.stringify(
    (
      JSON.parse(
        readFileSync(join(packageDir, "data", `${id}.json`), "utf8"),
      ) as { title: string }
    ).title,
  );

/** The built entry and every chunk it imports, transitively: what a bundler would pull in. */
function moduleGraph(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return "";
  seen.add(file);
  const code = readFileSync(join(packageDir, "dist", file), "utf8");
  const imports = [
    ...code.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g),
  ].map((match) => match[1] ?? "");
  return code + imports.map((dep) => moduleGraph(dep, seen)).join("\n");
}

// Runs on the tsup output (turbo builds before testing).
describe("importing one référentiel by subpath does not bundle the others", () => {
  test.each(ids)("%s", (id) => {
    const code = moduleGraph(`${id}.js`);
    expect(code).toContain(titleOf(id));
    for (const other of ids.filter((o) => o !== id)) {
      expect(code).not.toContain(titleOf(other));
    }
    expect(code).not.toContain("toJSONSchema");
  });
});

test("the schema subpath carries no référentiel data", () => {
  const code = moduleGraph("schema.js");
  expect(code).toContain("Referentiel");
  for (const id of ids) expect(code).not.toContain(titleOf(id));
});
