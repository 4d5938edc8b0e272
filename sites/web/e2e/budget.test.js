// The weight budgets, as a test: the same measure as `npm run budget`, whose table it prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./lib/browser.js";
import {
  TARGETS,
  TOOL_PAGES,
  formatTable,
  formatToolTable,
  measure,
  overBudget,
} from "./lib/budget.js";
import { serve } from "./lib/server.js";
import { distDir } from "./lib/site.js";

test("budgets de poids : JS, HTML, octets transférés et requêtes par type de page", async () => {
  const server = await serve(distDir);
  const browser = await launch();
  try {
    const rows = await measure(browser, server, distDir);
    console.log(formatTable(rows));
    console.log(formatToolTable(rows));
    const problems = overBudget(rows);
    assert.deepEqual(problems, [], problems.join("\n"));
  } finally {
    await browser.close();
    await server.close();
  }
});

test("pages d’outils : une ligne par page, JS compressé au premier affichage ≤ 35 Ko", async () => {
  const server = await serve(distDir);
  const browser = await launch();
  try {
    const rows = (await measure(browser, server, distDir)).filter(
      (r) => r.tool,
    );
    assert.deepEqual(
      rows.map((r) => r.path),
      TOOL_PAGES.map((t) => `/${t.path}`),
    );
    for (const r of rows) {
      // The file measure and the browser's log agree on which files load first.
      assert.equal(r.tool.firstViewFiles, r.jsFiles, r.path);
      assert.ok(
        r.tool.firstViewGzip <= TARGETS.toolJsGzip,
        `${r.path} : ${r.tool.firstViewGzip} o > ${TARGETS.toolJsGzip} o`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
