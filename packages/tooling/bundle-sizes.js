// What a developer's bundle pays for one function of a package's main entry: each line bundles
// `export { fn } from "<package>"` with esbuild (minified, browser, ESM, tree-shaken) against the built
// dist/ of the workspace packages, and prints its raw and gzip sizes. Run with `npm run sizes` after a build.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../../..");

/** The functions issue 13 measures, from each package's main entry. */
const CASES = [
  ["score", "@mediation-numerique/diagnostic"],
  ["orient", "@mediation-numerique/orientation"],
  ["getItem", "@mediation-numerique/referentiels"],
  ["itemUrl", "@mediation-numerique/referentiels"],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  "function (entry)                               minified      gzip",
);
for (const [name, entry] of CASES) {
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
  console.log(
    `${`${name} (${entry})`.padEnd(46)} ${kb(code.length).padStart(9)} ${kb(gzip).padStart(9)}`,
  );
}
