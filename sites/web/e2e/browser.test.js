// In Debian's chromium: accessibility (axe, keyboard, structure), no third-party request, search, 404, copy, print.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  formatViolations,
  servedSite,
  openPage,
  runAxe,
  structure,
  tabUntil,
  focused,
} from "./lib/browser.js";
import { PAGE_TYPES, linked } from "./lib/pages.js";
import { referentiels as pkg } from "./lib/referentiels.js";

const site = servedSite();

describe("chaque type de page", () => {
  for (const { type, path, status = 200 } of PAGE_TYPES) {
    test(`${type} (/${path}) : axe WCAG 2.1 AA, structure, aucune requête hors de localhost`, async () => {
      const view = await openPage(site.browser, site.server.url + path, {
        waitUntil: "networkidle",
      });
      try {
        assert.equal(view.response.status(), status);
        const violations = await runAxe(view.page);
        assert.deepEqual(violations, [], formatViolations(violations));
        const s = await structure(view.page);
        assert.equal(s.lang, "fr");
        assert.equal(
          s.headings.filter((level) => level === 1).length,
          1,
          "un seul h1",
        );
        assert.equal(s.headings[0], 1, "le h1 vient en premier");
        s.headings.forEach((level, i) => {
          if (i > 0)
            assert.ok(
              level <= s.headings[i - 1] + 1,
              `titres dans l’ordre : ${s.headings.join(",")}`,
            );
        });
        assert.deepEqual(
          Object.entries(s.landmarks).filter(([, n]) => n < 1),
          [],
          "header, nav, main et footer présents",
        );
        assert.equal(
          s.firstLink,
          "#contenu",
          "le premier lien est le lien d’évitement",
        );
        assert.deepEqual(
          view.external,
          [],
          `requêtes vers un tiers : ${view.external.join(", ")}`,
        );
        for (const request of view.requests)
          assert.ok(request.url.startsWith(site.server.origin), request.url);
      } finally {
        await view.close();
      }
    });
  }
});

test("axe WCAG 2.1 AA sur un échantillon : le premier et le dernier item de chaque référentiel", async () => {
  const sample = pkg.referentiels.flatMap((r) =>
    [r.items[0], r.items.at(-1)].map((item) => `${r.id}/${item.id}`),
  );
  for (const fullId of new Set(sample)) {
    const view = await openPage(
      site.browser,
      `${site.server.url}referentiels/${fullId}/`,
    );
    try {
      assert.equal(view.response.status(), 200, fullId);
      const violations = await runAxe(view.page);
      assert.deepEqual(
        violations,
        [],
        `${fullId}\n${formatViolations(violations)}`,
      );
      assert.deepEqual(view.external, [], fullId);
    } finally {
      await view.close();
    }
  }
});

test("au clavier seul : lien d’évitement, recherche, bouton de copie (page d’item), focus visible", async () => {
  const view = await openPage(
    site.browser,
    `${site.server.url}referentiels/${linked.fullId}/`,
  );
  try {
    const { page } = view;
    const skip = await tabUntil(page, () => true, { max: 1 });
    assert.equal(
      skip?.href,
      "#contenu",
      "la première tabulation atteint le lien d’évitement",
    );
    assert.ok(skip.visibleFocus, "le focus du lien d’évitement est visible");
    const search = await tabUntil(
      page,
      (f) => f.tag === "input" && f.type === "search",
    );
    assert.ok(search, "la recherche est atteinte au clavier");
    assert.ok(search.visibleFocus, "focus visible sur la recherche");
    const copy = await tabUntil(
      page,
      (f) => f.tag === "button" && f.text.startsWith("Copier la citation"),
    );
    assert.ok(copy, "le bouton de copie est atteint au clavier");
    assert.ok(copy.visibleFocus, "focus visible sur le bouton de copie");
  } finally {
    await view.close();
  }
});

test("au clavier seul : les téléchargements de la page d’un référentiel", async () => {
  const id = pkg.referentiels[0].id;
  const view = await openPage(
    site.browser,
    `${site.server.url}referentiels/${id}/`,
  );
  try {
    const json = await tabUntil(
      view.page,
      (f) => f.tag === "a" && (f.href ?? "").endsWith(`${id}.json`),
      { max: 200 },
    );
    assert.ok(
      json?.visibleFocus,
      "le téléchargement JSON est atteint au clavier, focus visible",
    );
    const csv = await tabUntil(
      view.page,
      (f) => f.tag === "a" && (f.href ?? "").endsWith(`${id}.csv`),
    );
    assert.ok(csv, "le téléchargement CSV est atteint au clavier");
    const schema = await tabUntil(
      view.page,
      (f) =>
        f.tag === "a" && (f.href ?? "").endsWith("referentiel.schema.json"),
      { max: 5 },
    );
    assert.ok(schema, "le schéma JSON est atteint au clavier");
    const response = await view.page.request.get(
      new URL(json.href, site.server.url).href,
    );
    assert.deepEqual(
      await response.json(),
      JSON.parse(pkg.toJSON(pkg.referentiels[0])),
    );
  } finally {
    await view.close();
  }
});

