/**
 * The orientation form: the mediator describes the person's request, the orientation package checks
 * it (`parseSituation`) and proposes where to go (`orient`, rendered by `./orientation`).
 */
import {
  OrientationInputError,
  parseSituation,
} from "@mediation-numerique/orientation";
import { NBSP } from "../ui";
import { orientAndRender, orientationProblems } from "./orientation";
import type { Request, Shown, Tool } from "./types";

const formOf = (tool: Tool) => tool.$<HTMLFormElement>(".dg-request");

/** Puts the saved request back in the form, or resets the form when there is none. */
export function fillRequest(tool: Tool): void {
  const request = tool.session.request;
  const form = formOf(tool);
  if (!request) {
    form.reset();
    return;
  }
  for (const input of form.querySelectorAll<HTMLInputElement>("input")) {
    if (input.name === "needs")
      input.checked = request.needs.some((need) => need === input.value);
    else if (input.name === "nearby")
      // Absent means every actor exists near the person.
      input.checked =
        request.nearby?.some((actor) => actor === input.value) ?? true;
    else
      input.checked = String(request[input.name as "urgent"]) === input.value;
  }
  tool.$<HTMLSelectElement>("#dg-procedure").value = request.procedure ?? "";
}

/** The form as the orientation package reads it: an empty procedure means absent. */
function readForm(tool: Tool) {
  const values = new FormData(formOf(tool));
  const procedure = String(values.get("procedure") ?? "");
  return {
    needs: values.getAll("needs").map(String),
    nearby: values.getAll("nearby").map(String),
    urgent: values.get("urgent") === "true",
    hasTime: values.get("hasTime") === "true",
    wantsToLearn: values.get("wantsToLearn") === "true",
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
  try {
    const count = orientAndRender(
      request,
      tool.result?.overall.level ?? null,
      tool.data,
      target,
    );
    tool.dataset.oriented = "";
    if (focus) {
      target.querySelector<HTMLElement>("h3")?.focus();
      tool.say(`${count} proposition${count > 1 ? "s" : ""} d’orientation.`);
    }
  } catch (problem) {
    target.replaceChildren();
    tool.alert(
      problem instanceof Error
        ? problem.message
        : `L’orientation n’a pas pu être calculée.`,
    );
  }
}

/** « Proposer une orientation » submits the form. */
export function wireOrientationForm(tool: Tool): void {
  formOf(tool).addEventListener("submit", (event) => {
    event.preventDefault();
    orient(tool, true);
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
