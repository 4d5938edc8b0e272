// The weight budgets, as a test: the same measure as `npm run budget`, whose table it prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./lib/browser.js";
import { formatTable, measure, overBudget } from "./lib/budget.js";
import { serve } from "./lib/server.js";
import { distDir } from "./lib/site.js";

test("budgets de poids : JS, HTML, octets transférés et requêtes par type de page", async () => {
  const server = await serve(distDir);
  const browser = await launch();
  try {
    const rows = await measure(browser, server, distDir);
    console.log(formatTable(rows));
    const problems = overBudget(rows);
    assert.deepEqual(problems, [], problems.join("\n"));
  } finally {
    await browser.close();
    await server.close();
  }
});
