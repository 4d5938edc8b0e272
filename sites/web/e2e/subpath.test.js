// The site deployed under a sub-path: a second build with BASE_PATH, then the link checker over it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { checkLinks } from "./lib/linkcheck.js";
import { extractLinks, readText, siteDir } from "./lib/site.js";

const run = promisify(execFile);
const ASTRO_BIN = path.join(
  path.dirname(createRequire(import.meta.url).resolve("astro/package.json")),
  "bin/astro.mjs",
);
const BASE = "/sous-chemin/";
const SITE = "https://exemple.org";

test(`construit sous ${BASE} : tous les liens restent dans le sous-chemin et résolvent`, async () => {
  const outDir = await mkdtemp(path.join(tmpdir(), "mn-site-"));
  // The same build reads a fixture repository, to check the changelog page renders changesets and CHANGELOG.md.
  const repo = await mkdtemp(path.join(tmpdir(), "mn-repo-"));
  await mkdir(path.join(repo, ".changeset"));
  await mkdir(path.join(repo, "packages/referentiels"), { recursive: true });
  await writeFile(
    path.join(repo, ".changeset/brave-ids.md"),
    '---\n"@mediation-numerique/referentiels": minor\n---\n\nAjoute un item de test.\n',
  );
  await writeFile(
    path.join(repo, "packages/referentiels/CHANGELOG.md"),
    "# @mediation-numerique/referentiels\n\n## 1.1.0\n\n### Minor Changes\n\n- Première version publiée.\n",
  );
  try {
    await run(process.execPath, [ASTRO_BIN, "build"], {
      cwd: siteDir,
      env: {
        ...process.env,
        BASE_PATH: BASE,
        SITE_URL: SITE,
        OUT_DIR: outDir,
        MN_REPO_ROOT: repo,
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    const { pages, links, broken } = await checkLinks(outDir, {
      base: BASE,
      origin: SITE,
    });
    console.log(
      `  ${pages} pages, ${links} liens internes vérifiés sous ${BASE}`,
    );
    assert.deepEqual(
      broken,
      [],
      broken.map((b) => `${b.page} → ${b.url} (${b.reason})`).join("\n"),
    );
    const home = await readText(path.join(outDir, "index.html"));
    const rootLinks = extractLinks(home).filter(
      ({ url }) => url.startsWith("/") && !url.startsWith(BASE),
    );
    assert.deepEqual(rootLinks, [], "aucun lien vers la racine du domaine");
    const item = await readText(
      path.join(
        outDir,
        "referentiels/fcs93-action/projet-numerique/index.html",
      ),
    );
    assert.ok(
      item.includes(
        `${SITE}${BASE}referentiels/fcs93-action/projet-numerique/`,
      ),
      "la citation donne l’adresse sous le sous-chemin",
    );
    const notFound = await readText(path.join(outDir, "404.html"));
    assert.ok(
      notFound.includes(`data-base="${BASE}"`),
      "la recherche charge pagefind sous le sous-chemin",
    );
    const journal = await readText(
      path.join(outDir, "documentation/changements/index.html"),
    );
    for (const text of [
      "Ajoute un item de test.",
      "Première version publiée.",
      "version mineure",
      "1.1.0",
    ]) {
      assert.ok(journal.includes(text), `le journal montre « ${text} »`);
    }
    assert.equal(
      (journal.match(/<h1[\s>]/g) ?? []).length,
      1,
      "un seul h1 dans le journal",
    );
  } finally {
    await rm(repo, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
});
