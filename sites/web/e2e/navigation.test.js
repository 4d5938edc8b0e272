// Ways in (issue 15): the header reaches each tool on a phone, and the search page keeps one field and
// hides « Afficher plus de résultats » when there is nothing more to show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedSite } from "./lib/browser.js";

const site = servedSite();
const PHONE = { width: 360, height: 740 };
const TOOLS = [
  ["Diagnostic d’un·e habitant·e", "diagnostic/"],
  ["Auto-évaluation du centre", "auto-evaluation/centre/"],
  ["Auto-évaluation médiateur·trice", "auto-evaluation/mediateur/"],
  ["Référentiels", "referentiels/"],
];

test("téléphone (360 × 740) : l’en-tête mène à chaque outil et aux référentiels, sans défiler", async () => {
  for (const start of ["", "referentiels/fcs93-competences/diagnostic-2/"]) {
    for (const [label, path] of TOOLS) {
      const view = await openPage(site.browser, `${site.server.url}${start}`, {
        viewport: PHONE,
      });
      try {
        const link = view.page.locator(".site-nav a", { hasText: label });
        const box = await link.boundingBox();
        assert.ok(box, `${label} : lien présent`);
        assert.ok(
          box.y + box.height <= PHONE.height,
          `${label} : visible sans défiler (${box.y} px)`,
        );
        await Promise.all([view.page.waitForURL(`**/${path}`), link.click()]);
        const current = view.page.locator(".site-nav a[aria-current=page]");
        if (path !== "referentiels/")
          assert.equal((await current.textContent())?.trim(), label);
      } finally {
        await view.close();
      }
    }
  }
});

test("recherche sans résultat : « Afficher plus » reste caché, et la page n’a qu’un champ de recherche", async () => {
  const view = await openPage(
    site.browser,
    `${site.server.url}recherche/?q=zzzz`,
  );
  try {
    await view.page.waitForFunction(() =>
      /Aucun résultat/.test(document.body.textContent ?? ""),
    );
    assert.equal(await view.page.locator("button.more").isVisible(), false);
    assert.equal(await view.page.locator("input[type=search]").count(), 1);
  } finally {
    await view.close();
  }
});
