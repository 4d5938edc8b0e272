/**
 * « La fiche pour la personne »: `residentSheet()` of the orientation package, rendered after the
 * orientation, with the centre's settings. Loaded with `import()` once the orientation is shown:
 * the diagnostic's first view does not carry it. « Imprimer la fiche » prints the sheet alone
 * (the `rs-printing` class on <html>, see styles/resident-sheet.css); « Lire la fiche à voix
 * haute » reads it with a French voice.
 */
import type { Problem } from "@mediation-numerique/core";
import {
  residentSheet,
  type Recommendation,
  type ResidentSheet,
} from "@mediation-numerique/orientation";
import { h, NBSP } from "../ui";
import {
  fillCentreForm,
  loadCentre,
  saveCentre,
  showCentreProblems,
} from "./centre-settings";
import { pictogram } from "./pictograms";
import { offerReadAloud } from "./speech";
import type { ClientData, Tool } from "./types";

/** The class on <html> while the sheet prints: the print styles then show the sheet alone. */
export const PRINTING_CLASS = "rs-printing";

/**
 * From this many next steps, the sheet prints in 12 pt instead of 14 (the `rs-sheet-long` class,
 * styles/resident-sheet.css): the longest sheet still fits one A4 page.
 */
const LONG_SHEET_STEPS = 5;

const list = (sentences: readonly string[], className = "rs-lines") =>
  h("ul", { class: className }, ...sentences.map((s) => h("li", {}, s)));

const partHeading = (kind: Parameters<typeof pictogram>[0], title: string) => {
  const heading = h("h5", { class: "rs-part-title" });
  heading.append(pictogram(kind), h("span", {}, title));
  return heading;
};

/** A bring item's sources, for the mediator on screen only: the resident's sheet cites nothing. */
const sourcesOf = (
  item: ResidentSheet["parts"][2]["items"][number],
  documents: ClientData["documents"],
) =>
  h(
    "details",
    { class: "rs-source" },
    h("summary", {}, "Source"),
    ...item.sources.map((s) =>
      h(
        "p",
        {},
        `${documents[s.document] ?? s.document}, «${NBSP}${s.section}${NBSP}»`,
        s.quote ? `${NBSP}: «${NBSP}${s.quote}${NBSP}»` : "",
        s.interpretation ? ` Interprétation${NBSP}: ${s.interpretation}` : "",
      ),
    ),
  );

/** The sheet, in its reading order: title, the three parts, the centre's contact. */
function render(
  sheet: ResidentSheet,
  documents: ClientData["documents"],
): HTMLElement[] {
  const [knowHow, nextSteps, bring] = sheet.parts;
  return [
    h("h4", { id: "rs-title", class: "rs-title" }, sheet.title),
    h(
      "section",
      { class: "rs-part", "data-kind": knowHow.kind },
      partHeading(knowHow.kind, knowHow.title),
      list(knowHow.sentences),
    ),
    h(
      "section",
      { class: "rs-part", "data-kind": nextSteps.kind },
      partHeading(nextSteps.kind, nextSteps.title),
      h(
        "ol",
        { class: "rs-steps" },
        ...nextSteps.steps.map((step) =>
          h(
            "li",
            { class: "rs-step", "data-actor": step.actor },
            h("h6", {}, step.heading),
            list([...step.where, ...step.what, ...step.how]),
          ),
        ),
      ),
    ),
    h(
      "section",
      { class: "rs-part", "data-kind": bring.kind },
      partHeading(bring.kind, bring.title),
      h(
        "ul",
        { class: "rs-lines" },
        ...bring.items.map((item) =>
          h(
            "li",
            { class: "rs-bring-item" },
            item.text,
            sourcesOf(item, documents),
          ),
        ),
        ...bring.sentences.map((s) => h("li", {}, s)),
      ),
    ),
    ...(sheet.contact
      ? [
          h(
            "section",
            { class: "rs-part", "data-kind": sheet.contact.kind },
            partHeading(sheet.contact.kind, sheet.contact.title),
            h(
              "ul",
              { class: "rs-lines" },
              ...sheet.contact.lines.map((line) =>
                h(
                  "li",
                  {},
                  h("strong", {}, `${line.label}${NBSP}: `),
                  line.value,
                ),
              ),
            ),
          ),
        ]
      : []),
  ];
}

/** What read aloud says: the sheet's text, without the mediator's sources. */
function spokenText(article: HTMLElement): string {
  const copy = article.cloneNode(true) as HTMLElement;
  for (const source of copy.querySelectorAll(".rs-source")) source.remove();
  return [...copy.querySelectorAll("h4, h5, h6, li")]
    .map((element) =>
      element.matches("li") && element.querySelector("ul")
        ? ""
        : (element.textContent ?? "").trim(),
    )
    .filter(Boolean)
    .join("\n");
}

/** Prints the sheet alone, then gives the page back its own print (the mediator's record). */
export function printSheet(): void {
  const root = document.documentElement;
  root.classList.add(PRINTING_CLASS);
  window.addEventListener(
    "afterprint",
    () => root.classList.remove(PRINTING_CLASS),
    { once: true },
  );
  window.print();
}

interface SheetState {
  recommendations: Recommendation[];
}

const states = new WeakMap<Tool, SheetState>();

function fill(tool: Tool, state: SheetState): void {
  const { centre, problem } = loadCentre();
  const notice = tool.$(".rs-settings-problem");
  notice.textContent = problem ?? "";
  notice.hidden = problem === undefined;
  const sheet = residentSheet({
    ...(tool.result ? { diagnostic: tool.result } : {}),
    recommendations: state.recommendations,
    ...(centre ? { centre } : {}),
  });
  const article = tool.$(".rs-sheet");
  article.replaceChildren(...render(sheet, tool.data.documents));
  article.classList.toggle(
    "rs-sheet-long",
    sheet.parts[1].steps.length >= LONG_SHEET_STEPS,
  );
  tool.$(".rs").hidden = false;
}

/** The settings form, the print and read-aloud buttons: wired once per page. */
function wire(tool: Tool, state: SheetState): void {
  const form = tool.$<HTMLFormElement>(".rs-centre");
  fillCentreForm(form, loadCentre().centre);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const outcome = saveCentre(form);
    const problems: Problem[] = outcome.saved ? [] : outcome.problems;
    const first = showCentreProblems(form, problems);
    tool.$(".rs-saved").textContent = outcome.saved
      ? outcome.stored
        ? "Réglages enregistrés. La fiche est à jour."
        : "Ce navigateur refuse de garder les réglages. La fiche les montre jusqu’à la fermeture de la page."
      : "";
    if (first) first.focus();
    else fill(tool, state);
  });
  tool.$(".rs-print").addEventListener("click", printSheet);
  // No recommendation on screen (a new session, an erased one, a failed request): no sheet.
  const recos = tool.$(".dg-recos");
  new MutationObserver(() => {
    if (recos.childElementCount === 0) tool.$(".rs").hidden = true;
  }).observe(recos, { childList: true });
  offerReadAloud(tool.$(".rs-speak"), tool.$(".rs-no-voice"), () =>
    spokenText(tool.$(".rs-sheet")),
  );
}

/** Shows the sheet for these recommendations (called each time the orientation is rendered). */
export function showSheet(tool: Tool, recommendations: Recommendation[]): void {
  let state = states.get(tool);
  if (state) state.recommendations = recommendations;
  else {
    state = { recommendations };
    states.set(tool, state);
    wire(tool, state);
  }
  fill(tool, state);
}
