// No browser: the build has every permanent URL, its downloads, and no broken internal link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { checkLinks } from "./lib/linkcheck.js";
import { distDir, listHtmlFiles, readText } from "./lib/site.js";
import { referentiels as pkg } from "./lib/referentiels.js";

const SITE = "https://mediation-numerique.github.io";
const { listItems, referentiels, itemUrl, referentielUrl, toJSON, toCSV } = pkg;

test("chaque item de chaque référentiel a sa page à son adresse permanente", async () => {
  const items = listItems();
  assert.ok(items.length > 0);
  for (const item of items) {
    const url = new URL(itemUrl(item.fullId, { baseUrl: SITE }));
    const file = path.join(distDir, url.pathname, "index.html");
    assert.ok(
      existsSync(file),
      `page absente pour ${item.fullId} : ${url.pathname}`,
    );
    const html = await readText(file);
    assert.match(
      html,
      new RegExp(`<link rel="canonical" href="${url.href}"`),
      `${item.fullId} : adresse canonique`,
    );
    const jsonLd = JSON.parse(
      html.match(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/,
      )?.[1] ?? "null",
    );
    assert.equal(jsonLd?.["@type"], "DefinedTerm", `${item.fullId} : JSON-LD`);
    assert.equal(jsonLd.termCode, item.fullId);
    assert.equal(jsonLd.url, url.href);
    assert.equal(jsonLd.inDefinedTermSet?.["@type"], "DefinedTermSet");
    assert.equal(
      (html.match(/<h1[\s>]/g) ?? []).length,
      1,
      `${item.fullId} : un seul h1`,
    );
  }
  // and no item page that the package does not know
  const built = (
    await listHtmlFiles(path.join(distDir, "referentiels"))
  ).filter((f) => f.split("/").length === 3);
  assert.equal(
    built.length,
    items.length,
    "autant de pages d’items que d’items",
  );
});

test("chaque référentiel a sa page et ses téléchargements (JSON identique au paquet, CSV, schéma)", async () => {
  for (const referentiel of referentiels) {
    const url = new URL(referentielUrl(referentiel.id, { baseUrl: SITE }));
    assert.ok(
      existsSync(path.join(distDir, url.pathname, "index.html")),
      referentiel.id,
    );
    const json = await readText(
      path.join(distDir, "donnees/data", `${referentiel.id}.json`),
    );
    assert.equal(json, toJSON(referentiel), `${referentiel.id}.json`);
    const csv = await readText(
      path.join(distDir, "donnees/data", `${referentiel.id}.csv`),
    );
    assert.equal(
      csv,
      toCSV(referentiel, { baseUrl: SITE }),
      `${referentiel.id}.csv`,
    );
  }
  const schema = JSON.parse(
    await readText(path.join(distDir, "donnees/referentiel.schema.json")),
  );
  assert.deepEqual(
    schema,
    JSON.parse(JSON.stringify(pkg.referentielJsonSchema())),
  );
});

test("les liens entre items se lisent dans les deux sens (compétence ↔ action)", async () => {
  const page = (fullId) =>
    readText(path.join(distDir, "referentiels", fullId, "index.html"));
  let checked = 0;
  for (const item of listItems()) {
    for (const link of item.links ?? []) {
      const href = (id) => `href="/referentiels/${id}/"`;
      assert.ok(
        (await page(item.fullId)).includes(href(link.target)),
        `${item.fullId} → ${link.target}`,
      );
      assert.ok(
        (await page(link.target)).includes(href(item.fullId)),
        `${link.target} ← ${item.fullId}`,
      );
      checked += 1;
    }
  }
  assert.ok(checked > 0, "les données contiennent des liens");
});

test("tous les liens internes du site résolvent (fichiers et ancres)", async () => {
  const { pages, links, broken } = await checkLinks(distDir, {
    base: "/",
    origin: SITE,
  });
  console.log(`  ${pages} pages, ${links} liens internes vérifiés`);
  assert.ok(pages > 10);
  assert.deepEqual(
    broken,
    [],
    broken.map((b) => `${b.page} → ${b.url} (${b.reason})`).join("\n"),
  );
});

test("typographie française : espace insécable avant : ; ? ! et dans « »", async () => {
  const problems = [];
  for (const file of await listHtmlFiles(distDir)) {
    const html = await readText(path.join(distDir, file));
    const text = html
      .replace(/<(script|style|pre|code|textarea)\b[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, "\u0000");
    for (const match of text.matchAll(
      /[^\s\u0000]{1,20}( [:;?!»]|« )[^\u0000]{0,20}/g,
    )) {
      problems.push(`${file} : « ${match[0]} »`);
    }
  }
  assert.deepEqual(problems, [], problems.slice(0, 30).join("\n"));
});
