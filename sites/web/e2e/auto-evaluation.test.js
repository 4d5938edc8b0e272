// The two self-assessment tools in Debian's chromium: keyboard-only runs checked against the package,
// axe at each step, resume, export / erase / import, bad files, storage refused, progress, no-JS, phone, print.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  benchmarkThemes,
  compare,
  createDocument,
  keyPoints,
  parse,
} from "@mediation-numerique/auto-evaluation";
import { focused, servedSite, structure, tabUntil } from "./lib/browser.js";
import {
  STORAGE_KEYS,
  answerInSteps,
  answerWithClicks,
  answerWithKeyboard,
  assertWholeToolAtFirstView,
  disableStorage,
  expectedProfile,
  expectedProfileRows,
  finish,
  formatMean,
  getInstrument,
  goToStep,
  noAxeViolation,
  openTool,
  plannedAnswers,
  readStorage,
  ready,
  tableRows,
} from "./lib-auto-evaluation.js";

const CENTRE = "auto-evaluation/centre/";
const MEDIATEUR = "auto-evaluation/mediateur/";
const centre = getInstrument("centre");
const mediateur = getInstrument("mediateur");

const site = servedSite();

const open = (path, options) => openTool(site, path, options);

const submitWithKeyboard = async (page) => {
  const button = await tabUntil(
    page,
    (info) => info.tag === "button" && info.text === "Voir les résultats",
    { max: 20 },
  );
  assert.ok(button, "le bouton « Voir les résultats » s’atteint au clavier");
  await page.keyboard.press("Enter");
  assert.equal(
    (await focused(page))?.id,
    "resultats",
    "focus sur les résultats",
  );
};

