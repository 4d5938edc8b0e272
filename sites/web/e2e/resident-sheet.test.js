// The resident's sheet on the diagnostic page (issue 11): the package's `residentSheet()` after the
// orientation, the centre's settings kept on this device, and a print of the sheet alone on one
// A4 page in large type.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { score } from "@mediation-numerique/diagnostic";
import {
  explain,
  NeedId,
  residentSheet,
  ResidentSheetCentre,
} from "@mediation-numerique/orientation";
import {
  formatViolations,
  openPage,
  runAxe,
  servedSite,
  structure,
  tabUntil,
} from "./lib/browser.js";
import {
  QUESTIONNAIRE,
  answerAll,
  chooseWithKeyboard,
  fakeVoice,
  noSpeech,
  technicalWordsShown,
  tickWithKeyboard,
} from "./lib-diagnostic.js";

const site = servedSite();
const CENTRE_KEY = "mediation-numerique:centre";
/** Where the screenshots and the PDF go, to be looked at (SHEET_SHOTS=dir); nowhere by default. */
const SHOTS = process.env.SHEET_SHOTS;

const open = (options) =>
  openPage(site.browser, `${site.server.url}diagnostic/`, options);

/**
 * A long case: every question answered, all at the best answer but the first of each domain (the
 * most « Vous savez… » sentences), three needs, every fact known.
 */
function longCase() {
  const seen = new Set();
  const plan = QUESTIONNAIRE.questions.map((q) => {
    const best = [...q.options].sort((a, b) => b.points - a.points);
    const value = (seen.has(q.domain) ? best[0] : best[1]).id;
    seen.add(q.domain);
    return { id: q.id, value };
  });
  const diagnostic = score(QUESTIONNAIRE, {
    questionnaireId: QUESTIONNAIRE.id,
    questionnaireVersion: QUESTIONNAIRE.version,
    answers: Object.fromEntries(plan.map((p) => [p.id, p.value])),
  });
  const needs = [
    "demarche-en-ligne",
    "numeriser-justificatifs",
    "recherche-emploi",
  ];
  const facts = { urgent: "false", hasTime: "true", wantsToLearn: "true" };
  const level = diagnostic.overall.level;
  const { recommendations } = explain({
    needs,
    urgent: false,
    hasTime: true,
    wantsToLearn: true,
    ...(level ? { autonomy: level } : {}),
  });
  return { plan, needs, facts, diagnostic, recommendations };
}

const CENTRE = {
  name: "Maison de quartier des Lilas",
  address: "12 rue des Lilas, 93000 Bobigny",
  openingHours: "Du lundi au vendredi, de 9 h à 17 h",
  phone: "01 23 45 67 89",
};

/** Runs the diagnostic and the orientation with the keyboard (the questions through the DOM). */
async function orientWithKeyboard(page, { plan, needs, facts }) {
  await page.waitForSelector("diagnostic-tool[data-ready]");
  await answerAll(page, plan);
  assert.ok(await tabUntil(page, (f) => f.text === "Passer à l’orientation"));
  await page.keyboard.press("Enter");
  for (const need of needs) await tickWithKeyboard(page, "needs", need);
  for (const [name, value] of Object.entries(facts))
    await chooseWithKeyboard(page, name, value);
  assert.ok(await tabUntil(page, (f) => f.text === "Proposer une orientation"));
  await page.keyboard.press("Enter");
  await page.waitForSelector(".rs:not([hidden]) .rs-sheet h4");
}

/** The sheet as shown: its title, then each part's kind, title and lines of text. */
const shownSheet = (page) =>
  page.$eval(".rs-sheet", (sheet) => ({
    title: sheet.querySelector("h4").textContent,
    parts: [...sheet.querySelectorAll(".rs-part")].map((part) => ({
      kind: part.dataset.kind,
      title: part.querySelector("h5").textContent,
      text: part.innerText,
    })),
  }));

/** Fills the centre's settings with the keyboard: open the disclosure, type each field, save. */
async function saveCentreWithKeyboard(page, centre) {
  assert.ok(await tabUntil(page, (f) => f.text === "Réglages du centre"));
  await page.keyboard.press("Enter");
  for (const [name, value] of Object.entries(centre)) {
    assert.ok(
      await tabUntil(page, (f) => f.tag === "input" && f.id === `rs-${name}`),
      name,
    );
    await page.keyboard.press("Control+A");
    await page.keyboard.type(value);
  }
  assert.ok(await tabUntil(page, (f) => f.text === "Enregistrer les réglages"));
  await page.keyboard.press("Enter");
}

