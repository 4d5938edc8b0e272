// Helpers of the self-assessment tests: the answers a test gives, keyboard-only answering, and the texts the
// page should show, computed with the package itself (the page must show what the package computes).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  createDocument,
  getInstrument,
  profile,
} from "@mediation-numerique/auto-evaluation";
import {
  focused,
  formatViolations,
  openPage,
  runAxe,
  tabUntil,
} from "./lib/browser.js";
import { TARGETS, pageJs } from "./lib/budget.js";
import { distDir } from "./lib/site.js";

export { getInstrument };

export const STORAGE_KEYS = {
  centre: "mediation-numerique:auto-evaluation:centre",
  mediateur: "mediation-numerique:auto-evaluation:mediateur",
  reference: "mediation-numerique:auto-evaluation:mediateur:reference",
};

/** The same ids as the page (`src/components/auto-evaluation/ids.ts`). */
export const fieldId = (itemId) => `q-${itemId.replace("/", "--")}`;

/** A varied set of answers: every level, some « non concerné ». */
export function plannedAnswers(instrument, pattern = [2, 1, 0, 3, "na", 2, 1]) {
  return Object.fromEntries(
    instrument.items.map(({ id }, index) => {
      const step = pattern[index % pattern.length];
      return [
        id,
        step === "na"
          ? { notApplicable: true }
          : { level: instrument.scale.levels[step].id },
      ];
    }),
  );
}

/** The choice index of an answer in an item's radio group (levels, then « Non concerné »). */
const choiceIndex = (instrument, answer) =>
  answer.notApplicable
    ? instrument.scale.levels.length
    : instrument.scale.levels.findIndex((level) => level.id === answer.level);

/**
 * Answers the items in page order with the keyboard only: Tab into each radio group (no answer yet: the
 * first radio takes the focus), then Space or arrow keys to the wanted choice. Checks each choice.
 * `items`: the items on screen (one domain of a stepped tool); every item of the instrument by default.
 */
export async function answerWithKeyboard(
  page,
  instrument,
  answers,
  items = instrument.groups.flatMap((group) => group.items),
) {
  for (const id of items) {
    const answer = answers[id];
    if (!answer) continue;
    const prefix = `${fieldId(id)}--`;
    const reached = await tabUntil(
      page,
      (info) => info.tag === "input" && info.id.startsWith(prefix),
      { max: 12 },
    );
    assert.ok(reached, `la touche Tab atteint l’item ${id}`);
    const index = choiceIndex(instrument, answer);
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i += 1) await page.keyboard.press("ArrowRight");
    const wanted = answer.notApplicable ? "non-concerne" : answer.level;
    const now = await focused(page);
    assert.equal(now?.id, `${prefix}${wanted}`, `choix au clavier pour ${id}`);
    assert.ok(now.visibleFocus, "focus visible sur le bouton radio");
  }
}

const format = new Intl.NumberFormat("fr-FR", {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
export const formatMean = (value) =>
  value === null ? "—" : format.format(value);

/** The rows the profile table should show, from the package's `profile`. */
export function expectedProfileRows(result, groupFilter = () => true) {
  return result.groups
    .filter((group) => groupFilter(group))
    .map((group) => [
      group.label,
      formatMean(group.mean),
      `${group.answered} / ${group.items}`,
      String(group.notApplicable),
      String(group.unanswered),
    ]);
}

/** The package's profile of a set of answers. */
export function expectedProfile(instrument, answers, indicators) {
  const document = createDocument(instrument, {
    date: "2026-01-01T00:00:00.000Z",
    answers,
    ...(indicators ? { indicators } : {}),
  });
  return profile(document, instrument);
}

/** The body rows of the table whose caption starts with `caption`, as cell texts. */
export function tableRows(page, caption) {
  return page.evaluate((caption) => {
    const table = [...document.querySelectorAll("table")].find((t) =>
      t.caption?.textContent?.trim().startsWith(caption),
    );
    if (!table) return null;
    return [...table.tBodies[0].rows].map((row) =>
      [...row.cells].map((cell) => cell.textContent.trim()),
    );
  }, caption);
}

/** Makes `window.localStorage` throw, as in some private modes. Call before the page's scripts run. */
export const disableStorage = (context) =>
  context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Stockage refusé", "SecurityError");
      },
    });
  });

