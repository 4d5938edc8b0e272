/**
 * The orientation form: the mediator describes the person's request, the orientation package checks
 * it (`parseSituation`) and proposes where to go (`orient`, rendered by `./orientation`).
 */
import {
  OrientationInputError,
  parseSituation,
} from "@mediation-numerique/orientation";
import { NBSP } from "../ui";
import { orientationProblems } from "./problems";
import { loadCoopValues } from "./results";
import type { Request, Shown, Tool } from "./types";

const formOf = (tool: Tool) => tool.$<HTMLFormElement>(".dg-request");

/** The facts a mediator may not know; each is left out of the request when unanswered. */
const FACTS = ["urgent", "hasTime", "wantsToLearn"] as const;

/** The list of places shows once the mediator says they know what exists near the person. */
function showNearbyList(tool: Tool): void {
  const known = tool.querySelector<HTMLInputElement>(
    'input[name="nearbyKnown"][value="true"]',
  );
  tool.$(".dg-nearby-list").hidden = !known?.checked;
}

/** Puts the saved request back in the form; a fact the request leaves out stays unanswered. */
export function fillRequest(tool: Tool): void {
  const request = tool.session.request;
  const form = formOf(tool);
  form.reset();
  if (request) {
    for (const input of form.querySelectorAll<HTMLInputElement>("input")) {
      if (input.name === "needs")
        input.checked = request.needs.some((need) => need === input.value);
      else if (input.name === "nearby")
        input.checked =
          request.nearby?.some((actor) => actor === input.value) ?? false;
      else if (input.name === "nearbyKnown")
        input.checked = input.value === "true" && request.nearby !== undefined;
      else if (FACTS.some((fact) => fact === input.name))
        input.checked =
          String(request[input.name as (typeof FACTS)[number]]) === input.value;
    }
    tool.$<HTMLSelectElement>("#dg-procedure").value = request.procedure ?? "";
  }
  showNearbyList(tool);
}

/**
 * The form as the orientation package reads it. Whatever was not answered is left out (the package
 * reads an absent fact as « not asked »): a fact answered « Je ne sais pas » or not at all, the places
 * near the person unless the mediator knows them, an empty procedure.
 */
function readForm(tool: Tool) {
  const values = new FormData(formOf(tool));
  const known = FACTS.flatMap((fact) => {
    const value = values.get(fact);
    return value === "true" || value === "false"
      ? [[fact, value === "true"] as const]
      : [];
  });
  const procedure = String(values.get("procedure") ?? "");
  return {
    needs: values.getAll("needs").map(String),
    ...Object.fromEntries(known),
    ...(values.get("nearbyKnown") === "true"
      ? { nearby: values.getAll("nearby").map(String) }
      : {}),
    ...(procedure ? { procedure } : {}),
  };
}

/** Checks the request, saves it, and renders the package's recommendations. */
function orient(tool: Tool, focus: boolean): void {
  const form = readForm(tool);
  const error = tool.$("#dg-needs-error");
  if (form.needs.length === 0) {
    error.textContent = `Cochez au moins un besoin${NBSP}: ce que la personne demande.`;
    tool.$<HTMLInputElement>('.dg-request input[name="needs"]').focus();
    return;
  }
  error.textContent = "";
  let request: Request;
  try {
    request = parseSituation(form);
  } catch (problem) {
    tool.alert(
      problem instanceof OrientationInputError
        ? `La demande n’a pas pu être lue${NBSP}: ${orientationProblems(problem)}`
        : String(problem),
    );
    return;
  }
  tool.session.request = request;
  tool.save();
  const target = tool.$(".dg-recos");
  // The orientation step loads with its rules when it is used: off the page's first view.
  import("./orientation").then(
    ({ orientAndRender }) => {
      try {
        const count = orientAndRender(
          request,
          tool.result?.overall.level ?? null,
          tool.data,
          target,
        );
        tool.dataset.oriented = "";
        loadCoopValues(tool);
        if (focus) {
          target.querySelector<HTMLElement>("h3")?.focus();
          tool.say(
            `${count} proposition${count > 1 ? "s" : ""} d’orientation.`,
          );
        }
      } catch (problem) {
        target.replaceChildren();
        tool.alert(
          problem instanceof Error
            ? problem.message
            : `L’orientation n’a pas pu être calculée.`,
        );
      }
    },
    () =>
      tool.alert(
        "Les propositions d’orientation n’ont pas pu être chargées. Rechargez la page.",
      ),
  );
}

/** « Proposer une orientation » submits the form. */
export function wireOrientationForm(tool: Tool): void {
  formOf(tool).addEventListener("submit", (event) => {
    event.preventDefault();
    orient(tool, true);
  });
  formOf(tool).addEventListener("change", (event) => {
    if ((event.target as HTMLInputElement).name === "nearbyKnown")
      showNearbyList(tool);
  });
}

/** Clears the recommendations on screen (a new session, or an erased one). */
export function clearRecommendations(tool: Tool): void {
  tool.$(".dg-recos").replaceChildren();
  delete tool.dataset.oriented;
}

/** The orientation step; on page load, a saved request shows its recommendations again. */
export function showOrientation(tool: Tool, focus: boolean): Shown {
  if (tool.session.request && !focus) orient(tool, false);
  return {
    heading: tool.$("#dg-orientation-title"),
    message: `Orientation${NBSP}: décrivez la demande de la personne.`,
  };
}
