/**
 * One domain at a time (a `stepped` tool, see Tool.astro). The step is the address’s fragment
 * (`#domaine-…`, `#resultats`): a reload comes back to it, the browser’s Back button goes to the previous
 * step, and the links of the domain list are plain links. On a step change the domain leaves the form for
 * its <template> (its answers with it, and they are saved already) and the next one comes in; the focus
 * goes to its heading and a polite live region says where the person is.
 */
import { domainAnchor } from "../../components/auto-evaluation/ids";
import type { ToolContext } from "./tool";

const RESULTS = "resultats";

/**
 * Starts the steps of a tool started by `startTool`. `groups()` gives the domains to go through, in order
 * (the mediator’s chosen référentiels); call the returned function when they change.
 */
export function startSteps(
  context: ToolContext,
  groups: () => string[],
): () => void {
  const { root } = context;
  const $ = <E extends HTMLElement>(selector: string) =>
    root.querySelector<E>(selector)!;
  const area = $("[data-ae-step-area]");
  const box = $("[data-ae-step]");
  const head = $("[data-ae-step-head]");
  const count = $("[data-ae-step-count]");
  const bar = $<HTMLProgressElement>("[data-ae-step-progress]");
  const results = $("#resultats");
  const previous = $<HTMLButtonElement>("[data-ae-previous]");
  const next = $<HTMLButtonElement>("[data-ae-next]");
  const start = root.querySelector<HTMLAnchorElement>("[data-ae-start]");
  const anchorOf = (step: string) =>
    step === RESULTS ? RESULTS : domainAnchor(step);
  /** The step of an address fragment (`#domaine-…`), if it is one. */
  const stepOf = (hash: string) =>
    steps().find((step) => `#${anchorOf(step)}` === hash);
  const template = (group: string) =>
    root.querySelector<HTMLTemplateElement>(
      `template[data-ae-domain="${group}"]`,
    )!;
  const steps = () => [...groups(), RESULTS];
  let current = "";

  const show = (step: string | undefined, moveFocus: boolean) => {
    const list = steps();
    if (!step || !list.includes(step)) step = list[0]!;
    const index = list.indexOf(step);
    const domains = list.length - 1;
    if (step !== current) {
      const leaving = area.querySelector<HTMLElement>("fieldset[data-group]");
      if (leaving) template(leaving.dataset.group!).content.append(leaving);
      if (step !== RESULTS) {
        const domain = template(step).content.firstElementChild as HTMLElement;
        domain.hidden = false; // hidden by a choice of référentiels made while it waited
        area.append(domain);
      }
      current = step;
    }
    results.hidden = step !== RESULTS;
    head.hidden = step === RESULTS; // the results have their own heading
    if (step === RESULTS) context.refresh(); // the results are built when they show
    const position =
      step === RESULTS ? "Résultats" : `Domaine ${index + 1} sur ${domains}`;
    count.textContent = position;
    bar.max = domains;
    bar.value = index + 1;
    previous.hidden = index === 0;
    next.hidden = step === RESULTS;
    next.textContent =
      index === domains - 1 ? "Voir les résultats" : "Domaine suivant";
    root.querySelectorAll(".ae-jump a").forEach((link) => {
      if (link.getAttribute("href") === `#${anchorOf(step)}`)
        link.setAttribute("aria-current", "step");
      else link.removeAttribute("aria-current");
    });
    if (!moveFocus) return;
    const heading = area.querySelector<HTMLElement>("h2") ?? results;
    box.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
    // The heading, focused, says the domain; the live region says where it is.
    context.say(`${position}.`);
  };

  /** Goes to a step and writes it in the address (a new history entry: Back comes back). */
  const go = (step: string | undefined) => {
    const hash = `#${anchorOf(step!)}`;
    if (location.hash !== hash) history.pushState(null, "", hash);
    show(step, true);
  };

  root.addEventListener("click", (event) => {
    const target = event.target as Element;
    // « Domaine précédent », « Domaine suivant ».
    const by = target === previous ? -1 : target === next ? 1 : 0;
    const list = steps();
    if (by) go(list[list.indexOf(current) + by]);
    const link = target.closest<HTMLAnchorElement>("a[href^='#']");
    if (!link) return;
    // « Commencer »: the first domain with an item left (the profile covers the chosen référentiels);
    // no profile yet, no answer yet: the first domain.
    const done = context.profile();
    const step =
      link === start
        ? done
          ? (done.groups.find((g) => g.answered + g.notApplicable < g.items)
              ?.group ?? RESULTS)
          : list[0]
        : stepOf(link.hash);
    if (!step) return;
    event.preventDefault();
    go(step);
  });
  // Back to the page as it opened (no fragment): the first step, the browser puts the page back as it was.
  window.addEventListener("popstate", () => {
    const step = stepOf(location.hash);
    show(step, !!step);
  });

  const fromStart = stepOf(location.hash);
  show(fromStart, false);
  if (fromStart) box.scrollIntoView({ block: "start" });
  const done = context.profile()?.overall;
  if (start && done && done.answered + done.notApplicable > 0)
    start.textContent = "Reprendre";
  // A change of référentiels: the same step if it is still one, else the first.
  return () => show(current, false);
}
