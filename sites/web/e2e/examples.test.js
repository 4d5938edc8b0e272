// The documentation's runnable examples: each file of src/examples/ runs against the built packages.
// The MDX pages show these same files (imported with ?raw), so the docs and this test cannot drift.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { siteDir } from "./lib/site.js";

const run = promisify(execFile);
const dir = path.join(siteDir, "src/examples");
const files = (await readdir(dir)).filter((file) => file.endsWith(".mjs"));

test("il y a des exemples exécutables", () => assert.ok(files.length >= 3));

for (const file of files) {
  test(`l’exemple ${file} s’exécute sans erreur`, async () => {
    const { stdout } = await run(process.execPath, [path.join(dir, file)], {
      cwd: siteDir,
    });
    assert.ok(stdout.trim().length > 0, "l’exemple affiche quelque chose");
  });
}
