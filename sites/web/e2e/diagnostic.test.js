// The autonomy diagnostic (/diagnostic/): a keyboard-only run checked against the package's score,
// resume after reload, export / erase / import, bad files, refused storage, read aloud, orientation.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { parseAnswers } from "@mediation-numerique/diagnostic";
import {
  ACTOR_LABELS,
  DOCUMENTS,
  MODE_LABELS,
  explain,
  orient,
} from "@mediation-numerique/orientation";
import {
  formatViolations,
  servedSite,
  openPage,
  runAxe,
  structure,
  tabUntil,
} from "./lib/browser.js";
import {
  QUESTIONNAIRE,
  STORAGE_KEY,
  answerAll,
  answerPlan,
  answerWithKeyboard,
  chooseWithKeyboard,
  tickWithKeyboard,
  compareResults,
  currentQuestion,
  expectedResults,
  fakeVoice,
  noSpeech,
  focused,
  recordReadAloud,
  technicalWordsShown,
  onStartScreen,
  refuseStorage,
  shownResults,
} from "./lib-diagnostic.js";

const site = servedSite();

/** Every place the orientation form offers, in its order. */
const NEARBY_ALL = Object.keys(ACTOR_LABELS);

const open = (options) =>
  openPage(site.browser, `${site.server.url}diagnostic/`, options);

/** On each screen: axe finds no violation, and the visible text never names the storage machinery. */
async function assertScreen(page, step) {
  const violations = await runAxe(page);
  assert.deepEqual(violations, [], `${step} : ${formatViolations(violations)}`);
  assert.deepEqual(await technicalWordsShown(page), [], step);
}

/** The recommendations on the page: actor, mode, text, number of sources, interpretation notes shown. */
const shownRecommendations = (page) =>
  page.$$eval(".dg-reco", (items) =>
    items.map((li) => ({
      actor: li.dataset.actor,
      mode: li.dataset.mode,
      text: li.textContent,
      sources: li.querySelectorAll(".dg-sources li").length,
      interpretations: [
        ...li.querySelectorAll(".dg-sources li .dg-interpretation"),
      ].map((p) => p.textContent),
    })),
  );

/** What the page must show for each interpreted source of a recommendation. */
const interpretationsOf = (recommendation) =>
  recommendation.sources
    .filter((source) => source.interpretation)
    .map((source) => `Interprétation\u00a0: ${source.interpretation}`);

const stored = (page, area = "sessionStorage") =>
  page.evaluate(
    ([key, area]) => window[area].getItem(key),
    [STORAGE_KEY, area],
  );

