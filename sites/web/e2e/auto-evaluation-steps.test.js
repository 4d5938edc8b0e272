// The mediator self-assessment one domain at a time (issue 15), on a phone: keyboard only from « Avant de
// commencer » to the results, axe at every step, the size of a step, a reload mid-way, the back button; the
// charts of both tools read on a phone; « Avant de commencer » on both pages.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parse, trainingLeads } from "@mediation-numerique/auto-evaluation";
import { focused, servedSite, structure, tabUntil } from "./lib/browser.js";
import {
  STORAGE_KEYS,
  answerInSteps,
  answerWithClicks,
  answerWithKeyboard,
  assertWholeToolAtFirstView,
  domElements,
  domainAnchor,
  estimatedMinutes,
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
const PHONE = { viewport: { width: 360, height: 740 } };
const centre = getInstrument("centre");
const mediateur = getInstrument("mediateur");
const site = servedSite();

/** What the step shows: its position, the domain on screen, the buttons, the focus and the live region. */
const stepState = (page) =>
  page.evaluate(() => {
    const visible = (selector) => {
      const element = document.querySelector(selector);
      return element && !element.hidden ? element.textContent.trim() : null;
    };
    return {
      count: visible("[data-ae-step-count]"),
      progress: document.querySelector("[data-ae-step-progress]")?.value,
      domains: [...document.querySelectorAll("fieldset[data-group]")].map(
        (f) => f.dataset.group,
      ),
      checked: document.querySelectorAll("input[type=radio]:checked").length,
      previous: visible("[data-ae-previous]"),
      next: visible("[data-ae-next]"),
      hash: location.hash,
      live: document.querySelector("[data-ae-live]")?.textContent,
    };
  });

/** The heading of the domain on screen, as a screen reader reads it. */
const headingText = (page) =>
  page
    .locator("[data-ae-step-area] h2")
    .evaluate((h) => h.textContent.replace(/\s+/g, " ").trim());

/** Tab to the button `name` (« Domaine suivant »…), press Enter. */
async function pressButton(page, name, max = 20) {
  const button = await tabUntil(
    page,
    (info) => info.tag === "button" && info.text === name,
    { max },
  );
  assert.ok(button, `le bouton « ${name} » s’atteint au clavier`);
  await page.keyboard.press("Enter");
}

describe("auto-évaluation du médiateur·trice, un domaine à la fois", () => {
  test("au clavier seul à 360 × 740 : d’« Avant de commencer » aux pistes de formation, axe à chaque étape", async () => {
    const view = await openTool(site, MEDIATEUR, PHONE);
    const { page, context } = view;
    try {
      await assertWholeToolAtFirstView(view, MEDIATEUR);
      await ready(page);
      await context.setOffline(true); // the whole tool runs without the network once loaded
      const groups = mediateur.groups;
      assert.deepEqual(await stepState(page), {
        count: `Domaine 1 sur ${groups.length}`,
        progress: 1,
        domains: [groups[0].id],
        checked: 0,
        previous: null,
        next: "Domaine suivant",
        hash: "",
        live: "",
      });
      const first = await domElements(page);
      console.log(`Éléments du DOM, première étape : ${first}`);
      assert.ok(first < 500, `${first} éléments (2 141 sur une seule page)`);
      assert.equal((await structure(page)).horizontalScroll, false);
      await noAxeViolation(page, "page ouverte");

      // Unchecking CoNum / REMN takes its domains out of the steps; checking it again brings them back.
      const fcs93 = groups.filter(
        (g) => g.referentielId === "fcs93-competences",
      );
      assert.ok(
        await tabUntil(page, (i) => i.tag === "input" && i.type === "checkbox"),
      );
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      assert.equal(
        (await stepState(page)).count,
        `Domaine 1 sur ${fcs93.length}`,
      );
      assert.ok(
        await page.locator(".ae-jump [data-referentiel=conum-remn]").isHidden(),
      );
      await noAxeViolation(page, "un seul référentiel");
      await page.keyboard.press("Space");
      assert.equal(
        (await stepState(page)).count,
        `Domaine 1 sur ${groups.length}`,
      );

      // « Commencer »: the focus goes to the first domain's heading.
      const start = await tabUntil(
        page,
        (i) => i.tag === "a" && i.text === "Commencer",
        { max: 5 },
      );
      assert.ok(start, "« Commencer » suit le choix des référentiels");
      await page.keyboard.press("Enter");

      const answers = plannedAnswers(mediateur);
      let largest = 0;
      for (const [index, group] of groups.entries()) {
        const state = await stepState(page);
        const position = `Domaine ${index + 1} sur ${groups.length}`;
        assert.equal(state.count, position);
        assert.equal(state.progress, index + 1);
        assert.deepEqual(
          state.domains,
          [group.id],
          "un seul domaine à l’écran",
        );
        assert.equal(state.checked, 0, "aucune réponse présélectionnée");
        assert.equal(state.hash, `#${domainAnchor(group.id)}`);
        assert.equal(state.previous, index ? "Domaine précédent" : null);
        const now = await focused(page);
        assert.equal(now?.tag, "h2", `focus sur le titre du domaine ${index}`);
        const heading = await headingText(page);
        assert.ok(heading.endsWith(group.label), heading);
        // Announced politely (role="status"), in the next frame.
        await page.waitForFunction(
          (said) =>
            document.querySelector("[data-ae-live]").textContent === said,
          `${position}.`,
          { timeout: 2000 },
        );
        largest = Math.max(largest, await domElements(page));
        await noAxeViolation(page, position);
        await answerWithKeyboard(page, mediateur, answers, group.items);
        const last = index === groups.length - 1;
        assert.equal(
          state.next,
          last ? "Voir les résultats" : "Domaine suivant",
        );
        await pressButton(page, state.next);
      }
      console.log(`Éléments du DOM, plus grande étape : ${largest}`);
      assert.ok(largest < 600, `${largest} éléments`);

      // The results, last step: focus on them, computed as the package computes them.
      assert.equal((await focused(page))?.id, "resultats");
      const state = await stepState(page);
      assert.equal(state.hash, "#resultats");
      assert.equal(state.next, null);
      assert.deepEqual(state.domains, []);
      await noAxeViolation(page, "résultats");
      const result = expectedProfile(mediateur, answers);
      assert.deepEqual(
        await tableRows(page, "Profil par domaine"),
        expectedProfileRows(result),
      );
      const leads = await page.locator(".ae-lead h4").allInnerTexts();
      assert.deepEqual(
        leads,
        trainingLeads(result).map((lead) => lead.label),
      );
      assert.ok(leads.length > 0);
      const saved = parse(await readStorage(page, STORAGE_KEYS.mediateur));
      assert.deepEqual(saved.answers, answers);

      // « Domaine précédent » from the results: the last domain, its answers kept.
      await pressButton(page, "Domaine précédent", 150);
      const back = await stepState(page);
      assert.deepEqual(back.domains, [groups.at(-1).id]);
      assert.equal(back.checked, groups.at(-1).items.length);
    } finally {
      await finish(view);
    }
  });

  test("un rechargement à mi-chemin reprend à la même étape, toutes les réponses gardées ; le bouton Retour revient d’une étape", async () => {
    const view = await openTool(site, MEDIATEUR, PHONE);
    const { page } = view;
    try {
      await ready(page);
      const [one, two, three, four] = mediateur.groups;
      const answers = plannedAnswers(mediateur);
      const given = Object.fromEntries(
        [...one.items, ...two.items, ...three.items].map((id) => [
          id,
          answers[id],
        ]),
      );
      await page.locator("[data-ae-start]").click();
      await answerWithClicks(page, {
        [one.items[0]]: given[one.items[0]],
      });
      await page.locator("[data-ae-next]").click();
      await answerInSteps(page, mediateur, given);
      await goToStep(page, four.id);
      await page.reload({ waitUntil: "networkidle" });
      await ready(page);
      const state = await stepState(page);
      assert.equal(state.count, `Domaine 4 sur ${mediateur.groups.length}`);
      assert.deepEqual(state.domains, [four.id]);
      assert.equal(
        await page.locator("[data-ae-start]").innerText(),
        "Reprendre",
      );
      // « Reprendre »: the first domain with an item left.
      await page.locator("[data-ae-start]").click();
      assert.deepEqual((await stepState(page)).domains, [four.id]);
      const saved = parse(await readStorage(page, STORAGE_KEYS.mediateur));
      assert.deepEqual(
        Object.fromEntries(
          Object.entries(saved.answers).filter(
            ([, answer]) => Object.keys(answer).length > 0,
          ),
        ),
        given,
      );
      await page.goBack();
      await page.waitForSelector(
        `[data-ae-step-area] fieldset[data-group="${three.id}"]`,
      );
      for (const id of three.items) {
        const value = given[id].notApplicable
          ? "non-concerne"
          : given[id].level;
        assert.ok(
          await page
            .locator(`#q-${id.replace("/", "--")}--${value}`)
            .isChecked(),
          `${id} : réponse gardée`,
        );
      }
    } finally {
      await finish(view);
    }
  });
});

describe("les graphiques se lisent sur un téléphone", () => {
  for (const [name, path, instrument, title] of [
    ["médiateur·trice", MEDIATEUR, mediateur, "Votre profil par domaine"],
    ["centre", CENTRE, centre, "Maturité par domaine"],
  ])
    test(`${name} : libellés entiers, valeurs visibles, un nom accessible`, async () => {
      const view = await openTool(site, path, PHONE);
      const { page } = view;
      try {
        await ready(page);
        const answers = plannedAnswers(instrument, [3, 1, "na", 0]);
        if (instrument === mediateur) {
          await answerInSteps(page, instrument, answers);
          await goToStep(page, "resultats");
        } else await answerWithClicks(page, answers);
        const chart = page.getByRole("img", { name: title });
        assert.equal(await chart.count(), 1, "le SVG porte le nom du titre");
        assert.ok(await page.getByRole("heading", { name: title }).isVisible());
        const measures = await chart.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          return {
            describedBy: document.getElementById(
              svg.getAttribute("aria-describedby"),
            )?.textContent,
            lines: [...svg.querySelectorAll("text")].map((text) => {
              const r = text.getBoundingClientRect();
              return {
                text: text.textContent,
                fits: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
              };
            }),
          };
        });
        assert.match(measures.describedBy ?? "", /Moyenne par domaine/);
        for (const line of measures.lines)
          assert.ok(line.fits, `« ${line.text} » tient dans le graphique`);
        // Every label whole, its value after it, in the order of the package's profile.
        const text = measures.lines.map((l) => l.text).join(" ");
        assert.doesNotMatch(text, /…/);
        const result = expectedProfile(instrument, answers);
        const expected = result.groups
          .map(
            (g) =>
              `${g.label} : ${g.mean === null ? "non évalué" : `${formatMean(g.mean)} sur ${result.maxScore}`}`,
          )
          .join(" ");
        assert.equal(text.replace(/\u00a0/g, " "), expected);
        // No text cut (an ellipsis, or a box that clips its text) in the results or the list of domains;
        // a wide table scrolls, it does not clip.
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll("#resultats *, .ae-jump *, .ae-toc *")]
            .filter((e) => !e.closest(".visually-hidden, svg"))
            .filter((e) => {
              const style = getComputedStyle(e);
              const clips = /hidden|clip/.test(style.overflowX);
              return (
                style.textOverflow === "ellipsis" ||
                (clips && e.scrollWidth > e.clientWidth + 1)
              );
            })
            .map((e) => e.outerHTML.slice(0, 80)),
        );
        assert.deepEqual(cut, []);
        assert.equal((await structure(page)).horizontalScroll, false);
        await noAxeViolation(page, `résultats (${name})`);
      } finally {
        await finish(view);
      }
    });
});

