// Offline after one visit (issue 15): the service worker written by integrations/offline.ts keeps the tools
// and the pages seen, and a new version of the site is taken whole, when the person asks, never mixed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeServiceWorker } from "../integrations/offline.ts";
import { launch } from "./lib/browser.js";
import { answerAll, answerPlan, shownResults } from "./lib-diagnostic.js";
import { asUploads, centreFile } from "./lib-reseau.js";
import { serve } from "./lib/server.js";
import { distDir } from "./lib/site.js";

const ITEM = "referentiels/fcs93-competences/diagnostic-2/";

/** Opens `url` and waits until the service worker is active (its precache complete). */
async function visitAndInstall(page, url) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test("après une visite, les outils et les pages vues s’ouvrent sans réseau", async () => {
  const server = await serve(distDir);
  const browser = await launch();
  const context = await browser.newContext({
    locale: "fr-FR",
    viewport: { width: 360, height: 740 },
  });
  try {
    const page = await context.newPage();
    await visitAndInstall(page, `${server.url}diagnostic/`);
    await page.goto(`${server.url}${ITEM}`); // seen once, online
    const itemTitle = await page.textContent("h1");
    await server.close(); // no network at all: the server is gone
    await context.setOffline(true);

    // The diagnostic, reloaded offline, runs to its results.
    const response = await page.goto(`${server.url}diagnostic/`);
    assert.ok(response?.fromServiceWorker(), "la page vient du service worker");
    const { plan } = answerPlan();
    await answerAll(page, plan);
    const results = await shownResults(page);
    assert.ok(
      results.domains.length > 0,
      "les résultats s’affichent hors ligne",
    );

    // The two self-assessments open offline with their scripts.
    for (const tool of [
      "auto-evaluation/centre/",
      "auto-evaluation/mediateur/",
    ]) {
      const reply = await page.goto(`${server.url}${tool}`);
      assert.ok(reply?.fromServiceWorker(), tool);
      await page.waitForSelector("[data-ae-tool][data-ready]", {
        timeout: 15_000,
      });
    }

    // The network page opens offline, and its worker reads a file.
    const network = await page.goto(`${server.url}auto-evaluation/reseau/`);
    assert.ok(network?.fromServiceWorker(), "auto-evaluation/reseau/");
    await page.waitForSelector("[data-net][data-ready]", { timeout: 15_000 });
    await page.setInputFiles("#net-fichiers", asUploads([centreFile(0)]));
    await page.waitForSelector("[data-net-summary]", { timeout: 15_000 });
    assert.match(
      await page.textContent("[data-net-summary]"),
      /1\sfichier lu\s: 1\scentre compté/,
    );

    // The item page seen online opens again, offline.
    const item = await page.goto(`${server.url}${ITEM}`);
    assert.ok(item?.fromServiceWorker(), ITEM);
    assert.equal(await page.textContent("h1"), itemTitle);
  } finally {
    await context.close();
    await browser.close();
    await server.close();
  }
});

test("une nouvelle version est annoncée, et prise en entier quand la personne le demande", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "mn-offline-"));
  await cp(distDir, dir, { recursive: true });
  const server = await serve(dir);
  const browser = await launch();
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    await visitAndInstall(page, `${server.url}diagnostic/`);
    await page.reload(); // now controlled by version 1
    const before = await page.textContent("h1");

    // Version 2 of the site: a changed tool page, and the service worker that lists it.
    const file = path.join(dir, "diagnostic/index.html");
    const html = await readFile(file, "utf8");
    await writeFile(file, html.replace(/<h1([^>]*)>/, "<h1$1>Version 2 · "));
    await writeServiceWorker(dir, "/");
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.locator(".offline-update");
    await notice.waitFor({ timeout: 15_000 });
    assert.match(
      await notice.textContent(),
      /nouvelle version du site est prête/,
    );

    // Until the person asks, every reload is version 1, whole.
    await page.reload();
    assert.equal(await page.textContent("h1"), before);

    await page.locator(".offline-update button").waitFor();
    await Promise.all([
      page.waitForEvent("load"),
      page.click(".offline-update button"),
    ]);
    assert.match(await page.textContent("h1"), /^Version 2 · /);
  } finally {
    await context.close();
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