describe("diagnostic d’autonomie", () => {
  test("sans JavaScript : toutes les questions et une note en français", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}diagnostic/`);
      const info = await page.evaluate(() => ({
        questions: document.querySelectorAll("fieldset.dg-q").length,
        visible: [...document.querySelectorAll("fieldset.dg-q")].filter(
          (f) => f.offsetParent !== null,
        ).length,
        note: document.querySelector(".dg-nojs").offsetParent !== null,
        noteText: document.querySelector(".dg-nojs").textContent,
      }));
      assert.equal(info.questions, QUESTIONNAIRE.questions.length);
      assert.equal(info.visible, QUESTIONNAIRE.questions.length);
      assert.ok(info.note);
      assert.match(info.noteText, /demande JavaScript/);
    } finally {
      await context.close();
    }
  });

  test("parcours complet au clavier seul, axe à chaque étape, résultat égal à celui du paquet, orientation", async () => {
    const view = await open();
    const { page } = view;
    try {
      const { plan, answers } = answerPlan();
      assert.equal(await onStartScreen(page), true);
      assert.equal(await currentQuestion(page), null);
      await assertScreen(page, "accueil");
      const start = await tabUntil(
        page,
        (f) => f.text === "Commencer le diagnostic",
      );
      assert.ok(start, "« Commencer le diagnostic » atteint avec Tab");
      await page.keyboard.press("Enter");
      assert.equal(await onStartScreen(page), false);
      for (const [i, { id, index }] of plan.entries()) {
        assert.equal(await currentQuestion(page), id);
        const focus = await focused(page);
        assert.equal(
          focus?.tag,
          "h2",
          `le focus va au titre de la question ${i + 1}`,
        );
        assert.equal(
          await page.textContent("#dg-progress-text"),
          `Question ${i + 1} sur ${plan.length}`,
        );
        await answerWithKeyboard(page, index);
        // axe on every screen; a sample of the questions is enough for speed, the first and the last always.
        if (i % 6 === 0 || i === plan.length - 1)
          await assertScreen(page, `après la question ${i + 1}`);
      }
      assert.equal((await focused(page))?.id, "dg-results-title");
      await assertScreen(page, "résultats");
      const expected = expectedResults(answers);
      assert.deepEqual(compareResults(await shownResults(page), expected), []);
      // Words first: no percentage on screen until the mediator opens the detail.
      assert.equal(await page.$eval(".dg-detail", (d) => d.open), false);
      assert.equal(
        await page.textContent(".dg-detail summary"),
        "Détail pour la·le médiateur·trice",
      );
      assert.doesNotMatch(await page.innerText(".dg-results"), /%|Points/);
      await page.click(".dg-detail summary");
      assert.match(await page.innerText(".dg-results"), /\d\u202f%/);
      await assertScreen(page, "résultats, détail ouvert");
      await page.click(".dg-detail summary");
      // The saved document is the package's answers document.
      const saved = JSON.parse(await stored(page));
      assert.deepEqual(
        parseAnswers(saved.answers, QUESTIONNAIRE).answers,
        answers.answers,
      );

      // Orientation, keyboard only: to the form, one need, submit.
      const toOrientation = await (async () => {
        for (let n = 0; n < 40; n += 1) {
          await page.keyboard.press("Tab");
          const f = await focused(page);
          if (f?.text === "Passer à l’orientation") return f;
        }
        return null;
      })();
      assert.ok(toOrientation, "bouton « Passer à l’orientation » atteint");
      await page.keyboard.press("Enter");
      assert.equal((await focused(page))?.id, "dg-orientation-title");
      await tickWithKeyboard(page, "needs", "demarche-en-ligne");
      // Every fact answered « Non », and every place near the person ticked.
      for (const fact of ["urgent", "hasTime", "wantsToLearn"])
        await chooseWithKeyboard(page, fact, "false");
      await chooseWithKeyboard(page, "nearbyKnown", "true");
      for (const actor of NEARBY_ALL)
        await tickWithKeyboard(page, "nearby", actor);
      // Enter in a checkbox does not submit: Tab to the button.
      assert.ok(
        await tabUntil(page, (f) => f.text === "Proposer une orientation"),
      );
      await page.keyboard.press("Enter");
      await page.waitForSelector(".dg-reco");
      assert.equal((await focused(page))?.tag, "h3");
      await assertScreen(page, "orientation");
      const situation = {
        needs: ["demarche-en-ligne"],
        urgent: false,
        hasTime: false,
        wantsToLearn: false,
        nearby: NEARBY_ALL,
        ...(expected.result.overall.level
          ? { autonomy: expected.result.overall.level }
          : {}),
      };
      const recommendations = orient(situation);
      const shown = await shownRecommendations(page);
      assert.deepEqual(
        shown.map((r) => [r.actor, r.mode]),
        recommendations.map((r) => [r.actor, r.mode]),
      );
      const plain = (text) => text.replace(/[\u00a0\u202f]/g, " ");
      for (const [i, r] of recommendations.entries()) {
        assert.ok(
          plain(shown[i].text).includes(plain(r.reason)),
          "la raison du paquet",
        );
        assert.ok(plain(shown[i].text).includes(plain(MODE_LABELS[r.mode])));
        assert.equal(shown[i].sources, r.sources.length);
        assert.deepEqual(shown[i].interpretations, interpretationsOf(r));
        assert.ok(
          plain(shown[i].text).includes(
            plain(DOCUMENTS[r.sources[0].document].title),
          ),
        );
      }
      // Reload on the orientation step: the request and the recommendations come back.
      await page.reload();
      await page.waitForSelector(".dg-reco");
      assert.equal(
        await page.$eval('input[value="demarche-en-ligne"]', (i) => i.checked),
        true,
      );
      // Print: buttons, navigation and forms are hidden, results and orientation printed.
      await page.emulateMedia({ media: "print" });
      const print = await page.evaluate(() =>
        [
          "header.site-header",
          ".dg-results .dg-buttons",
          ".dg-request",
          ".dg-data",
          ".dg-results",
          ".dg-orientation",
        ].map((s) => getComputedStyle(document.querySelector(s)).display),
      );
      assert.deepEqual(print, [
        "none",
        "none",
        "none",
        "none",
        "block",
        "block",
      ]);
      // The mediator's figures print only when the mediator opened them.
      const detailPrinted = () =>
        page.$eval(".dg-detail", (d) => getComputedStyle(d).display !== "none");
      assert.equal(await page.$eval(".dg-detail", (d) => d.open), false);
      assert.equal(await detailPrinted(), false);
      await page.$eval(".dg-detail", (d) => (d.open = true));
      assert.equal(await detailPrinted(), true);
      await page.$eval(".dg-detail", (d) => (d.open = false));
      // The person wants to learn: the rules cite passages read beyond their words (seed 004's
      // quiz answers lost their tick marks), each shown with « Interprétation : <note> ».
      await page.emulateMedia({ media: "screen" });
      await page.check('input[name="wantsToLearn"][value="true"]');
      await page.click("text=Proposer une orientation");
      await page.waitForSelector(".dg-interpretation");
      const learning = orient({ ...situation, wantsToLearn: true });
      const shownLearning = await shownRecommendations(page);
      assert.deepEqual(
        shownLearning.map((r) => r.interpretations),
        learning.map(interpretationsOf),
      );
      assert.ok(
        shownLearning.some((r) => r.interpretations.length > 0),
        "au moins une source marquée « Interprétation »",
      );
      assert.match(
        plain(await page.textContent(".dg-interpretation-help")),
        /Une source marquée « Interprétation » est une lecture du passage/,
      );
      await assertScreen(page, "orientation avec interprétations");
      assert.deepEqual(view.external, [], "aucune requête hors de localhost");
      for (const r of view.requests)
        assert.ok(r.url.startsWith(site.server.origin));
    } finally {
      await view.close();
    }
  });

  test("téléphone (360×740) et portable (1366×768) : chaque question et « Question suivante » à l’écran sans défiler, tabulation dans l’ordre de l’écran", async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1366, height: 768 },
    ]) {
      const size = `${viewport.width}×${viewport.height}`;
      const view = await open({ viewport });
      const { page } = view;
      try {
        await page.click(".dg-start");
        assert.equal(await onStartScreen(page), false, size);
        for (const [i, { id, value }] of answerPlan().plan.entries()) {
          assert.equal(await currentQuestion(page), id);
          const at = await page.evaluate(() => {
            const box = (selector) => {
              const r = document
                .querySelector(selector)
                .getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, left: r.left };
            };
            return {
              progress: box(".dg-progress"),
              next: box(".dg-nav button[type=submit]"),
              back: box('[data-action="back"]'),
              height: window.innerHeight,
            };
          });
          const where = `${size}, question ${i + 1} (${id})`;
          if (i === 0) await assertScreen(page, where);
          assert.ok(
            at.progress.top >= 0,
            `${where} : progression à ${at.progress.top} px`,
          );
          assert.ok(
            at.next.bottom <= at.height,
            `${where} : « Question suivante » finit à ${at.next.bottom} px`,
          );
          if (i > 0) {
            // « Question précédente » comes after « Question suivante », on screen and with Tab.
            assert.ok(
              at.back.top > at.next.top ||
                (at.back.top === at.next.top && at.back.left > at.next.left),
              where,
            );
            await page.focus(".dg-nav button[type=submit]");
            await page.keyboard.press("Tab");
            assert.equal(
              (await focused(page))?.text,
              "Question précédente",
              where,
            );
          }
          await page.check(`fieldset[data-id="${id}"] input[value="${value}"]`);
          await page.click(".dg-nav button[type=submit]");
        }
        assert.equal(await page.isVisible(".dg-results"), true, size);
        // The mediator's table fits the screen: no sideways scrolling inside it.
        await page.click(".dg-detail summary");
        await assertScreen(page, `${size}, résultats et détail`);
        const table = await page.$eval(".dg-domains", (t) => [
          t.scrollWidth,
          t.clientWidth,
        ]);
        assert.ok(
          table[0] <= table[1],
          `${size} : tableau ${table.join(" > ")}`,
        );
      } finally {
        await view.close();
      }
    }
  });

  test("les pages d’auto-évaluation ne montrent pas non plus les noms du stockage du navigateur", async () => {
    for (const path of [
      "auto-evaluation/centre/",
      "auto-evaluation/mediateur/",
    ]) {
      const view = await openPage(site.browser, `${site.server.url}${path}`);
      try {
        await view.page.waitForSelector("[data-ae-tool][data-ready]");
        const words = await technicalWordsShown(view.page);
        assert.deepEqual(words, [], path);
      } finally {
        await view.close();
      }
    }
  });

  test("orientation : aucune réponse donnée d’avance, « Je ne sais pas » partout où la·le médiateur·trice peut ne pas savoir", async () => {
    const view = await open();
    const { page } = view;
    try {
      await answerAll(page, answerPlan().plan);
      await page.click('[data-action="to-orientation"]');
      const form = () =>
        page.$$eval(".dg-request input", (inputs) => ({
          checked: inputs.filter((i) => i.checked).map((i) => i.value),
          radios: Object.fromEntries(
            [
              ...new Set(
                inputs.filter((i) => i.type === "radio").map((i) => i.name),
              ),
            ].map((name) => [
              name,
              inputs
                .filter((i) => i.name === name)
                .map((i) => i.closest("label").textContent.trim()),
            ]),
          ),
        }));
      const before = await form();
      assert.deepEqual(before.checked, [], "rien de coché d’avance");
      for (const fact of ["urgent", "hasTime", "wantsToLearn"])
        assert.deepEqual(before.radios[fact], ["Oui", "Non", "Je ne sais pas"]);
      assert.deepEqual(before.radios.nearbyKnown, [
        "Je sais ce qui existe près de chez la personne",
        "Je ne sais pas ce qui existe près de chez la personne",
      ]);
      // The places show once the mediator says they know them; none is ticked.
      assert.equal(await page.isVisible(".dg-nearby-list"), false);
      await page.check('input[name="nearbyKnown"][value="true"]');
      assert.equal(await page.isVisible(".dg-nearby-list"), true);
      assert.equal(
        await page.$$eval(
          ".dg-nearby-list input:not(:checked)",
          (l) => l.length,
        ),
        NEARBY_ALL.length,
      );
      await assertScreen(page, "formulaire d’orientation, lieux ouverts");
      await page.check('input[name="nearbyKnown"][value="false"]');
      assert.equal(await page.isVisible(".dg-nearby-list"), false);
    } finally {
      await view.close();
    }
  });

  // Needs the orientation package that reads an absent fact as « not asked » (issue 11): until then,
  // `explain` refuses the request and this test fails.
  test("orientation au clavier, faits laissés sans réponse : jamais « faire à la place », et la liste « À demander à la personne » (360×740 et 1366×768)", async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1366, height: 768 },
    ]) {
      const size = `${viewport.width}×${viewport.height}`;
      const view = await open({ viewport });
      const { page } = view;
      try {
        const { plan, answers } = answerPlan(4);
        await answerAll(page, plan);
        assert.ok(
          await tabUntil(page, (f) => f.text === "Passer à l’orientation"),
          size,
        );
        await page.keyboard.press("Enter");
        await tickWithKeyboard(page, "needs", "demarche-en-ligne");
        assert.ok(
          await tabUntil(page, (f) => f.text === "Proposer une orientation"),
          size,
        );
        await page.keyboard.press("Enter");
        await page.waitForSelector(".dg-reco, .dg-alert:not([hidden])");
        assert.equal(
          await page.isVisible(".dg-alert"),
          false,
          await page.textContent(".dg-alert"),
        );
        const level = expectedResults(answers).result.overall.level;
        const explanation = explain({
          needs: ["demarche-en-ligne"],
          ...(level ? { autonomy: level } : {}),
        });
        const shown = await shownRecommendations(page);
        assert.deepEqual(
          shown.map((r) => [r.actor, r.mode]),
          explanation.recommendations.map((r) => [r.actor, r.mode]),
          size,
        );
        assert.ok(
          shown.every((r) => r.mode !== "faire-a-la-place"),
          size,
        );
        const recos = await page.innerText(".dg-recos");
        assert.ok(
          !recos.includes(MODE_LABELS["faire-a-la-place"].split("\u00a0")[0]),
          size,
        );
        // Each fact left unanswered is « à demander », never « non ».
        assert.deepEqual(
          await page.$$eval(".dg-facts li", (items) =>
            items.map((li) => li.textContent.split("\u00a0: ")[1]),
          ),
          ["à demander", "à demander", "à demander", "à demander"],
          size,
        );
        assert.ok(explanation.questions.length > 0);
        assert.deepEqual(
          await page.$$eval(".dg-to-ask li", (items) =>
            items.map((li) => li.textContent),
          ),
          explanation.questions.map((q) => q.question),
          size,
        );
        assert.match(recos, /À demander à la personne/);
        await assertScreen(page, `orientation sans réponses, ${size}`);
        // Nothing sticks out of the screen, the list of bodies included.
        assert.equal((await structure(page)).horizontalScroll, false, size);
        const select = await page.$eval("#dg-procedure", (e) =>
          Math.round(e.getBoundingClientRect().right),
        );
        assert.ok(select <= viewport.width, `${size} : liste à ${select} px`);
      } finally {
        await view.close();
      }
    }
  });

  test("un rechargement en cours de route reprend à la même question", async () => {
    const view = await open();
    const { page } = view;
    try {
      const { plan } = answerPlan(1);
      await answerAll(page, plan.slice(0, 5));
      assert.equal(await currentQuestion(page), plan[5].id);
      await page.reload();
      assert.equal(await currentQuestion(page), plan[5].id);
      for (const { id, value } of plan.slice(0, 5))
        assert.equal(
          await page.$eval(
            `fieldset[data-id="${id}"] input[value="${value}"]`,
            (i) => i.checked,
          ),
          true,
        );
      // Back to the previous question keeps its answer.
      await page.click('[data-action="back"]');
      assert.equal(await currentQuestion(page), plan[4].id);
      // Next without an answer: an error tied to the question.
      await page.click('[data-action="back"]');
      await page.evaluate(() => {
        for (const i of document.querySelectorAll(
          "fieldset.dg-q:not([hidden]) input",
        ))
          i.checked = false;
      });
      assert.deepEqual(view.external, []);
    } finally {
      await view.close();
    }
  });

  test("exporter, tout effacer, importer : les mêmes résultats ; un fichier abîmé ne change rien", async () => {
    const view = await open();
    const { page } = view;
    try {
      const { plan, answers } = answerPlan(2);
      await answerAll(page, plan);
      const before = await shownResults(page);
      assert.deepEqual(compareResults(before, expectedResults(answers)), []);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click('[data-action="export"]'),
      ]);
      const exported = await readFile(await download.path(), "utf8");
      assert.deepEqual(
        parseAnswers(JSON.parse(exported).answers, QUESTIONNAIRE).answers,
        answers.answers,
      );

      // Erase asks first; cancel keeps everything.
      await page.click('[data-action="erase"]');
      assert.equal(await page.isVisible(".dg-confirm"), true);
      await page.click('[data-action="erase-cancel"]');
      assert.notEqual(await stored(page), null);
      await page.click('[data-action="erase"]');
      await page.click('[data-action="erase-confirm"]');
      assert.equal(await stored(page), null);
      // Back to the introduction, the focus on the page's title.
      assert.equal(await onStartScreen(page), true);
      assert.equal((await focused(page))?.tag, "h1");
      assert.equal(
        await page.$$eval(".dg-questions input:checked", (l) => l.length),
        0,
      );

      // Import the export: the same results.
      await page.setInputFiles(".dg-import", {
        name: "export.json",
        mimeType: "application/json",
        buffer: Buffer.from(exported),
      });
      await page.waitForSelector(".dg-results:not([hidden])");
      assert.deepEqual(await shownResults(page), before);
      const afterImport = await stored(page);

      // Malformed, tampered and foreign files: a French message, nothing changes.
      const tampered = JSON.parse(exported);
      tampered.answers.answers[QUESTIONNAIRE.questions[0].id] =
        "n-importe-quoi";
      const foreign = JSON.parse(exported);
      foreign.answers.questionnaireId = "autre-questionnaire";
      // A current-version document with an answer to a question that does not exist: altered by hand.
      const unknownQuestion = JSON.parse(exported);
      unknownQuestion.answers.answers["question-inventee"] =
        QUESTIONNAIRE.questions[0].options[0].id;
      assert.equal(
        unknownQuestion.answers.questionnaireVersion,
        QUESTIONNAIRE.version,
      );
      // The same alteration in a bare answers document (without the envelope).
      const bareUnknown = unknownQuestion.answers;
      const newer = JSON.parse(exported);
      newer.answers.questionnaireVersion = QUESTIONNAIRE.version + 1;
      // Valid answers with a request the orientation package refuses: the whole file is refused.
      const request = {
        needs: ["demarche-en-ligne"],
        urgent: false,
        hasTime: true,
        wantsToLearn: true,
        nearby: [],
      };
      const badProcedure = JSON.parse(exported);
      badProcedure.request = { ...request, procedure: "xyz" };
      const unknownNeed = JSON.parse(exported);
      unknownNeed.request = { ...request, needs: ["besoin-invente"] };
      for (const [name, text, pattern] of [
        [
          "pas-du-json.json",
          "{ pas du json",
          /pas un fichier lisible de ce diagnostic/,
        ],
        [
          "modifie.json",
          JSON.stringify(tampered),
          /réponse inconnue «\u00a0n-importe-quoi\u00a0»/,
        ],
        [
          "autre.json",
          JSON.stringify(foreign),
          /réponses du questionnaire «\u00a0autre-questionnaire/,
        ],
        [
          "question-inconnue.json",
          JSON.stringify(unknownQuestion),
          /question inconnue «\u00a0question-inventee\u00a0»/,
        ],
        [
          "reponses-seules.json",
          JSON.stringify(bareUnknown),
          /question inconnue «\u00a0question-inventee\u00a0»/,
        ],
        [
          "plus-recent.json",
          JSON.stringify(newer),
          new RegExp(`réponses de la version ${QUESTIONNAIRE.version + 1}`),
        ],
        ["vide.json", "{}", /n’est pas une session de diagnostic/],
        [
          "procedure-inconnue.json",
          JSON.stringify(badProcedure),
          /demande d’orientation enregistrée est invalide.*procedure.*«.xyz.»/,
        ],
        [
          "besoin-inconnu.json",
          JSON.stringify(unknownNeed),
          /demande d’orientation enregistrée est invalide.*needs.*«.besoin-invente.»/,
        ],
      ]) {
        await page.setInputFiles(".dg-import", {
          name,
          mimeType: "application/json",
          buffer: Buffer.from(text),
        });
        await page.waitForFunction(
          (n) => document.querySelector(".dg-alert").textContent.includes(n),
          name,
        );
        const alert = await page.textContent(".dg-alert");
        assert.match(alert, pattern, name);
        assert.match(alert, /n’ont pas changé/);
        assert.equal(await stored(page), afterImport, name);
        assert.deepEqual(await shownResults(page), before, name);
      }
      await assertScreen(page, "après une erreur d’import");

      // Keep on this device: moves to localStorage, and back.
      await page.check(".dg-keep");
      assert.equal(await stored(page), null);
      assert.notEqual(await stored(page, "localStorage"), null);
      assert.equal(await page.isVisible('[data-privacy="local"]'), true);
      await page.reload();
      assert.equal(await page.isChecked(".dg-keep"), true);
      assert.deepEqual(await shownResults(page), before);
      await page.uncheck(".dg-keep");
      assert.equal(await stored(page, "localStorage"), null);
      assert.notEqual(await stored(page), null);
    } finally {
      await view.close();
    }
  });

  test("un document enregistré illisible est mis de côté avec un message, jamais perdu", async () => {
    const view = await open();
    const { page } = view;
    try {
      await page.evaluate(
        (key) =>
          sessionStorage.setItem(
            key,
            '{"format":"mediation-numerique/diagnostic-session","version":1,"answers":{"questionnaireId":"diagnostic-autonomie-numerique","questionnaireVersion":1,"answers":{"appareil":42}}}',
          ),
        STORAGE_KEY,
      );
      await page.reload();
      const alert = await page.textContent(".dg-alert");
      assert.match(alert, /mises de côté/);
      const backups = await page.evaluate(() =>
        Object.keys(sessionStorage).filter((k) => k.includes(":mis-de-cote:")),
      );
      assert.equal(backups.length, 1);
      assert.equal(await onStartScreen(page), true);
      // The message says the answers are set aside, in plain words: no storage key.
      assert.deepEqual(await technicalWordsShown(page), []);
      // A current-version document naming an unknown question: refused by `parseAnswers`, set aside too.
      await page.evaluate(
        ([key, doc]) => sessionStorage.setItem(key, JSON.stringify(doc)),
        [
          STORAGE_KEY,
          {
            format: "mediation-numerique/diagnostic-session",
            version: 1,
            answers: {
              questionnaireId: QUESTIONNAIRE.id,
              questionnaireVersion: QUESTIONNAIRE.version,
              answers: { "question-inventee": "oui" },
            },
            step: "results",
          },
        ],
      );
      await page.reload();
      const refused = await page.textContent(".dg-alert");
      assert.match(refused, /mises de côté/);
      assert.match(
        refused,
        /question inconnue «\u00a0question-inventee\u00a0»/,
      );
      assert.equal(await onStartScreen(page), true);
    } finally {
      await view.close();
    }
  });

  test("stockage refusé : un avertissement visible, l’outil va jusqu’aux résultats en mémoire", async () => {
    const context = await site.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: "fr-FR",
    });
    try {
      await context.addInitScript(refuseStorage);
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.server.url}diagnostic/`);
      assert.match(
        await page.textContent(".dg-storage-warning"),
        /refuse d’enregistrer/,
      );
      assert.deepEqual(await technicalWordsShown(page), []);
      assert.equal(await page.isVisible(".dg-storage-warning"), true);
      assert.equal((await structure(page)).horizontalScroll, false);
      const { plan, answers } = answerPlan(3);
      await answerAll(page, plan);
      assert.deepEqual(
        compareResults(await shownResults(page), expectedResults(answers)),
        [],
      );
      assert.equal((await structure(page)).horizontalScroll, false);
      const size = await page.$eval(
        ".dg-results .dg-buttons button",
        (b) => b.getBoundingClientRect().height,
      );
      assert.ok(size >= 44, `cible de ${size} px`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("lecture à voix haute : le bouton avec une voix française, jamais automatique ; sinon une phrase le dit, sans clignoter", async () => {
    const NOTE =
      "La lecture à voix haute n’est pas disponible\u00a0: ce navigateur n’a pas de voix française.";
    /** The started diagnostic with `script(arg)` run first; returns the page once the control has settled. */
    const started = async (context, script, arg) => {
      await context.addInitScript(recordReadAloud);
      if (script) await context.addInitScript(script, arg);
      const page = await context.newPage();
      await page.goto(`${site.server.url}diagnostic/`);
      await page.click(".dg-start");
      await page.waitForFunction(() =>
        ["button", "note"].includes(window.__readAloud.at(-1)),
      );
      return page;
    };
    for (const [script, arg, why] of [
      [noSpeech, undefined, "sans l’API"],
      [fakeVoice, { lang: "en-US" }, "une voix anglaise seulement"],
      [fakeVoice, { lang: null, delay: 300 }, "aucune voix, dite tard"],
      // Debian's chromium, headless, has the API and no voice at all.
      [null, undefined, "chromium tel quel"],
    ]) {
      const context = await site.browser.newContext({ locale: "fr-FR" });
      try {
        const page = await started(context, script, arg);
        assert.equal(await page.isVisible(".dg-speak"), false, why);
        assert.equal(await page.isVisible(".dg-no-voice"), true, why);
        assert.equal(
          (await page.textContent(".dg-no-voice"))
            .replace(/[ \n\t]+/g, " ")
            .trim(),
          NOTE,
          why,
        );
        assert.deepEqual(
          await page.evaluate(() => window.__readAloud),
          ["none", "note"],
          why,
        );
        await assertScreen(page, `lecture à voix haute, ${why}`);
      } finally {
        await context.close();
      }
    }
    for (const [arg, why] of [
      [{ lang: "fr-FR" }, "voix française tout de suite"],
      [{ lang: "fr-FR", delay: 600 }, "voix française chargée tard"],
    ]) {
      const context = await site.browser.newContext({ locale: "fr-FR" });
      try {
        const page = await started(context, fakeVoice, arg);
        assert.equal(await page.isVisible(".dg-speak"), true, why);
        assert.equal(await page.isVisible(".dg-no-voice"), false, why);
        // The note never showed before the button.
        assert.deepEqual(
          await page.evaluate(() => window.__readAloud),
          ["none", "button"],
          why,
        );
        assert.deepEqual(await page.evaluate(() => window.__spoken), []);
        await page.click(".dg-speak");
        const spoken = await page.evaluate(() => window.__spoken);
        assert.equal(spoken.length, 1);
        assert.equal(spoken[0].lang, "fr-FR");
        assert.ok(spoken[0].text.startsWith(QUESTIONNAIRE.questions[0].label));
        // It reads the question on screen, not the first one.
        await page.check(".dg-questions fieldset:not([hidden]) input >> nth=0");
        await page.click(".dg-nav button[type=submit]");
        await page.click(".dg-speak");
        const second = (await page.evaluate(() => window.__spoken))[1];
        assert.ok(second.text.startsWith(QUESTIONNAIRE.questions[1].label));
      } finally {
        await context.close();
      }
    }
  });
});