describe("« Avant de commencer »", () => {
  for (const [name, path, questions] of [
    ["médiateur·trice", MEDIATEUR, mediateur.items.length],
    // The centre's items and its 21 structural indicators.
    ["centre", CENTRE, centre.items.length + 21],
  ])
    test(`${name} : ce que c’est, la durée comptée, ce qu’il faut, où restent les réponses, et l’entrée`, async () => {
      const view = await openTool(site, path, PHONE);
      const { page } = view;
      try {
        await ready(page);
        const box = page.locator(".ae-start");
        const text = (await box.innerText()).replace(/\s+/g, " ");
        assert.match(text, /^Avant de commencer /);
        assert.deepEqual(await box.locator(".ae-facts dt").allInnerTexts(), [
          "Ce que c’est",
          "Durée",
          "Ce qu’il vous faut",
          "Vos réponses",
        ]);
        assert.ok(
          text.includes(
            `Environ ${estimatedMinutes(questions)} minutes : ${questions} questions, à environ 20 secondes chacune.`,
          ),
          text,
        );
        assert.match(text, /dans ce navigateur, sur cet appareil/);
        assert.doesNotMatch(text, /localStorage|sessionStorage|JSON/);
        // Short on a phone: the way in shows within two screens of the top.
        const link = await page.locator("[data-ae-start]").boundingBox();
        assert.ok(link.y < 2 * 740, `« Commencer » à ${Math.round(link.y)} px`);
        assert.ok(link.height >= 44);
        // The rest is folded.
        assert.equal(await page.locator(".ae-more").getAttribute("open"), null);
      } finally {
        await finish(view);
      }
    });
});
