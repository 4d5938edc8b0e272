// Helpers for the diagnostic tool's tests (e2e/diagnostic.test.js).
import {
  AUTONOMY_LEVELS,
  AUTONOMY_LEVEL_LABELS,
  QUESTIONNAIRE,
  SKIPPED,
  coopValuesFromDiagnostic,
  explainInFrench,
  score,
} from "@mediation-numerique/diagnostic";
import { coopReportLines } from "@mediation-numerique/orientation";
import { focused, tabUntil } from "./lib/browser.js";

export const STORAGE_KEY = "mediation-numerique:diagnostic";

/**
 * A varied, deterministic set of answers: option `i mod (n + 1)` of each question, where the
 * extra index is « Je ne sais pas » (skipped). Returns the option index and the answers document.
 */
export function answerPlan(shift = 0) {
  const plan = QUESTIONNAIRE.questions.map((q, i) => {
    const index = (i + shift) % (q.options.length + 1);
    return {
      id: q.id,
      index,
      value: index === q.options.length ? SKIPPED : q.options[index].id,
    };
  });
  const answers = {
    questionnaireId: QUESTIONNAIRE.id,
    questionnaireVersion: QUESTIONNAIRE.version,
    answers: Object.fromEntries(plan.map((p) => [p.id, p.value])),
  };
  return { plan, answers };
}

/** What the results section must show for these answers, from the package's `score`. */
export function expectedResults(answers) {
  const result = score(QUESTIONNAIRE, answers);
  const label = (level) =>
    level === null ? null : AUTONOMY_LEVEL_LABELS[level].label;
  return {
    result,
    overall: label(result.overall.level),
    domains: result.domains.map((d) => ({
      id: d.domainId,
      level: label(d.level),
      percent: d.percent === null ? "—" : `${d.percent}\u202f%`,
    })),
    // Each domain's level in words, then what each level reached means: the package's labels.
    domainSentences: result.domains.map((d) => [
      d.domainId,
      `${QUESTIONNAIRE.domains.find((x) => x.id === d.domainId).label} : ` +
        (d.level === null
          ? "Pas encore de repère (aucune réponse)."
          : `${AUTONOMY_LEVEL_LABELS[d.level].label}.`),
    ]),
    levelMeanings: AUTONOMY_LEVELS.filter((level) =>
      result.domains.some((d) => d.level === level),
    ).map((level) => [
      AUTONOMY_LEVEL_LABELS[level].label,
      AUTONOMY_LEVEL_LABELS[level].description,
    ]),
    obstacles: result.obstacles.map((o) => o.obstacleId),
    // La Coop's labels, not its codes: the package's lines for the diagnostic alone.
    coop: coopReportLines({ diagnostic: coopValuesFromDiagnostic(result) }).map(
      (line) => [line.label, line.value],
    ),
    explanation: explainInFrench(QUESTIONNAIRE, result).map((e) => [
      e.scope,
      e.text,
    ]),
  };
}

/** What the results section shows, in the same shape as `expectedResults` (without `result`). */
export async function shownResults(page) {
  // La Coop's values load with the results, from their own file.
  await page.waitForSelector(
    ".dg-coop-section:not([hidden]) .dg-coop-lines dt",
  );
  return page.evaluate(() => {
    const tool = document.querySelector("diagnostic-tool");
    const level = tool.querySelector(".dg-results .dg-level").textContent;
    return {
      overallText: level,
      domains: [...tool.querySelectorAll(".dg-domains tbody tr")].map((tr) => ({
        id: tr.dataset.domain,
        level: tr.cells[1].textContent,
        percent: tr.cells[2].textContent,
      })),
      domainSentences: [...tool.querySelectorAll("[data-domain-level]")].map(
        (li) => [
          li.dataset.domainLevel,
          li.textContent.replace(/[\u00a0\u202f]/g, " "),
        ],
      ),
      levelMeanings: [...tool.querySelectorAll(".dg-level-meanings dt")].map(
        (dt) =>
          [dt.textContent, dt.nextElementSibling.textContent].map((t) =>
            t.replace(/[\u00a0\u202f]/g, " "),
          ),
      ),
      obstacles: [...tool.querySelectorAll("[data-obstacle]")].map(
        (li) => li.dataset.obstacle,
      ),
      coop: [...tool.querySelectorAll(".dg-coop-lines dt")].map((dt) => [
        dt.textContent,
        dt.nextElementSibling.textContent,
      ]),
      explanation: [...tool.querySelectorAll(".dg-explain li")].map((li) => [
        li.dataset.scope,
        li.textContent,
      ]),
    };
  });
}