/** Chromium's A4 PDF of the page as it prints now: its number of pages (the PDF kept in SHOTS). */
async function printedPages(page, name) {
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  if (SHOTS) await writeFile(path.join(SHOTS, name), pdf);
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length;
}

async function assertSheetAxe(page, step) {
  const violations = await runAxe(page);
  assert.deepEqual(violations, [], `${step} : ${formatViolations(violations)}`);
  assert.deepEqual(await technicalWordsShown(page), [], step);
}

describe("la fiche pour la personne", () => {
  test("au clavier (360×740 et 1366×768) : les trois parties dans l’ordre, les réglages du centre gardés après un rechargement", async () => {
    const run = longCase();
    const expected = residentSheet({
      diagnostic: run.diagnostic,
      recommendations: run.recommendations,
    });
    const withCentre = residentSheet({
      diagnostic: run.diagnostic,
      recommendations: run.recommendations,
      centre: CENTRE,
    });
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1366, height: 768 },
    ]) {
      const size = `${viewport.width}×${viewport.height}`;
      const view = await open({ viewport });
      const { page } = view;
      try {
        await orientWithKeyboard(page, run);
        let shown = await shownSheet(page);
        assert.equal(shown.title, expected.title, size);
        assert.deepEqual(
          shown.parts.map((p) => [p.kind, p.title]),
          expected.parts.map((p) => [p.kind, p.title]),
          size,
        );
        // Each step's heading, where, what and how, in this order.
        const steps = await page.$$eval(".rs-step", (items) =>
          items.map((li) => li.innerText.split("\n").filter(Boolean)),
        );
        assert.deepEqual(
          steps,
          expected.parts[1].steps.map((s) => [
            s.heading,
            ...s.where,
            ...s.what,
            ...s.how,
          ]),
          size,
        );
        assert.equal(await page.locator(".rs-picto").count(), 3, size);
        // The sheet's code came with import(), and the offline cache holds it.
        const chunks = view.requests
          .map((r) => new URL(r.url).pathname)
          .filter((p) => /\/_astro\/sheet\.[\w-]+\.js$/.test(p));
        assert.equal(chunks.length, 1, size);
        const worker = await (
          await fetch(new URL("sw.js", site.server.url))
        ).text();
        assert.ok(worker.includes(chunks[0].split("/").pop()), chunks[0]);
        await assertSheetAxe(page, `fiche, ${size}`);
        assert.equal((await structure(page)).horizontalScroll, false, size);

        await saveCentreWithKeyboard(page, CENTRE);
        await page.waitForSelector('.rs-part[data-kind="contact"]');
        const contact = () =>
          page.$$eval('.rs-part[data-kind="contact"] li', (items) =>
            items.map((li) => li.textContent.replace(/\u00a0/g, " ")),
          );
        const expectedContact = withCentre.contact.lines.map(
          (l) => `${l.label} : ${l.value}`,
        );
        assert.deepEqual(await contact(), expectedContact, size);
        shown = await shownSheet(page);
        assert.equal(shown.parts[1].title, withCentre.parts[1].title);
        assert.match(shown.parts[1].text, /Maison de quartier des Lilas/);
        assert.equal(await page.locator(".rs-picto").count(), 4, size);
        if (SHOTS) {
          await mkdir(SHOTS, { recursive: true });
          await page
            .locator(".rs")
            .screenshot({ path: path.join(SHOTS, `fiche-${size}.png`) });
        }
        await assertSheetAxe(page, `fiche et réglages, ${size}`);

        await page.reload();
        await page.waitForSelector('.rs-part[data-kind="contact"]');
        assert.deepEqual(await contact(), expectedContact, `${size}, rechargé`);
        assert.equal(
          await page.inputValue("#rs-openingHours"),
          CENTRE.openingHours,
        );
      } finally {
        await view.close();
      }
    }
  });

  test("réglages : une valeur refusée est dite à côté de son champ, une valeur modifiée à la main est ignorée avec un message", async () => {
    const run = longCase();
    const view = await open();
    const { page } = view;
    try {
      await orientWithKeyboard(page, run);
      await page.click(".rs-settings summary");
      await page.fill("#rs-phone", "appelez-nous");
      await page.fill("#rs-name", "Maison");
      await page.click("text=Enregistrer les réglages");
      const refused = ResidentSheetCentre.safeParse({ phone: "appelez-nous" });
      assert.equal(refused.success, false);
      assert.match(
        await page.textContent("#rs-phone-error"),
        /téléphone s’écrit avec des chiffres/,
      );
      assert.equal(
        await page.getAttribute("#rs-phone", "aria-invalid"),
        "true",
      );
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        "rs-phone",
      );
      assert.equal(
        await page.evaluate((key) => localStorage.getItem(key), CENTRE_KEY),
        null,
        "rien d’enregistré",
      );
      await assertSheetAxe(page, "réglages refusés");

      for (const tampered of [
        JSON.stringify({ name: "Lieu", phone: "<script>" }),
        "{pas du JSON",
        JSON.stringify({ name: "Lieu", extra: true }),
      ]) {
        await page.evaluate(
          ([key, value]) => localStorage.setItem(key, value),
          [CENTRE_KEY, tampered],
        );
        await page.reload();
        await page.waitForSelector(".rs:not([hidden]) .rs-sheet h4");
        assert.equal(await page.isVisible(".rs-settings-problem"), true);
        assert.match(
          await page.textContent(".rs-settings-problem"),
          /n’ont pas pu être lus\. La fiche est faite sans eux/,
        );
        assert.equal(
          await page.locator('.rs-part[data-kind="contact"]').count(),
          0,
          tampered,
        );
        assert.doesNotMatch(await page.innerText(".rs-sheet"), /script|Lieu/);
      }
      await assertSheetAxe(page, "réglages illisibles");
    } finally {
      await view.close();
    }
  });

  test("« Imprimer la fiche » : la fiche seule, sur une page A4, en grands caractères ; « Imprimer » garde la fiche de la·du médiateur·trice", async () => {
    const run = longCase();
    const view = await open();
    const { page, context } = view;
    try {
      await page.evaluate(
        ([key, centre]) => localStorage.setItem(key, JSON.stringify(centre)),
        [CENTRE_KEY, CENTRE],
      );
      await orientWithKeyboard(page, run);
      await page.waitForSelector('.rs-part[data-kind="contact"]');
      await page.evaluate(() => {
        window.printed = 0;
        window.print = () => (window.printed += 1);
      });
      // The mediator's own print: the record, without the sheet.
      await page.click('.dg-orientation [data-action="print"]');
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.isVisible(".dg-recos"), true);
      assert.equal(await page.isVisible(".rs"), false);
      await page.emulateMedia({ media: "screen" });

      // The button, with the keyboard.
      assert.ok(await tabUntil(page, (f) => f.text === "Imprimer la fiche"));
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => window.printed), 2);
      assert.equal(
        await page.evaluate(() =>
          document.documentElement.classList.contains("rs-printing"),
        ),
        true,
      );
      await page.emulateMedia({ media: "print" });
      const print = await page.evaluate(() => {
        const sheet = document.querySelector(".rs-sheet");
        const px = (e) => parseFloat(getComputedStyle(e).fontSize);
        const shown = (e) => e.getClientRects().length > 0;
        // Every text outside the sheet, and the sheet's sources and buttons: nothing is printed.
        const outside = [...document.body.querySelectorAll("*")].filter(
          (e) =>
            !sheet.contains(e) &&
            !e.contains(sheet) &&
            shown(e) &&
            e.textContent.trim() !== "",
        );
        return {
          bodyText: Math.min(...[...sheet.querySelectorAll("li")].map(px)),
          headings: Math.min(
            ...[...sheet.querySelectorAll("h4, h5, h6")].map(px),
          ),
          outside: outside.map((e) => e.tagName + "." + e.className),
          sources: [...sheet.querySelectorAll(".rs-source")].filter(shown)
            .length,
          pictos: [...sheet.querySelectorAll(".rs-picto")].filter(shown).length,
          color: getComputedStyle(sheet).color,
        };
      });
      assert.ok(print.bodyText >= 18.6, `corps ${print.bodyText} px`);
      assert.ok(print.headings > print.bodyText, `titres ${print.headings} px`);
      assert.deepEqual(print.outside, [], "rien d’autre n’est imprimé");
      assert.equal(print.sources, 0, "aucune source sur la fiche imprimée");
      assert.equal(print.pictos, 4);
      assert.equal(print.color, "rgb(0, 0, 0)");
      assert.equal(
        await page.isVisible("text=Détail pour la·le médiateur·trice"),
        false,
      );
      assert.equal(await printedPages(page, "fiche.pdf"), 1);

      // After printing, the page's own print is the mediator's record again.
      await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
      assert.equal(await page.isVisible(".rs"), false);
      assert.equal(await page.isVisible(".dg-recos"), true);
    } finally {
      await page.emulateMedia({ media: "screen" });
      await context.close();
    }
  });

  test("« Imprimer la fiche », la plus longue (chaque besoin coché, le centre réglé) : une seule page A4, en 12 pt au moins", async () => {
    const run = {
      ...longCase(),
      needs: NeedId.options,
      facts: { urgent: true, hasTime: false, wantsToLearn: true },
    };
    const level = run.diagnostic.overall.level;
    const sheet = residentSheet({
      diagnostic: run.diagnostic,
      recommendations: explain({
        needs: run.needs,
        ...run.facts,
        ...(level ? { autonomy: level } : {}),
      }).recommendations,
      centre: CENTRE,
    });
    // The longest sheet the package makes (its number of steps and « Vous savez… » sentences).
    assert.ok(sheet.parts[1].steps.length >= 7, "7 étapes");
    assert.ok(sheet.parts[0].sentences.length >= 13, "13 « Vous savez… »");
    const view = await open();
    const { page } = view;
    try {
      await page.evaluate(
        ([key, centre]) => localStorage.setItem(key, JSON.stringify(centre)),
        [CENTRE_KEY, CENTRE],
      );
      await page.reload();
      await page.waitForSelector("diagnostic-tool[data-ready]");
      await answerAll(page, run.plan);
      await page.click("text=Passer à l’orientation");
      for (const need of run.needs)
        await page.check(`.dg-request input[name="needs"][value="${need}"]`);
      for (const [fact, value] of Object.entries(run.facts))
        await page.check(`.dg-request input[name="${fact}"][value="${value}"]`);
      await page.click(".dg-request button[type=submit]");
      await page.waitForSelector('.rs-part[data-kind="contact"]');
      assert.equal(
        await page.locator(".rs-step").count(),
        sheet.parts[1].steps.length,
      );
      assert.equal(
        await page.locator('[data-kind="know-how"] li').count(),
        sheet.parts[0].sentences.length,
      );
      await page.evaluate(() => (window.print = () => {}));
      await page.click(".rs-print");
      await page.emulateMedia({ media: "print" });
      const sizes = await page.$$eval(".rs-sheet li, .rs-sheet h6", (items) =>
        items.map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
      // 12 pt = 16 px: the long sheet's type, never smaller.
      assert.ok(Math.min(...sizes) >= 16, `${Math.min(...sizes)} px`);
      assert.equal(await printedPages(page, "fiche-longue.pdf"), 1);
    } finally {
      await page.emulateMedia({ media: "screen" });
      await view.close();
    }
  });

  test("« Lire la fiche à voix haute » lit la fiche, sans ses sources ; sans voix française, la même phrase que le reste de la page", async () => {
    const run = longCase();
    const sheet = residentSheet({
      diagnostic: run.diagnostic,
      recommendations: run.recommendations,
    });
    for (const [script, arg, why] of [
      [fakeVoice, { lang: "fr-FR" }, "voix française"],
      [fakeVoice, { lang: "en-US" }, "une voix anglaise seulement"],
      [noSpeech, undefined, "sans l’API"],
    ]) {
      const context = await site.browser.newContext({ locale: "fr-FR" });
      try {
        await context.addInitScript(script, arg);
        const page = await context.newPage();
        await page.goto(`${site.server.url}diagnostic/`);
        await orientWithKeyboard(page, run);
        if (why !== "voix française") {
          await page.waitForSelector(".rs-no-voice:not([hidden])");
          assert.equal(await page.isVisible(".rs-speak"), false, why);
          const words = (selector) =>
            page.$eval(selector, (e) =>
              e.textContent.replace(/\s+/g, " ").trim(),
            );
          assert.equal(
            await words(".rs-no-voice"),
            await words(".dg-no-voice"),
            why,
          );
          continue;
        }
        await page.waitForSelector(".rs-speak:not([hidden])");
        assert.equal(await page.isVisible(".rs-no-voice"), false);
        await page.focus(".rs-speak");
        await page.keyboard.press("Enter");
        const spoken = await page.evaluate(() => window.__spoken);
        assert.equal(spoken.length, 1);
        const lines = spoken[0].text.split("\n");
        assert.equal(lines[0], sheet.title);
        assert.equal(lines[1], sheet.parts[0].title);
        for (const part of sheet.parts) assert.ok(lines.includes(part.title));
        for (const item of sheet.parts[2].items)
          assert.ok(lines.includes(item.text), item.text);
        assert.doesNotMatch(spoken[0].text, /Source|hypra|Interprétation/);
        assert.equal(spoken[0].lang, "fr-FR");
      } finally {
        await context.close();
      }
    }
  });
});