describe("auto-évaluation d’un centre", () => {
  test("au clavier seul, des indicateurs aux résultats, comme le calcule le paquet", async () => {
    const view = await open(CENTRE);
    const { page, context } = view;
    try {
      await assertWholeToolAtFirstView(view, CENTRE);
      await ready(page);
      // Offline once loaded: from here on, not a single request can succeed.
      await context.setOffline(true);
      await noAxeViolation(page, "page ouverte");
      const s = await structure(page);
      assert.equal(s.headings.filter((l) => l === 1).length, 1, "un seul h1");
      s.headings.forEach((level, i) => {
        if (i > 0)
          assert.ok(level <= s.headings[i - 1] + 1, `titres : ${s.headings}`);
      });

      // No choice starts checked: nobody answers for the centre.
      assert.equal(
        await page.locator("#indicateurs input[type=radio]:checked").count(),
        0,
        "aucun bouton radio des indicateurs n’est coché d’avance",
      );
      assert.equal(
        await page.locator("#indicateurs input[value='']").count(),
        0,
        "pas de choix « Sans réponse » : sans réponse, rien n’est coché",
      );
      // Indicators: « Oui » for the room (nothing checked: Tab reaches the first choice, Space checks it).
      assert.ok(await tabUntil(page, (i) => i.id === "ind-dedicatedRoom--oui"));
      await page.keyboard.press("Space");
      assert.ok(await page.locator("#ind-dedicatedRoom--oui").isChecked());
      await ready(page);
      assert.ok(await tabUntil(page, (i) => i.id === "ind-computers"));
      await page.keyboard.type("8");
      // A negative count: the package refuses it, the message is French and tied to the field.
      assert.ok(await tabUntil(page, (i) => i.id === "ind-peoplePerWeek"));
      await page.keyboard.type("-3");
      const error = await page.locator("#ind-peoplePerWeek-erreur").innerText();
      assert.match(error, /positif ou nul/);
      assert.equal(
        await page.locator("#ind-peoplePerWeek").getAttribute("aria-invalid"),
        "true",
      );
      await page.keyboard.press("Backspace");
      await page.keyboard.press("Backspace");
      await page.keyboard.type("25");
      assert.equal(
        await page.locator("#ind-peoplePerWeek-erreur").innerText(),
        "",
      );
      await noAxeViolation(page, "indicateurs remplis");

      const answers = plannedAnswers(centre);
      await answerWithKeyboard(page, centre, answers);
      await submitWithKeyboard(page);
      await noAxeViolation(page, "résultats");

      const indicators = {
        dedicatedRoom: true,
        computers: 8,
        peoplePerWeek: 25,
      };
      const result = expectedProfile(centre, answers, indicators);
      assert.deepEqual(
        await tableRows(page, "Maturité de l’action par domaine"),
        expectedProfileRows(result),
      );
      // First the 3 strengths and the 3 points to work on, as the package ranks them, each linked to its item.
      const points = keyPoints(
        createDocument(centre, {
          date: "2026-01-01T00:00:00.000Z",
          answers,
          indicators,
        }),
        centre,
      );
      const listed = (id) =>
        page
          .locator(`#resultats section[aria-labelledby="${id}"] li`)
          .evaluateAll((items) =>
            items.map((li) => [
              li.dataset.item,
              li.querySelector("a").getAttribute("href"),
            ]),
          );
      const expected = (list) =>
        list.map((p) => [p.item, `/referentiels/${p.item}/`]);
      assert.equal(points.strengths.length, 3);
      assert.equal(points.toWorkOn.length, 3);
      assert.deepEqual(
        await listed("points-forts"),
        expected(points.strengths),
      );
      assert.deepEqual(
        await listed("points-a-travailler"),
        expected(points.toWorkOn),
      );
      const headings = await page.locator("#resultats h3").allInnerTexts();
      assert.equal(
        headings[0],
        "L’essentiel",
        "les résultats commencent par l’essentiel",
      );
      // Then the survey figures, by theme, each with the centre’s side in words.
      const themes = benchmarkThemes(indicators);
      assert.deepEqual(
        await page.locator(".ae-themes > details > summary").allInnerTexts(),
        themes.map(
          (t) =>
            `${t.label} (${t.comparisons.length} indicateur${t.comparisons.length > 1 ? "s" : ""})`,
        ),
      );
      assert.deepEqual(
        await page
          .locator(".ae-benchmarks > li")
          .evaluateAll((items) =>
            items.map((li) => li.dataset.indicatorResult),
          ),
        themes.flatMap((t) => t.comparisons.map((c) => c.indicator)),
      );
      await page.locator(".ae-themes > details > summary").first().click();
      assert.match(
        await page.locator(".ae-benchmarks > li").first().innerText(),
        /Vous\u00a0: oui\.\n[^]*\(comme vous\)/,
      );
      await noAxeViolation(page, "résultats, un thème ouvert");
      const steps = await page
        .locator("#resultats .ae-gaps li a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      assert.deepEqual(
        steps,
        result.gaps.map((gap) => `/referentiels/${gap.item}/`),
        "prochaines étapes : les écarts du paquet, chacun lié à sa page",
      );
      const saved = parse(await readStorage(page, STORAGE_KEYS.centre));
      assert.deepEqual(saved.answers, answers);
      assert.deepEqual(saved.indicators, indicators);
    } finally {
      await finish(view);
    }
  });

  test("des totaux qui se contredisent sont signalés à la saisie, et gardés ; une réponse peut être effacée", async () => {
    const view = await open(CENTRE);
    const { page } = view;
    try {
      await ready(page);
      const staff = page.locator("#ind-digitalStaff");
      const salaried = page.locator("#ind-salariedStaff");
      const message = page.locator("#ind-digitalStaff-erreur");
      assert.equal(await message.getAttribute("aria-live"), "polite");
      await staff.fill("3");
      await salaried.fill("5");
      await page.locator("#ind-sessionalStaff").fill("6");
      assert.match(
        await message.innerText(),
        /Vous indiquez 3 personnes chargées du numérique, mais 5 salarié·es et 6 vacataires, soit 11/,
      );
      for (const id of ["digitalStaff", "salariedStaff", "sessionalStaff"]) {
        const input = page.locator(`#ind-${id}`);
        assert.equal(await input.getAttribute("aria-invalid"), "true", id);
        assert.match(
          await input.getAttribute("aria-describedby"),
          /(^| )ind-digitalStaff-erreur( |$)/,
          `${id} est décrit par le message`,
        );
      }
      // Saving keeps what was typed: the contradiction is a warning, not a loss.
      const saved = parse(await readStorage(page, STORAGE_KEYS.centre));
      assert.deepEqual(saved.indicators, {
        digitalStaff: 3,
        salariedStaff: 5,
        sessionalStaff: 6,
      });
      await page.reload({ waitUntil: "networkidle" });
      await ready(page);
      assert.equal(await staff.inputValue(), "3");
      assert.match(
        await message.innerText(),
        /soit 11/,
        "signalé après un rechargement",
      );
      await staff.fill("11");
      assert.equal(await message.innerText(), "");
      assert.equal(await salaried.getAttribute("aria-invalid"), null);

      // A detail « oui » under a « non », flagged beside the detail.
      await page.locator("#ind-freeAccess--non").check();
      await page.locator("#ind-freeAccessHours--oui").check();
      assert.match(
        await page.locator("#ind-freeAccessHours-erreur").innerText(),
        /corrigez l’une des deux réponses/,
      );
      assert.equal(
        await page
          .locator("#ind-freeAccessHours--oui")
          .getAttribute("aria-invalid"),
        "true",
      );

      // « Effacer la réponse » brings an indicator back to nothing checked, and out of the saved document.
      const clear = page.locator('[data-indicator="freeAccess"] [data-clear]');
      assert.ok(await clear.isVisible());
      assert.equal(
        await page
          .locator('[data-indicator="bandwidth"] [data-clear]')
          .isVisible(),
        false,
        "rien à effacer sans réponse",
      );
      await clear.click();
      assert.equal(
        await page
          .locator('[data-indicator="freeAccess"] input:checked')
          .count(),
        0,
      );
      assert.equal((await focused(page)).id, "ind-freeAccess--oui");
      assert.equal(
        await page.locator("#ind-freeAccessHours-erreur").innerText(),
        "",
      );
      const after = parse(await readStorage(page, STORAGE_KEYS.centre));
      assert.equal(after.indicators.freeAccess, undefined);
      assert.equal(after.indicators.freeAccessHours, true);
    } finally {
      await finish(view);
    }
  });

  test("un rechargement reprend où on en était ; un document illisible est mis de côté avec un message", async () => {
    const view = await open(CENTRE);
    const { page } = view;
    try {
      const [first, second] = centre.items;
      await answerWithClicks(page, {
        [first.id]: { level: "en-place" },
        [second.id]: { notApplicable: true },
      });
      const comment = page.locator(
        `#q-${second.id.replace("/", "--")}-commentaire`,
      );
      await page.locator(`#q-${second.id.replace("/", "--")} summary`).click();
      await comment.fill("Pas de salle pour l’instant");
      await page.locator("#ind-bandwidth--faible").check();
      await ready(page);
      await page.reload({ waitUntil: "networkidle" });
      await ready(page);
      assert.ok(
        await page
          .locator(`#q-${first.id.replace("/", "--")}--en-place`)
          .isChecked(),
      );
      assert.ok(
        await page
          .locator(`#q-${second.id.replace("/", "--")}--non-concerne`)
          .isChecked(),
      );
      assert.equal(await comment.inputValue(), "Pas de salle pour l’instant");
      assert.ok(await page.locator("#ind-bandwidth--faible").isChecked());

      await page.evaluate(
        (key) => localStorage.setItem(key, '{"schemaVersion":1,'),
        STORAGE_KEYS.centre,
      );
      await page.reload({ waitUntil: "networkidle" });
      await page.waitForSelector("[data-ae-tool][data-ready]");
      assert.match(
        await page.locator("[data-ae-warning]").innerText(),
        /mises de côté dans ce navigateur, sans être effacées/,
      );
      const keys = await page.evaluate(() => Object.keys(localStorage));
      const backup = keys.find((k) =>
        k.startsWith(`${STORAGE_KEYS.centre}:mis-de-cote:`),
      );
      assert.ok(
        backup,
        "le document illisible est gardé sous une clé de secours",
      );
      assert.equal(await readStorage(page, backup), '{"schemaVersion":1,');
      assert.equal(
        await page
          .locator(`#q-${first.id.replace("/", "--")}--en-place`)
          .isChecked(),
        false,
      );
    } finally {
      await finish(view);
    }
  });

  test("sans JavaScript : les questions et une note ; à 360 px sans défilement horizontal ; impression", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.server.url + CENTRE);
      assert.match(
        await page.locator("main").innerText(),
        /L’outil interactif a besoin de JavaScript/,
      );
      assert.equal(
        await page.locator("fieldset[data-item]").count(),
        centre.items.length,
      );
    } finally {
      await context.close();
    }
    const phone = await open(CENTRE, { viewport: { width: 360, height: 740 } });
    try {
      await answerWithClicks(phone.page, plannedAnswers(centre));
      await ready(phone.page);
      assert.equal((await structure(phone.page)).horizontalScroll, false);
      const target = await phone.page
        .locator(".ae-choice")
        .first()
        .boundingBox();
      assert.ok(target.height >= 44, "cibles d’au moins 44 px");
      await phone.page.emulateMedia({ media: "print" });
      assert.equal(
        await phone.page.locator("[data-ae-export]").isVisible(),
        false,
      );
      assert.equal(await phone.page.locator(".ae-form").isVisible(), false);
      assert.ok(
        await phone.page.locator("#resultats table").first().isVisible(),
      );
    } finally {
      await finish(phone);
    }
  });
});

