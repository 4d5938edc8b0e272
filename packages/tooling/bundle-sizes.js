// What a developer's bundle pays for one function of a package's main entry: each line bundles
// `export { fn } from "<package>"` with esbuild (minified, browser, ESM, tree-shaken) against the built
// dist/ of the workspace packages, and prints its raw and gzip sizes against a ceiling. Exits non-zero
// over a ceiling: `npm test` runs it (root task check-sizes), `npm run check-sizes` prints it after a build.
// The ceilings leave about 10 % over the figures of issue 13; they caught a core import that made
// every bundle keep all of zod's locales (orient: 90 KB gzip instead of 16.7 KB).
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../../..");

/**
 * The functions issue 13 measures, and the resident's sheet (issue 11: 15.5 KB when added), from each
 * package's main entry, with their gzip ceiling in KB.
 */
const CASES = [
  ["score", "@mediation-numerique/diagnostic", 20],
  ["orient", "@mediation-numerique/orientation", 18.5],
  ["residentSheet", "@mediation-numerique/orientation", 17],
  ["getItem", "@mediation-numerique/referentiels", 38.5],
  ["itemUrl", "@mediation-numerique/referentiels", 11.5],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const NAME_WIDTH = 50;
console.log(
  `${"function (entry)".padEnd(NAME_WIDTH)} ${"minified".padStart(9)} ${"gzip".padStart(9)} ${"ceiling".padStart(9)}`,
);
let over = 0;
for (const [name, entry, ceiling] of CASES) {
  const result = await build({
    stdin: {
      contents: `export { ${name} } from "${entry}";`,
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const fits = gzip <= ceiling * 1024;
  if (!fits) over++;
  console.log(
    `${`${name} (${entry})`.padEnd(NAME_WIDTH)} ${kb(code.length).padStart(9)} ${kb(gzip).padStart(9)} ${`${ceiling} KB`.padStart(9)}${fits ? "" : "  OVER"}`,
  );
}
console.log(`${CASES.length - over} passed, ${over} failed`);
process.exitCode = over === 0 ? 0 : 1;
