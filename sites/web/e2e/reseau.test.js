// The network page (issue 14) in Debian's chromium: 30 centre files, three of them bad, chosen with the
// keyboard; the figures shown are the package's (`aggregateFiles` computed here); the bad files are listed
// with their reasons; the exports are the package's; axe finds nothing; the strict policy is never broken;
// hostile files (too big, deeply nested) and a lone mediator's file are handled as the package says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  aggregate,
  aggregatePart,
  createDocument,
  networkCSV,
  serialize,
} from "@mediation-numerique/auto-evaluation";
import {
  formatViolations,
  runAxe,
  servedSite,
  tabUntil,
} from "./lib/browser.js";
import {
  asUploads,
  badFiles,
  centre,
  centreFile,
  expectedCentreReport,
  mediateur,
  plain,
  tableTexts,
} from "./lib-reseau.js";

const site = servedSite();
const PATH = "auto-evaluation/reseau/";

/** Records the page's CSP violations in `window.cspViolations` (as e2e/csp.test.js does). */
const recordViolations = () => {
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) =>
    window.cspViolations.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim(),
    ),
  );
};

async function openNetworkPage() {
  const context = await site.browser.newContext({
    locale: "fr-FR",
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const workers = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto(`${site.server.url}${PATH}`);
  return { context, page, workers };
}

/** Tabs to the file picker and gives it the files (the picker dialog itself is the browser's). */
async function chooseWithKeyboard(page, files) {
  const reached = await tabUntil(page, (info) => info.id === "net-fichiers");
  assert.ok(reached, "la touche Tab atteint « Choisir des fichiers »");
  await page.setInputFiles("#net-fichiers", asUploads(files));
  await page.waitForSelector("[data-net-summary]");
}

const percent = (value) => `${Math.round(value * 100)} %`;

test("30 fichiers dont 3 mauvais : les chiffres du paquet, les motifs, les exports, au clavier, sans violation", async () => {
  const good = Array.from({ length: 27 }, (_, i) => centreFile(i));
  const files = [...good.slice(0, 10), ...badFiles(), ...good.slice(10)];
  assert.equal(files.length, 30);
  const expected = expectedCentreReport(files);
  assert.equal(expected.documents, 27);
  assert.equal(expected.setAside.length, 3);
  // aggregate() over the parsed documents agrees with the files' report.
  const parsed = good.map((file) => JSON.parse(file.content));
  assert.deepEqual(
    aggregate(parsed, { instrument: centre }).indicators.map((i) => i.summary),
    expected.indicators.map((i) => i.summary),
  );

  const { context, page, workers } = await openNetworkPage();
  try {
    await chooseWithKeyboard(page, files);
    assert.equal(
      plain(await page.textContent("[data-net-status]")),
      "30 fichiers lus sur 30. Le rapport est prêt.",
    );
    assert.ok(
      workers.some((url) => /network\.worker/.test(url)),
      "un worker lit les fichiers",
    );
    assert.equal(
      plain(await page.textContent("[data-net-summary]")),
      "30 fichiers lus : 27 centres comptés, 0 auto-évaluation de médiateur·trice comptée, 3 fichiers mis de côté.",
    );

    // The network beside the surveys: the package's words, figure by figure.
    const surveys = await tableTexts(page, "[data-net-surveys]");
    const figures = expected.indicators.flatMap((indicator) =>
      indicator.figures.map((figure) => [
        plain(figure.text),
        plain(figure.network),
      ]),
    );
    assert.deepEqual(
      surveys.map((row) => row.slice(-2)),
      figures,
    );
    assert.equal(await page.getAttribute("svg.net-chart", "role"), "img");

    // The centres, with each one's completeness.
    const centres = await tableTexts(page, "[data-net-centres]");
    assert.deepEqual(
      centres.map((row) => [row[0], row[1], row[3], row[4]]),
      expected.centres.map((c) => [
        c.structure.nom,
        c.structure.commune,
        percent(c.completion),
        c.name,
      ]),
    );

    // The distribution per domain: the package's counts.
    const domains = await tableTexts(page, "[data-net-domains]");
    assert.deepEqual(
      domains.map((row) => row.slice(0, 1 + centre.scale.levels.length)),
      expected.groups.map((group) => [
        group.label,
        ...centre.scale.levels.map((level) =>
          String(group.distribution[level.id]),
        ),
      ]),
    );

    // The bad files, each with the package's reason.
    assert.deepEqual(
      await tableTexts(page, "[data-net-set-aside]"),
      expected.setAside.map((s) => [s.name, plain(s.reason)]),
    );

    // The exports, with the keyboard: the package's CSV, and its Excel variant.
    const part = aggregatePart(files, { instrument: centre });
    const csvButton = await tabUntil(
      page,
      (info) => info.tag === "button" && info.text.startsWith("CSV ("),
      { max: 400 },
    );
    assert.ok(csvButton, "la touche Tab atteint « CSV »");
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    assert.equal(
      await readFile(await csv.path(), "utf8"),
      networkCSV(part, { instrument: centre }),
    );
    await page.keyboard.press("Tab");
    const [excel] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    const excelText = await readFile(await excel.path(), "utf8");
    assert.ok(
      excelText.startsWith("\uFEFFdocument;nom;"),
      excelText.slice(0, 30),
    );
    assert.equal(
      excelText,
      networkCSV(part, { instrument: centre, separator: ";", bom: true }),
    );

    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));

    // Printed, the report keeps its tables and loses its buttons and file pickers.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("button:visible").count(), 0);
    assert.equal(await page.locator("input:visible").count(), 0);
    assert.ok(await page.locator("[data-net-centres]").isVisible());
    await page.emulateMedia({ media: "screen" });

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  } finally {
    await context.close();
  }
});