/** Compares the shown results with the package's; returns the differences (empty when equal). */
export function compareResults(shown, expected) {
  const problems = [];
  if (
    expected.overall === null
      ? !shown.overallText.startsWith("Pas encore de repère")
      : !shown.overallText.startsWith(expected.overall)
  )
    problems.push(`global : « ${shown.overallText} » ≠ ${expected.overall}`);
  const expectedDomains = expected.domains.map((d) => ({
    id: d.id,
    level: d.level ?? "Pas encore de repère (aucune réponse)",
    percent: d.percent,
  }));
  if (JSON.stringify(shown.domains) !== JSON.stringify(expectedDomains))
    problems.push(
      `domaines : ${JSON.stringify(shown.domains)} ≠ ${JSON.stringify(expectedDomains)}`,
    );
  // The page puts no-break spaces where French typography wants them: compared as plain spaces.
  const plainSentences = expected.domainSentences.map(([id, text]) => [
    id,
    text.replace(/[\u00a0\u202f]/g, " "),
  ]);
  if (JSON.stringify(shown.domainSentences) !== JSON.stringify(plainSentences))
    problems.push(
      `phrases par domaine : ${JSON.stringify(shown.domainSentences)} ≠ ${JSON.stringify(plainSentences)}`,
    );
  const plainMeanings = expected.levelMeanings.map((pair) =>
    pair.map((t) => t.replace(/[\u00a0\u202f]/g, " ")),
  );
  if (
    plainMeanings.length === 0 ||
    JSON.stringify(shown.levelMeanings) !== JSON.stringify(plainMeanings)
  )
    problems.push(
      `sens des repères : ${JSON.stringify(shown.levelMeanings)} ≠ ${JSON.stringify(plainMeanings)}`,
    );
  if (JSON.stringify(shown.obstacles) !== JSON.stringify(expected.obstacles))
    problems.push(`freins : ${shown.obstacles} ≠ ${expected.obstacles}`);
  if (JSON.stringify(shown.coop) !== JSON.stringify(expected.coop))
    problems.push(
      `La Coop : ${JSON.stringify(shown.coop)} ≠ ${JSON.stringify(expected.coop)}`,
    );
  if (
    expected.explanation.length === 0 ||
    JSON.stringify(shown.explanation) !== JSON.stringify(expected.explanation)
  )
    problems.push(
      `explication : ${JSON.stringify(shown.explanation)} ≠ ${JSON.stringify(expected.explanation)}`,
    );
  return problems;
}

/** The ID of the question on screen, or null (the introduction, the results or the orientation). */
export const currentQuestion = (page) =>
  page.evaluate(
    () =>
      document.querySelector(
        ".dg-questions:not([hidden]) fieldset.dg-q:not([hidden])",
      )?.dataset.id ?? null,
  );

/** Whether the introduction and its « Commencer le diagnostic » button are on screen. */
export const onStartScreen = (page) =>
  page.evaluate(() => {
    const visible = (s) => document.querySelector(s)?.offsetParent != null;
    return visible(".dg-intro") && visible(".dg-start");
  });

/**
 * Answers the question on screen with the keyboard only: Tab into the radio group, Space on the
 * first option, arrows down to option `index`, then Tab to « Question suivante » and Enter.
 */
export async function answerWithKeyboard(page, index) {
  const radio = await tabUntil(
    page,
    (info) => info.tag === "input" && info.type === "radio",
    { max: 20 },
  );
  if (!radio) throw new Error("aucun bouton radio atteint avec Tab");
  await page.keyboard.press("Space");
  for (let i = 0; i < index; i += 1) await page.keyboard.press("ArrowDown");
  const next = await tabUntil(
    page,
    (info) => info.text === "Question suivante",
    {
      max: 5,
    },
  );
  if (!next) throw new Error("« Question suivante » non atteint avec Tab");
  if (!next.visibleFocus) throw new Error("focus invisible sur le bouton");
  await page.keyboard.press("Enter");
}

/** The name and value of the focused form field, or null. */
const focusedField = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e?.name
      ? { name: e.name, value: e.value, checked: e.checked }
      : null;
  });

