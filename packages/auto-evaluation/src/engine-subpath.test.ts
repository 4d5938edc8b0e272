import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { listItems } from "@mediation-numerique/referentiels";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(packageDir, "package.json"));
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
        readFileSync(
          require.resolve(`@mediation-numerique/referentiels/data/${id}.json`),
          "utf8",
        ),
      ) as { title: string }
    ).title,
  );

/**
 * The built file and every module it imports, transitively: relative chunks and the
 * `@mediation-numerique/*` packages (resolved to their built files), what a bundler would pull in.
 * Third-party packages (zod) are left out. Returns the code and the package specifiers met.
 */
function moduleGraph(
  file: string,
  seen = new Set<string>(),
  specifiers = new Set<string>(),
): { code: string; specifiers: Set<string> } {
  if (seen.has(file)) return { code: "", specifiers };
  seen.add(file);
  const code = readFileSync(file, "utf8");
  const parts = [code];
  for (const [, spec = ""] of code.matchAll(
    /(?:from|import)\s*\(?\s*["']([^"']+)["']/g,
  )) {
    if (spec.startsWith(".")) {
      parts.push(moduleGraph(join(dirname(file), spec), seen, specifiers).code);
    } else if (spec.startsWith("@mediation-numerique/")) {
      specifiers.add(spec);
      parts.push(moduleGraph(require.resolve(spec), seen, specifiers).code);
    }
  }
  return { code: parts.join("\n"), specifiers };
}

// Runs on the tsup output (turbo builds before testing).
describe("the ./engine subpath carries no référentiel data", () => {
  const engine = moduleGraph(join(packageDir, "dist", "engine.js"));

  test("it imports only the core and the référentiels’ schema subpath", () => {
    expect([...engine.specifiers].sort()).toEqual([
      "@mediation-numerique/core",
      "@mediation-numerique/referentiels/schema",
    ]);
    expect(engine.code).toContain("function profile");
  });

  test.each(ids)("no title of %s", (id) => {
    expect(engine.code).not.toContain(titleOf(id));
  });

  test("no item text of the assessed référentiels", () => {
    const texts = listItems({
      referentiel: ["fcs93-action", "fcs93-competences", "conum-remn"],
    })
      .map((item) => item.text)
      .filter((text) => text.length > 40);
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts)
      expect(engine.code).not.toContain(JSON.stringify(text).slice(1, -1));
  });

  test("the check can fail: the main entry does carry the packaged référentiels", () => {
    const main = moduleGraph(join(packageDir, "dist", "index.js"));
    for (const id of ["fcs93-action", "fcs93-competences", "conum-remn"])
      expect(main.code).toContain(titleOf(id));
  });
});