test("fichiers hostiles et auto-évaluation seule de médiateur·trice : mis de côté ou retenus, avec la raison du paquet", async () => {
  const nested = "[".repeat(200_000) + "]".repeat(200_000);
  const lone = createDocument(mediateur, { date: "2025-04-01T10:00:00Z" });
  const files = [
    centreFile(0),
    { name: "enorme.json", content: `"${"a".repeat(2_500_000)}"` },
    { name: "imbrique.json", content: nested },
    { name: "mediateur.json", content: serialize(lone) },
  ];
  const { context, page } = await openNetworkPage();
  try {
    await chooseWithKeyboard(page, files);
    const rows = await tableTexts(page, "[data-net-set-aside]");
    const reasons = Object.fromEntries(rows);
    assert.match(reasons["enorme.json"], /^Trop gros \(2,5 Mo\)/);
    const nestedReason = expectedCentreReport([files[2]]).setAside[0].reason;
    assert.equal(reasons["imbrique.json"], plain(nestedReason));
    assert.equal(rows.length, 2);
    // A lone mediator's self-assessment is counted, and every figure drawn from it withheld, with the reason.
    const withheld = aggregate([lone], { instrument: mediateur }).completeness
      .withheld;
    assert.ok(withheld);
    assert.ok(
      (await page.locator("p.notice", { hasText: plain(withheld) }).count()) >=
        1,
      withheld,
    );
    // Its answers are not exported: no button for fewer than five mediators.
    assert.equal(
      await page.locator("button", { hasText: "médiateur·trice·s" }).count(),
      0,
    );
    assert.equal(
      plain(await page.textContent("[data-net-summary]")),
      "4 fichiers lus : 1 centre compté, 1 auto-évaluation de médiateur·trice comptée, 2 fichiers mis de côté.",
    );
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  } finally {
    await context.close();
  }
});

test("120 fichiers, lus en trois lots par le worker : la progression va jusqu’au bout, et les lots réunis donnent les chiffres d’un seul calcul", async () => {
  const files = Array.from({ length: 120 }, (_, i) => centreFile(i));
  const expected = expectedCentreReport(files);
  const { context, page } = await openNetworkPage();
  try {
    await chooseWithKeyboard(page, files);
    assert.equal(
      plain(await page.textContent("[data-net-status]")),
      "120 fichiers lus sur 120. Le rapport est prêt.",
    );
    assert.equal(await page.getAttribute("progress", "value"), "120");
    assert.equal(
      (await tableTexts(page, "[data-net-centres]")).length,
      expected.documents,
    );
    assert.deepEqual(
      (await tableTexts(page, "[data-net-surveys]")).map((row) => row.at(-1)),
      expected.indicators.flatMap((indicator) =>
        indicator.figures.map((figure) => plain(figure.network)),
      ),
    );
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  } finally {
    await context.close();
  }
});