test("le bouton copie la citation texte du paquet", async () => {
  const view = await openPage(
    site.browser,
    `${site.server.url}referentiels/${linked.fullId}/`,
    {
      permissions: ["clipboard-read", "clipboard-write"],
    },
  );
  try {
    const { page } = view;
    const expected = await page.inputValue("#citation-text");
    assert.ok(expected.includes(linked.fullId));
    await page.click("text=Copier la citation (Texte)");
    await page.waitForFunction(() =>
      document
        .querySelector(".citation [role=status]")
        ?.textContent?.includes("copiée"),
    );
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      expected,
    );
  } finally {
    await view.close();
  }
});

/** Searches through the search page's own form, as a person would, and returns the results shown. */
async function search(words) {
  const view = await openPage(site.browser, `${site.server.url}recherche/`);
  try {
    const { page } = view;
    await page.fill("main input[type=search]", words);
    await page.press("main input[type=search]", "Enter");
    await page.waitForFunction(() =>
      /résultat/.test(
        document.querySelector("#resultats [role=status]")?.textContent ?? "",
      ),
    );
    const results = await page.$$eval("#resultats li", (lis) =>
      lis.map((li) => ({
        href: li.querySelector("a")?.getAttribute("href"),
        title: li.querySelector("a")?.textContent,
        meta: li.querySelector(".meta")?.textContent ?? "",
      })),
    );
    return { results, requests: view.requests, external: view.external };
  } finally {
    await view.close();
  }
}

test("la recherche trouve un item par un mot de son texte, avec et sans accents", async () => {
  const item = pkg.listItems().find((i) => /médiat/i.test(i.text)) ?? linked;
  const accented = item.text.match(/\p{L}*[àâçéèêëîïôûùüÿœ]\p{L}*/iu)?.[0];
  assert.ok(accented, "un mot accentué dans le texte de l’item");
  const plain = pkg.foldText(accented);
  for (const words of [accented, plain]) {
    const { results, external } = await search(words);
    const found = results.find((r) =>
      r.href?.endsWith(`/referentiels/${item.fullId}/`),
    );
    assert.ok(
      found,
      `« ${words} » trouve ${item.fullId} (résultats : ${results.map((r) => r.href).join(", ")})`,
    );
    assert.ok(
      found.meta.includes(pkg.getReferentiel(item.referentielId).shortTitle),
      "le résultat montre le référentiel",
    );
    assert.deepEqual(external, []);
  }
  const { results } = await search("mediateur");
  assert.ok(results.length > 0, "« mediateur » trouve « médiateur »");
});

test("la page 404 répond 404 et cherche le dernier segment de l’adresse", async () => {
  const view = await openPage(
    site.browser,
    `${site.server.url}ancienne-adresse/projet-numerique/`,
  );
  try {
    assert.equal(view.response.status(), 404);
    await view.page.waitForFunction(() =>
      /résultat/.test(
        document.querySelector("#resultats [role=status]")?.textContent ?? "",
      ),
    );
    assert.equal(
      await view.page.inputValue("main input[type=search]"),
      "projet numerique",
    );
    const hrefs = await view.page.$$eval("#resultats li a", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    assert.ok(
      hrefs.some((href) =>
        href.includes("/referentiels/fcs93-action/projet-numerique/"),
      ),
      hrefs.join(", "),
    );
  } finally {
    await view.close();
  }
});

test("téléphone (360 px) : pas de défilement horizontal ; impression : navigation et boutons masqués", async () => {
  for (const { path } of PAGE_TYPES.filter((p) =>
    ["item", "référentiel", "accueil", "documentation"].includes(p.type),
  )) {
    const view = await openPage(site.browser, site.server.url + path, {
      viewport: { width: 360, height: 740 },
    });
    try {
      const s = await structure(view.page);
      assert.equal(
        s.horizontalScroll,
        false,
        `défilement horizontal sur /${path}`,
      );
    } finally {
      await view.close();
    }
  }
  const view = await openPage(
    site.browser,
    `${site.server.url}referentiels/${linked.fullId}/`,
  );
  try {
    await view.page.emulateMedia({ media: "print" });
    const hidden = await view.page.evaluate(() =>
      [
        "header.site-header",
        "form[role=search]",
        ".citation button",
        "textarea",
      ].map((sel) => getComputedStyle(document.querySelector(sel)).display),
    );
    assert.deepEqual(hidden, ["none", "none", "none", "none"]);
    const citation = await view.page.evaluate(
      () =>
        getComputedStyle(document.querySelector(".citation .print-only"))
          .display,
    );
    assert.equal(citation, "block", "la citation texte s’imprime");
    const pdf = await view.page.pdf({ format: "A4" });
    assert.ok(pdf.length > 1000);
  } finally {
    await view.close();
  }
});

test("le focus visible ne dépend pas de la souris (outline au clavier sur un lien du contenu)", async () => {
  const view = await openPage(site.browser, `${site.server.url}referentiels/`);
  try {
    await view.page.keyboard.press("Tab");
    await view.page.keyboard.press("Enter");
    const link = await tabUntil(view.page, (f) => f.tag === "a", { max: 5 });
    assert.ok(
      link?.visibleFocus,
      "après le lien d’évitement, le premier lien du contenu a un focus visible",
    );
    assert.equal((await focused(view.page))?.tag, "a");
  } finally {
    await view.close();
  }
});
