// Search on a weak connection (issue 15): the results area says what it is doing, says in plain words when
// pagefind's files cannot be loaded, shows 5 results first, and reads the documentation only when asked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import {
  formatViolations,
  openPage,
  runAxe,
  servedSite,
} from "./lib/browser.js";
import { distDir } from "./lib/site.js";

const site = servedSite();
const QUERY = "médiateur";
const status = (page) => page.textContent("#resultats [role=status]");
const shownLinks = (page) =>
  page.$$eval("#resultats li > a", (links) =>
    links.map((a) => new URL(a.href).pathname),
  );
const FAILURE =
  "La recherche n’a pas pu se charger. Vérifiez la connexion à internet, puis rechargez la page.";

/** Holds every pagefind file until `release()` is called; records what was asked for. */
async function holdPagefind(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const asked = [];
  await page.route("**/pagefind/**", async (route) => {
    asked.push(new URL(route.request().url()).pathname);
    await gate;
    await route.continue();
  });
  return { release, asked };
}

/** Opens `path` (from the home page) with the pagefind files matching `pattern` failing as they would offline. */
async function openWithFailing(pattern, path) {
  const view = await openPage(site.browser, site.server.url);
  await view.page.route(pattern, (route) =>
    route.abort("internetdisconnected"),
  );
  await view.page.goto(site.server.url + path);
  return view;
}

test("« Recherche en cours… » pendant le chargement, puis le nombre de résultats et les 5 premiers", async () => {
  // From the home page (as a visitor comes), so that the test's routes are set before the search page.
  const view = await openPage(site.browser, site.server.url);
  try {
    const { page } = view;
    const { release, asked } = await holdPagefind(page);
    await page.goto(`${site.server.url}recherche/?q=${QUERY}`);
    await page.waitForFunction(
      () =>
        document.querySelector("#resultats [role=status]")?.textContent ===
        "Recherche en cours…",
    );
    assert.equal(
      await page.getAttribute("#resultats [role=status]", "role"),
      "status",
      "une région annoncée poliment",
    );
    assert.equal(await page.locator("#resultats li").count(), 0);
    // Still nothing after 3 s: the text says why it takes time.
    await page.waitForFunction(
      () =>
        /connexion lente/.test(
          document.querySelector("#resultats [role=status]")?.textContent ?? "",
        ),
      null,
      { timeout: 10_000 },
    );
    release();
    await page.waitForFunction(() =>
      /résultats? pour/.test(
        document.querySelector("#resultats [role=status]")?.textContent ?? "",
      ),
    );
    const count = Number(
      (await status(page)).match(
        /^(\d+) résultats? pour «\u00a0médiateur\u00a0»\.$/,
      )?.[1],
    );
    assert.ok(count > 5, `plus de 5 résultats (${await status(page)})`);
    assert.equal((await shownLinks(page)).length, 5, "5 résultats d’abord");
    assert.ok(await page.isVisible("button.more"));
    await page.click("button.more");
    await page.waitForFunction(
      (shown) => document.querySelectorAll("#resultats li").length > shown,
      5,
    );
    assert.equal((await shownLinks(page)).length, Math.min(10, count));
    const once = new Set(asked);
    assert.equal(
      once.size,
      asked.length,
      `un seul appel par fichier : ${asked.join(", ")}`,
    );
    assert.ok(
      asked.includes("/pagefind/wasm.fr.pagefind"),
      "le WebAssembly préchargé est celui utilisé",
    );
    assert.equal(
      asked.filter((file) => file.includes("/fragment/")).length,
      Math.min(10, count),
      "un fichier par résultat affiché, pas plus",
    );
    assert.deepEqual(view.external, []);
  } finally {
    await view.close();
  }
});

test("pagefind ne se charge pas : le message le dit en mots simples, avec quoi faire", async () => {
  for (const pattern of ["**/pagefind/**", "**/pagefind/index/**"]) {
    const view = await openWithFailing(pattern, `recherche/?q=${QUERY}`);
    try {
      const { page } = view;
      await page.waitForFunction(
        () =>
          !/en cours/.test(
            document.querySelector("#resultats [role=status]")?.textContent ??
              "en cours",
          ),
      );
      assert.equal(await status(page), FAILURE, pattern);
      assert.ok(
        await page.isVisible(".search-failed a[href$='/referentiels/']"),
      );
      assert.equal(await page.locator("#resultats li").count(), 0);
      assert.equal(await page.isVisible("button.more"), false);
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));
    } finally {
      await view.close();
    }
  }
});

test(`/recherche/?q=${QUERY} : axe sans violation, une fois les résultats affichés`, async () => {
  const view = await openPage(
    site.browser,
    `${site.server.url}recherche/?q=${QUERY}`,
  );
  try {
    await view.page.waitForSelector("#resultats li");
    const violations = await runAxe(view.page);
    assert.deepEqual(violations, [], formatViolations(violations));
  } finally {
    await view.close();
  }
});