/**
 * Chooses `value` in the radio group `name` with the keyboard: Tab into the group (nothing is
 * checked, so Tab stops on its first radio), Space, then the arrows down to `value`.
 */
export async function chooseWithKeyboard(page, name, value) {
  let field = null;
  for (let n = 0; n < 40 && field?.name !== name; n += 1) {
    await page.keyboard.press("Tab");
    field = await focusedField(page);
  }
  if (field?.name !== name) throw new Error(`groupe « ${name} » non atteint`);
  await page.keyboard.press("Space");
  field = await focusedField(page);
  for (let n = 0; n < 5 && field.value !== value; n += 1) {
    await page.keyboard.press("ArrowDown");
    field = await focusedField(page);
  }
  if (field.value !== value || !field.checked)
    throw new Error(`« ${value} » non choisi dans « ${name} »`);
}

/** Ticks the box `name` = `value` with the keyboard: Tab to it, then Space. */
export async function tickWithKeyboard(page, name, value) {
  for (let n = 0; n < 40; n += 1) {
    await page.keyboard.press("Tab");
    const field = await focusedField(page);
    if (field?.name === name && field.value === value) {
      await page.keyboard.press("Space");
      return;
    }
  }
  throw new Error(`case « ${value} » non atteinte`);
}

/** Answers every remaining question with the mouse-free DOM API (fast path for the non-keyboard tests). */
export async function answerAll(page, plan) {
  if (await onStartScreen(page)) await page.click(".dg-start");
  for (const { id, value } of plan) {
    if ((await currentQuestion(page)) !== id) continue;
    await page.check(`fieldset[data-id="${id}"] input[value="${value}"]`);
    await page.click(".dg-nav button[type=submit]");
  }
}

/** An init script that makes both Web Storage areas throw, as private modes and locked-down browsers do. */
export function refuseStorage() {
  for (const name of ["localStorage", "sessionStorage"])
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException("refusé", "SecurityError");
      },
    });
}

/** An init script that removes speech synthesis, as in browsers without it. */
export function noSpeech() {
  for (const target of [window, Window.prototype]) {
    delete target.speechSynthesis;
    delete target.SpeechSynthesisUtterance;
  }
}

/**
 * An init script that gives the page one fake voice in `lang` (none when `lang` is null) and records
 * what is spoken. With `delay` (ms), the voice list starts empty and fills later, with a
 * `voiceschanged` event, as browsers load their voices.
 */
export function fakeVoice({ lang, delay = 0 }) {
  const spoken = [];
  window.__spoken = spoken;
  const synth = new EventTarget();
  const voices = lang ? [{ lang, name: `Voix ${lang}`, default: true }] : [];
  let loaded = delay === 0;
  synth.getVoices = () => (loaded ? voices : []);
  synth.speak = (u) => spoken.push({ text: u.text, lang: u.lang });
  synth.cancel = () => {};
  if (!loaded)
    setTimeout(() => {
      loaded = true;
      synth.dispatchEvent(new Event("voiceschanged"));
    }, delay);
  Object.defineProperty(window, "speechSynthesis", {
    value: synth,
    configurable: true,
  });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
      this.lang = "";
      this.voice = null;
      this.rate = 1;
    }
  };
}

/**
 * An init script that records, in `window.__readAloud`, each state the read-aloud control goes
 * through (« button », « note » or « none »), to catch a note that flashes before the button.
 */
export function recordReadAloud() {
  window.__readAloud = [];
  const state = () => {
    const button = document.querySelector(".dg-speak");
    const note = document.querySelector(".dg-no-voice");
    if (!button || !note) return null;
    return !button.hidden ? "button" : !note.hidden ? "note" : "none";
  };
  new MutationObserver(() => {
    const now = state();
    if (now && window.__readAloud.at(-1) !== now) window.__readAloud.push(now);
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["hidden"],
  });
}

/** Words that name the browser's machinery, which mediators and residents must never read. */
export const TECHNICAL_WORDS =
  /sessionStorage|localStorage|\bJSON\b|mediation-numerique:/;

/** The technical words in the page's visible text (`innerText` of the body), or [] when there are none. */
export const technicalWordsShown = (page) =>
  page.evaluate(
    (source) => document.body.innerText.match(new RegExp(source, "g")) ?? [],
    TECHNICAL_WORDS.source,
  );

export { focused, QUESTIONNAIRE };