describe("auto-évaluation du médiateur·trice", () => {
  test("export, effacement et import redonnent les mêmes résultats ; un fichier abîmé ne change rien", async () => {
    const view = await open(MEDIATEUR);
    const { page } = view;
    try {
      const answers = plannedAnswers(mediateur, [3, "na", 1, 2]);
      await answerInSteps(
        page,
        mediateur,
        Object.fromEntries(Object.entries(answers).slice(0, 20)),
      );
      await goToStep(page, "resultats");
      const before = await tableRows(page, "Profil par domaine");
      const stored = await readStorage(page, STORAGE_KEYS.mediateur);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("[data-ae-export]").click(),
      ]);
      assert.match(
        download.suggestedFilename(),
        /^auto-evaluation-mediateur-\d{4}-\d{2}-\d{2}\.json$/,
      );
      const file = await download.path();
      assert.equal(await readFile(file, "utf8"), stored);

      await page.locator("[data-ae-erase]").click();
      await noAxeViolation(page, "confirmation d’effacement");
      await page.getByRole("button", { name: "Effacer mes réponses" }).click();
      // The dialog's « close » event comes in a task after the click.
      await page.waitForFunction(
        (key) => localStorage.getItem(key) === null,
        STORAGE_KEYS.mediateur,
        { timeout: 2000 },
      );
      assert.notDeepEqual(await tableRows(page, "Profil par domaine"), before);

      await page.locator("[data-ae-import]").setInputFiles(file);
      await page.waitForFunction(
        () => document.querySelector("[data-ae-import-message]")?.textContent,
      );
      assert.deepEqual(await tableRows(page, "Profil par domaine"), before);
      assert.equal(await readStorage(page, STORAGE_KEYS.mediateur), stored);

      for (const [name, text] of [
        ["tronque.json", stored.slice(0, 200)],
        [
          "modifie.json",
          stored.replace('"level": "transmission"', '"level": "expert"'),
        ],
        [
          "centre.json",
          stored.replace('"instrument": "mediateur"', '"instrument": "centre"'),
        ],
      ]) {
        await page.locator("[data-ae-import]").setInputFiles({
          name,
          mimeType: "application/json",
          buffer: Buffer.from(text),
        });
        const message = page.locator("[data-ae-import-message]");
        await page.waitForFunction(
          (n) =>
            document
              .querySelector("[data-ae-import-message]")
              ?.textContent.includes(n),
          name,
        );
        assert.match(
          await message.innerText(),
          /n’a pas été importé.*Vos réponses actuelles n’ont pas changé/s,
        );
        assert.equal(
          await page.locator("[data-ae-import]").getAttribute("aria-invalid"),
          "true",
        );
        assert.equal(
          await readStorage(page, STORAGE_KEYS.mediateur),
          stored,
          `${name} : rien ne change`,
        );
        assert.deepEqual(await tableRows(page, "Profil par domaine"), before);
      }
    } finally {
      await finish(view);
    }
  });

  test("progrès depuis un bilan de référence, comme le calcule compare()", async () => {
    const view = await open(MEDIATEUR);
    const { page } = view;
    try {
      const items = mediateur.items.slice(0, 8).map(({ id }) => id);
      await answerInSteps(
        page,
        mediateur,
        Object.fromEntries(items.map((id) => [id, { level: "decouverte" }])),
      );
      await page.locator("[data-ae-reference-save]").click();
      await page.waitForTimeout(20);
      await answerInSteps(
        page,
        mediateur,
        Object.fromEntries(
          items.slice(0, 4).map((id) => [id, { level: "transmission" }]),
        ),
      );
      await goToStep(page, "resultats");
      const reference = parse(await readStorage(page, STORAGE_KEYS.reference));
      const current = parse(await readStorage(page, STORAGE_KEYS.mediateur));
      const comparison = compare(reference, current, mediateur);
      const rows = await tableRows(page, "Progrès par domaine");
      assert.deepEqual(
        rows.map((row) => row.slice(0, 3)),
        comparison.groups.map((g) => [
          g.label,
          formatMean(g.before.mean),
          formatMean(g.after.mean),
        ]),
      );
      const text = await page.locator("#resultats").innerText();
      assert.match(text, /Diagnostic\s:\sen hausse de/);
      await noAxeViolation(page, "progrès");
    } finally {
      await finish(view);
    }
  });

  test("stockage refusé : un avertissement visible, et l’outil va jusqu’aux résultats en mémoire", async () => {
    const view = await open(MEDIATEUR);
    const { page, context } = view;
    try {
      await disableStorage(context);
      await page.reload({ waitUntil: "networkidle" });
      // The warning shows at first view.
      assert.match(
        await page.locator("[data-ae-warning]").innerText(),
        /restent en mémoire/,
      );
      const answers = plannedAnswers(mediateur);
      await ready(page);
      await answerInSteps(page, mediateur, answers);
      await goToStep(page, "resultats");
      assert.deepEqual(
        await tableRows(page, "Profil par domaine"),
        expectedProfileRows(expectedProfile(mediateur, answers)),
      );
    } finally {
      await finish(view);
    }
  });
});