test("la documentation a son propre index, lu seulement quand on le demande", async () => {
  const view = await openPage(site.browser, `${site.server.url}recherche/`);
  try {
    const { page } = view;
    await page.fill("main input[type=search]", "npm");
    await page.press("main input[type=search]", "Enter");
    await page.waitForFunction(() =>
      /Aucun résultat pour «\u00a0npm\u00a0»\./.test(
        document.querySelector("#resultats [role=status]")?.textContent ?? "",
      ),
    );
    const box = page.getByLabel(
      "Chercher aussi dans la documentation pour les développeur·euse·s",
    );
    assert.equal(await box.isChecked(), false, "case non cochée d’avance");
    await box.check();
    await page.press("main input[type=search]", "Enter");
    await page.waitForFunction(() =>
      /résultats? pour «\u00a0npm\u00a0», documentation comprise\./.test(
        document.querySelector("#resultats [role=status]")?.textContent ?? "",
      ),
    );
    assert.ok(await box.isChecked(), "la case garde le choix fait");
    const links = await shownLinks(page);
    assert.ok(
      links.length > 0 &&
        links.every((link) => link.startsWith("/documentation/")),
      links.join(", "),
    );
    const asked = view.requests.map((r) => new URL(r.url).pathname);
    assert.ok(asked.includes("/pagefind/documentation/pagefind-entry.json"));
    assert.ok(
      !asked.some((file) =>
        /^\/pagefind\/documentation\/(wasm|pagefind\.js)/.test(file),
      ),
      "l’index de la documentation se lit avec le WebAssembly déjà chargé",
    );
  } finally {
    await view.close();
  }
  // From a documentation page, the header search reads the documentation too.
  const fromDocs = await openPage(
    site.browser,
    `${site.server.url}documentation/`,
  );
  try {
    const { page } = fromDocs;
    await page.fill("header input[type=search]", "npm");
    await Promise.all([
      page.waitForURL(/dans=documentation/),
      page.press("header input[type=search]", "Enter"),
    ]);
    await page.waitForSelector("#resultats li");
    assert.ok(
      (await shownLinks(page)).some((link) =>
        link.startsWith("/documentation/"),
      ),
    );
  } finally {
    await fromDocs.close();
  }
  // Without asking, a search never downloads the documentation's index.
  const plain = await openPage(
    site.browser,
    `${site.server.url}recherche/?q=${QUERY}`,
  );
  try {
    await plain.page.waitForSelector("#resultats li");
    assert.ok(
      !plain.requests.some((r) => r.url.includes("/pagefind/documentation/")),
    );
    assert.ok(
      !(await shownLinks(plain.page)).some((link) =>
        link.startsWith("/documentation/"),
      ),
    );
  } finally {
    await plain.close();
  }
});

test("l’index est découpé fin : une recherche d’un mot télécharge quelques kilo-octets d’index", async () => {
  // integrations/pagefind.ts sets the chunk size through a variable pagefind calls unstable: if an
  // upgrade ignores it, chunks go back to about 25 kB and this test fails.
  for (const bundle of ["pagefind", "pagefind/documentation"]) {
    const dir = path.join(distDir, bundle, "index");
    const sizes = await Promise.all(
      (await readdir(dir)).map(
        async (file) => (await stat(path.join(dir, file))).size,
      ),
    );
    assert.ok(sizes.length > 1, bundle);
    assert.ok(
      Math.max(...sizes) <= 6 * 1024,
      `${bundle} : ${Math.max(...sizes)} octets`,
    );
  }
});

test("hors ligne, une recherche déjà faite se refait ; sinon la page dit que la recherche n’a pas pu se charger", async () => {
  const context = await site.browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    const settled = () =>
      page.waitForFunction(
        () =>
          !/en cours/.test(
            document.querySelector("#resultats [role=status]")?.textContent ??
              "en cours",
          ),
      );
    // A visit to a tool installs the service worker (integrations/offline.ts).
    await page.goto(`${site.server.url}diagnostic/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto(`${site.server.url}recherche/?q=${QUERY}`);
    await settled();
    const online = await status(page);
    assert.match(online, /résultats pour/);
    await context.setOffline(true);
    await page.reload();
    await settled();
    assert.equal(await status(page), online);
    assert.equal((await shownLinks(page)).length, 5);
    // Another word: the page opens, but that part of the index was never downloaded.
    await page.goto(`${site.server.url}recherche/?q=autonomie`);
    await settled();
    assert.equal(await status(page), FAILURE);
  } finally {
    await context.close();
  }
});
