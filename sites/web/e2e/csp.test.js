// The Content-Security-Policy (issue 15): every page type holds one, and no page, search or copy button
// triggers a violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedSite } from "./lib/browser.js";
import { PAGE_TYPES } from "./lib/pages.js";

const site = servedSite();

/** Records the page’s CSP violations in `window.cspViolations`, from its first script on. */
const recordViolations = () => {
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) =>
    window.cspViolations.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim(),
    ),
  );
};

test("chaque type de page a une politique stricte, et aucune page ne la viole", async () => {
  const context = await site.browser.newContext({ locale: "fr-FR" });
  await context.addInitScript(recordViolations);
  try {
    const page = await context.newPage();
    for (const { type, path, search } of PAGE_TYPES) {
      await page.goto(`${site.server.url}${path}`);
      const policy = await page.getAttribute(
        'meta[http-equiv="content-security-policy"]',
        "content",
      );
      assert.ok(policy, `${type} : pas de politique`);
      assert.match(policy, /default-src 'self'/, type);
      assert.match(policy, /connect-src 'self'/, type);
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, type);
      assert.equal(
        /wasm-unsafe-eval/.test(policy),
        Boolean(search) || path === "recherche/",
        type,
      );
      if (search)
        await page.waitForFunction(() =>
          /résultat/.test(
            document.querySelector(".search-status")?.textContent ?? "",
          ),
        );
      if (/^referentiels\/[^/]+\/[^/]+\/$/.test(path)) {
        await page.click(".citation button");
        await page.waitForFunction(() =>
          /copiée/.test(
            document.querySelector(".citation [role=status]")?.textContent ??
              "",
          ),
        );
      }
      assert.deepEqual(
        await page.evaluate(() => window.cspViolations),
        [],
        type,
      );
    }
  } finally {
    await context.close();
  }
});
