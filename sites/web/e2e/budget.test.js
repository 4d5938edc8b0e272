// The weight budgets, as a test: the same measure as `npm run budget`, whose table it prints.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "./lib/browser.js";
import {
  TARGETS,
  TOOL_PAGES,
  allCeiling,
  formatTable,
  formatToolTable,
  measure,
  overBudget,
  pageJs,
} from "./lib/budget.js";
import { serve } from "./lib/server.js";
import { distDir } from "./lib/site.js";

// Measured once (a browser visit per page type), then checked page by page.
let rows;
before(async () => {
  const server = await serve(distDir);
  const browser = await launch();
  try {
    rows = await measure(browser, server, distDir);
    console.log(formatTable(rows));
    console.log(formatToolTable(rows));
  } finally {
    await browser.close();
    await server.close();
  }
});

test("budgets de poids des pages de consultation : JS, HTML, octets transférés et requêtes", () => {
  const problems = overBudget(rows.filter((r) => !r.tool));
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("pages d’outils : une ligne par page, et aucune n’est comptée comme page sans JS", () => {
  const tools = rows.filter((r) => r.tool);
  assert.deepEqual(
    tools.map((r) => r.path),
    TOOL_PAGES.map((t) => `/${t.path}`),
  );
  for (const r of tools) assert.equal(r.noJs, false, r.path);
  // The browse pages, on the contrary, keep the 0 Ko rule.
  assert.ok(rows.filter((r) => !r.tool && r.noJs).length >= 5);
});

// One test per tool page, so that a page over budget does not hide the others.
for (const { type, path: toolPath } of TOOL_PAGES)
  test(`${type} (/${toolPath}) : premier affichage ≤ 36 Ko de JS compressé ; tout ce que la page peut charger (chaînes import()) sous son plafond`, () => {
    const r = rows.find((row) => row.path === `/${toolPath}`);
    assert.ok(r?.tool, toolPath);
    // The file measure and the browser's log agree on which files load first.
    assert.equal(r.tool.firstViewFiles, r.jsFiles, r.path);
    assert.ok(r.tool.allGzip >= r.tool.firstViewGzip, r.path);
    const problems = overBudget([r]);
    assert.deepEqual(problems, [], problems.join("\n"));
    assert.ok(r.tool.firstViewGzip <= TARGETS.toolFirstViewGzip);
    assert.ok(r.tool.allGzip <= allCeiling(r));
  });

test("plafonds des pages d’outils : un par page, pas plus (un plafond sans page serait oublié)", () => {
  assert.deepEqual(
    Object.keys(TARGETS.toolAllGzip).sort(),
    TOOL_PAGES.map((t) => t.path).sort(),
  );
});

test("diagnostic : l’orientation et les valeurs pour La Coop se chargent à la demande, hors du premier affichage", () => {
  const r = rows.find((row) => row.path === "/diagnostic/");
  assert.ok(r?.tool);
  const later = r.tool.files.slice(r.tool.firstViewFiles);
  assert.ok(
    later.some((f) => /\/coop\.[^/]+\.js$/.test(f)),
    `fichiers chargés à la demande : ${later.join(", ")}`,
  );
  assert.ok(
    later.some((f) => /\/orientation\.[^/]+\.js$/.test(f)),
    `fichiers chargés à la demande : ${later.join(", ")}`,
  );
});

test("hors ligne : chaque fichier JS qu’une page d’outil peut charger, même à la demande, est mis en cache par le service worker", async () => {
  const worker = await readFile(path.join(distDir, "sw.js"), "utf8");
  for (const r of rows.filter((row) => row.tool))
    for (const file of r.tool.files)
      assert.ok(
        worker.includes(`${file}"`),
        `${r.path} : ${file} absent du précache`,
      );
});

test("page du réseau : son worker est mesuré à part, hors du budget de la page", () => {
  const r = rows.find((row) => row.path === "/auto-evaluation/reseau/");
  assert.ok(r?.tool);
  assert.equal(r.tool.workerFiles, 1);
  assert.ok(r.tool.workerGzip > 0);
  console.log(
    `page du réseau : script ${(r.tool.allGzip / 1024).toFixed(1)} Ko, worker ${(r.tool.workerGzip / 1024).toFixed(1)} Ko (gzip)`,
  );
  // The other tool pages start no worker.
  for (const other of rows.filter((row) => row.tool && row !== r))
    assert.equal(other.tool.workerFiles, 0, other.path);
});

test("mesure du JS d’une page d’outil : un worker est compté à part, avec ses propres imports", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "budget-"));
  try {
    await mkdir(path.join(dir, "_astro"));
    const files = {
      "_astro/entry.js":
        "const w=()=>new Worker(new URL(`/_astro/w.js`,``+import.meta.url),{type:`module`});",
      "_astro/w.js": `import"./dep.js";${"self.a=1;".repeat(40)}`,
      "_astro/dep.js": "export const d=3;".repeat(30),
    };
    for (const [name, text] of Object.entries(files))
      await writeFile(path.join(dir, name), text);
    const gz = (name) => gzipSync(Buffer.from(files[name])).length;
    const js = pageJs(
      dir,
      `<script type="module" src="/_astro/entry.js"></script>`,
    );
    assert.equal(js.allFiles, 1);
    assert.equal(js.allGzip, gz("_astro/entry.js"));
    assert.equal(js.workerFiles, 2);
    assert.equal(js.workerGzip, gz("_astro/w.js") + gz("_astro/dep.js"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("mesure du JS d’une page d’outil : les chaînes import() sont suivies jusqu’au bout, chaque fichier compté une fois", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "budget-"));
  try {
    await mkdir(path.join(dir, "_astro"));
    const files = {
      "_astro/entry.js": `import{a}from"./shared.js";const m=()=>import("./lazy.js");`,
      "_astro/shared.js": "export const a=1;".repeat(50),
      "_astro/lazy.js": `import"./shared.js";export const b=()=>import(\`./deeper.js\`);`,
      "_astro/deeper.js": "export const c=2;".repeat(80),
    };
    for (const [name, text] of Object.entries(files))
      await writeFile(path.join(dir, name), text);
    const gz = (name) => gzipSync(Buffer.from(files[name])).length;
    const html = `<script type="module" src="/_astro/entry.js"></script>`;
    const js = pageJs(dir, html);
    assert.equal(js.firstViewFiles, 2);
    assert.equal(
      js.firstViewGzip,
      gz("_astro/entry.js") + gz("_astro/shared.js"),
    );
    assert.equal(js.allFiles, 4);
    assert.equal(
      js.allGzip,
      Object.keys(files).reduce((sum, name) => sum + gz(name), 0),
    );
    assert.equal(js.unresolved, 0);
    // A target the measure cannot follow, or a missing file, is reported instead of under-counted.
    await writeFile(
      path.join(dir, "_astro/entry.js"),
      `const m=(n)=>import(n);import("./absent.js");`,
    );
    const broken = pageJs(dir, html);
    assert.equal(broken.unresolved, 1);
    assert.deepEqual(broken.missing, ["/_astro/absent.js"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
