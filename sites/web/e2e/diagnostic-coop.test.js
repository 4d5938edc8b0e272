// The diagnostic's saved sessions (the package's format, version 1 files cleaned of the « Non » the
// first form pre-set) and « Pour le compte rendu d’activité (La Coop) »: labels, not codes, and one
// « Copier » that puts exactly the package's text on the clipboard.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  COOP_COMMIT,
  COOP_CRA_PATH,
  COOP_DOCUMENT,
  SESSION_FORMAT,
  coopValuesFromDiagnostic,
  parseSession,
} from "@mediation-numerique/diagnostic";
import {
  ACTOR_LABELS,
  coopReportLines,
  coopReportText,
  coopValuesFromOrientation,
  explain,
} from "@mediation-numerique/orientation";
import {
  formatViolations,
  openPage,
  runAxe,
  servedSite,
  tabUntil,
} from "./lib/browser.js";
import {
  QUESTIONNAIRE,
  answerAll,
  answerPlan,
  chooseWithKeyboard,
  expectedResults,
  focused,
  technicalWordsShown,
  tickWithKeyboard,
} from "./lib-diagnostic.js";

const site = servedSite();
const NEED = "demarche-en-ligne";
/** What the mediator answers in the tests that orient: with these, the person is referred elsewhere. */
const GIVEN = { urgent: false, hasTime: true, wantsToLearn: false };

const open = (options) =>
  openPage(site.browser, `${site.server.url}diagnostic/`, options);

const importText = (page, text, name = "session.json") =>
  page.setInputFiles(".dg-import", {
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });

/** The radios of the orientation facts that are checked: [name, value]. */
const checkedFacts = (page) =>
  page.$$eval(".dg-request input[type=radio]:checked", (inputs) =>
    inputs.map((i) => [i.name, i.value]),
  );

/** Answers, then goes to the orientation and proposes one for NEED, keyboard only from the results. */
async function orientWithKeyboard(page, plan) {
  await answerAll(page, plan);
  assert.ok(await tabUntil(page, (f) => f.text === "Passer à l’orientation"));
  await page.keyboard.press("Enter");
  await tickWithKeyboard(page, "needs", NEED);
  for (const [fact, value] of Object.entries(GIVEN))
    await chooseWithKeyboard(page, fact, String(value));
  assert.ok(await tabUntil(page, (f) => f.text === "Proposer une orientation"));
  await page.keyboard.press("Enter");
  await page.waitForSelector(".dg-reco");
}

/** What the section must copy for these answers, oriented for NEED: the packages' own text. */
function expectedCoop(answers) {
  const { result } = expectedResults(answers);
  const level = result.overall.level;
  const input = {
    diagnostic: coopValuesFromDiagnostic(result),
    orientation: coopValuesFromOrientation(
      explain({
        needs: [NEED],
        ...GIVEN,
        ...(level ? { autonomy: level } : {}),
      }),
    ),
  };
  return { lines: coopReportLines(input), text: coopReportText(input) };
}

/** The La Coop section, once it shows the `expected` lines' labels (the orientation's too). */
async function coopSection(page, expected) {
  await page.waitForFunction(
    (labels) =>
      JSON.stringify(
        [...document.querySelectorAll(".dg-coop-lines dt")].map(
          (dt) => dt.textContent,
        ),
      ) === JSON.stringify(labels),
    expected.lines.map((line) => line.label),
  );
  return page.$eval(".dg-coop-section", (section) => ({
    visible: section.offsetParent !== null,
    text: section.innerText,
    lines: [...section.querySelectorAll(".dg-coop-lines dt")].map((dt) => [
      dt.textContent,
      dt.nextElementSibling.textContent,
    ]),
    reading: section.querySelectorAll(".dg-coop-reading li").length,
    source: section.querySelector(".dg-coop-source").textContent,
    sourceLink: section.querySelector(".dg-coop-source a")?.href,
    // What comes after the values, in reading order: « Copier » first, then the notes and the source.
    after: [
      ...section.querySelectorAll(
        ".dg-coop-lines, .dg-coop-copy, .dg-coop-reading, .dg-coop-source",
      ),
    ].map((e) => e.className),
    // « Copier » on screen: right below the values, above the notes.
    copyBelowValues:
      section.querySelector(".dg-coop-copy").getBoundingClientRect().top -
      section.querySelector(".dg-coop-lines").getBoundingClientRect().bottom,
    copyAboveNotes:
      section.querySelector(".dg-coop-reading-title").getBoundingClientRect()
        .top -
      section.querySelector(".dg-coop-copy").getBoundingClientRect().bottom,
  }));
}