/** Answers some items with clicks (fast), for the tests that are not about the keyboard. */
export async function answerWithClicks(page, answers) {
  for (const [id, answer] of Object.entries(answers)) {
    const value = answer.notApplicable ? "non-concerne" : answer.level;
    await page.locator(`#${fieldId(id)}--${value}`).check();
  }
}

export const readStorage = (page, key) =>
  page.evaluate((key) => localStorage.getItem(key), key);

/** The same anchors as the page (`domainAnchor` in `src/components/auto-evaluation/ids.ts`). */
export const domainAnchor = (groupId) =>
  `domaine-${groupId.replace("/", "--")}`;

/** The time « Avant de commencer » announces: 20 s a question, rounded up to 5 minutes (ids.ts). */
export const estimatedMinutes = (questions) =>
  Math.max(5, Math.ceil((questions * 20) / 60 / 5) * 5);

/**
 * Goes to a step of the stepped tool through its link in the list of domains (« resultats » for the
 * results), and waits until it is on screen.
 */
export async function goToStep(page, step) {
  const anchor = step === "resultats" ? "resultats" : domainAnchor(step);
  await page.locator(`.ae-jump a[href="#${anchor}"]`).click();
  await page.waitForSelector(
    step === "resultats"
      ? "#resultats:not([hidden])"
      : `[data-ae-step-area] fieldset[data-group="${step}"]`,
  );
}

/** Answers with clicks in a stepped tool, one domain after the other (only one domain is on screen). */
export async function answerInSteps(page, instrument, answers) {
  for (const group of instrument.groups) {
    const mine = Object.fromEntries(
      Object.entries(answers).filter(([id]) => group.items.includes(id)),
    );
    if (Object.keys(mine).length === 0) continue;
    await goToStep(page, group.id);
    await answerWithClicks(page, mine);
  }
}

/** Counts the elements of the document (what Lighthouse’s « DOM size » counts). */
export const domElements = (page) =>
  page.evaluate(() => document.querySelectorAll("*").length);

export async function noAxeViolation(page, step) {
  const violations = await runAxe(page);
  assert.deepEqual(
    violations,
    [],
    `${step} :\n${formatViolations(violations)}`,
  );
}

/** Opens a tool page of the served site (`servedSite()`), and records the page's JavaScript errors. */
export async function openTool(site, path, options) {
  const view = await openPage(site.browser, site.server.url + path, {
    waitUntil: "networkidle",
    ...options,
  });
  view.errors = [];
  view.page.on("pageerror", (error) => view.errors.push(error.message));
  return view;
}

/** The tool has started (its script, engine included, runs at first view). */
export const ready = (page) =>
  page.waitForSelector("[data-ae-tool][data-ready]");

/**
 * The whole tool loads at first view, under the tool-page budget: nothing left to load on demand (so it
 * works offline once loaded), ≤ 36 Ko gzip in the build (the budget's own measure) and over the wire.
 */
export async function assertWholeToolAtFirstView(view, path) {
  const js = view.requests.filter((r) => r.type === "script");
  const bytes = js.reduce((sum, r) => sum + r.bytes, 0);
  assert.ok(
    bytes < TARGETS.toolFirstViewGzip,
    `JS au premier affichage : ${bytes} o`,
  );
  const html = await readFile(`${distDir}/${path}index.html`, "utf8");
  const measured = pageJs(distDir, html);
  assert.equal(
    measured.allGzip,
    measured.firstViewGzip,
    "aucun chargement à la demande",
  );
  assert.ok(
    measured.allGzip <= TARGETS.toolFirstViewGzip,
    `JS de la page : ${measured.allGzip} o gzip`,
  );
  assert.match(html, /<script type="application\/json" data-ae-instrument>/);
}

/** Closes a view opened by `openTool`: no request left localhost, no JavaScript error. */
export async function finish(view) {
  assert.deepEqual(view.external, [], "aucune requête hors de localhost");
  assert.deepEqual(view.errors, [], "aucune erreur JavaScript");
  await view.close();
}