describe("diagnostic : sessions enregistrées et valeurs pour La Coop", () => {
  test("un fichier de version 1 : les « Non » cochés d’avance ne sont pas repris, et un message le dit", async () => {
    const view = await open();
    const { page } = view;
    try {
      const v1 = JSON.stringify({
        format: SESSION_FORMAT,
        version: 1,
        answers: {
          questionnaireId: QUESTIONNAIRE.id,
          questionnaireVersion: QUESTIONNAIRE.version,
          answers: answerPlan(1).answers.answers,
        },
        request: {
          needs: [NEED],
          urgent: false,
          hasTime: false,
          wantsToLearn: false,
          nearby: Object.keys(ACTOR_LABELS),
        },
        step: "orientation",
      });
      const { changes } = parseSession(v1, QUESTIONNAIRE);
      // The package drops the three pre-set « Non » and the six pre-checked places.
      assert.ok(changes.length >= 3, JSON.stringify(changes));
      await importText(page, v1, "ancien.json");
      await page.waitForSelector(".dg-orientation:not([hidden])");
      assert.deepEqual(await checkedFacts(page), []);
      assert.equal(
        await page.isChecked(
          '.dg-request input[name="needs"][value="demarche-en-ligne"]',
        ),
        true,
      );
      const alert = await page.textContent(".dg-alert");
      assert.match(alert, /«\u00a0ancien\.json\u00a0» est importé/);
      for (const change of changes)
        assert.ok(alert.includes(change.message), change.message);
      assert.deepEqual(await technicalWordsShown(page), []);
    } finally {
      await view.close();
    }
  });

  test("un export (version 2) réimporté donne la même session : réponses, demande, étape", async () => {
    const view = await open();
    const { page } = view;
    try {
      await orientWithKeyboard(page, answerPlan(3).plan);
      await page.check('.dg-request input[name="urgent"][value="true"]');
      await page.check('.dg-request input[name="hasTime"][value="false"]');
      await page.click(".dg-request button[type=submit]");
      await page.waitForSelector(".dg-reco");
      const exportNow = async () => {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.click('[data-action="export"]'),
        ]);
        const text = await readFile(await download.path(), "utf8");
        const { answers, ...rest } = JSON.parse(text);
        const { updatedAt: _date, ...kept } = answers;
        return { text, kept: { ...rest, answers: kept } };
      };
      const first = await exportNow();
      assert.equal(JSON.parse(first.text).version, 2);
      assert.deepEqual(parseSession(first.text, QUESTIONNAIRE).changes, []);
      await page.click('[data-action="erase"]');
      await page.click('[data-action="erase-confirm"]');
      await importText(page, first.text);
      await page.waitForSelector(".dg-orientation:not([hidden])");
      assert.deepEqual(await checkedFacts(page), [
        ["urgent", "true"],
        ["hasTime", "false"],
        ["wantsToLearn", "false"],
      ]);
      assert.match(await page.textContent(".dg-alert"), /est importé\.$/);
      assert.deepEqual((await exportNow()).kept, first.kept);
    } finally {
      await view.close();
    }
  });

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1366, height: 768 },
  ])
    test(`La Coop (${viewport.width}×${viewport.height}) : des libellés, pas de codes ; « Copier » au clavier copie le texte du paquet ; axe`, async () => {
      const view = await open({
        viewport,
        permissions: ["clipboard-read", "clipboard-write"],
      });
      const { page } = view;
      try {
        const { plan, answers } = answerPlan(2);
        await orientWithKeyboard(page, plan);
        const expected = expectedCoop(answers);
        assert.ok(
          expected.lines.some((l) => l.field === "structureDeRedirection"),
          "ces faits orientent vers une autre structure",
        );
        const shown = await coopSection(page, expected);
        assert.equal(shown.visible, true);
        assert.deepEqual(
          shown.lines,
          expected.lines.map((l) => [l.label, l.value]),
        );
        // No La Coop code (snake_case) anywhere in the section.
        assert.deepEqual(shown.text.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? [], []);
        assert.ok(shown.reading >= 1);
        // « Copier » right under the values, before the reading notes and the source.
        assert.deepEqual(shown.after, [
          "dg-coop-lines",
          "dg-coop-copy",
          "dg-coop-reading",
          "dg-coop-source",
        ]);
        assert.ok(
          shown.copyBelowValues >= 0 && shown.copyBelowValues < 40,
          `« Copier » à ${shown.copyBelowValues} px sous les valeurs`,
        );
        assert.ok(shown.copyAboveNotes >= 0, "« Copier » avant les notes");
        // A short source: the repository's folder at the commit the labels were read from.
        assert.match(shown.source, /coop-mediation-numerique/);
        assert.match(
          shown.source,
          new RegExp(`version ${COOP_COMMIT.slice(0, 7)}`),
        );
        assert.ok(shown.source.length < 160, shown.source);
        assert.equal(
          shown.sourceLink,
          `${COOP_DOCUMENT.url}/tree/${COOP_COMMIT}/${COOP_CRA_PATH}`,
        );
        const copy = await tabUntil(page, (f) => f.text === "Copier", {
          max: 120,
        });
        assert.ok(
          copy?.visibleFocus,
          "« Copier » atteint au clavier, focus visible",
        );
        await page.keyboard.press("Enter");
        await page.waitForFunction(
          () =>
            document.querySelector(".dg-coop-status").textContent === "Copié",
        );
        assert.equal(
          await page.evaluate(() => navigator.clipboard.readText()),
          expected.text,
        );
        const violations = await runAxe(page);
        assert.deepEqual(violations, [], formatViolations(violations));
        assert.deepEqual(await technicalWordsShown(page), []);
      } finally {
        await view.close();
      }
    });

  test("La Coop : sans presse-papiers, le texte est sélectionné et la page dit « copiez avec Ctrl+C »", async () => {
    const view = await open();
    const { page, context } = view;
    try {
      await context.addInitScript(() => {
        Object.defineProperty(navigator, "clipboard", {
          value: { writeText: () => Promise.reject(new Error("refusé")) },
        });
      });
      await page.reload();
      const { plan, answers } = answerPlan(2);
      await orientWithKeyboard(page, plan);
      await coopSection(page, expectedCoop(answers));
      assert.ok(await tabUntil(page, (f) => f.text === "Copier", { max: 120 }));
      await page.keyboard.press("Enter");
      await page.waitForFunction(() =>
        document
          .querySelector(".dg-coop-status")
          .textContent.startsWith("Sélectionné"),
      );
      const state = await page.$eval(".dg-coop-text", (t) => ({
        visible: t.offsetParent !== null,
        readOnly: t.readOnly,
        selected: t.value.slice(t.selectionStart, t.selectionEnd),
      }));
      assert.deepEqual(state, {
        visible: true,
        readOnly: true,
        selected: expectedCoop(answers).text,
      });
      assert.equal((await focused(page))?.tag, "textarea");
      assert.equal(
        await page.textContent(".dg-coop-status"),
        "Sélectionné\u00a0: copiez avec Ctrl+C",
      );
    } finally {
      await view.close();
    }
  });
});
