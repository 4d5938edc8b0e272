/** The centre self-assessment: items of the référentiel d’action, structural indicators and survey figures. */
import {
  INDICATOR_PARTS,
  indicatorProblems,
  parse,
  type AssessmentDocument,
  type CentreIndicators,
  type IndicatorId,
  type IndicatorValue,
  type Problem,
} from "@mediation-numerique/auto-evaluation/engine";
import { centreResults } from "./centre-results";
import {
  nextTask,
  problemsOf,
  readInstrument,
  startTool,
  type ToolContext,
} from "./tool";

/** The indicators as read from the form: possibly invalid until the package’s `parse` has checked them. */
type Indicators = Partial<Record<IndicatorId, IndicatorValue>>;

const indicatorOf = (field: HTMLElement): IndicatorId =>
  field.dataset.indicator as IndicatorId;

function readIndicators(root: HTMLElement): Indicators {
  const values: Indicators = {};
  root.querySelectorAll<HTMLElement>("[data-indicator]").forEach((field) => {
    const id = indicatorOf(field);
    if (field.dataset.kind === "count") {
      const input = field.querySelector("input")!;
      if (input.value.trim() !== "" || input.validity.badInput)
        values[id] = input.valueAsNumber;
      return;
    }
    const value =
      field.querySelector<HTMLInputElement>("input:checked")?.value ?? "";
    if (value === "") return;
    // A category as the form sends it; the package’s `parse` rejects any value outside the schema.
    values[id] =
      field.dataset.kind === "boolean"
        ? value === "oui"
        : (value as IndicatorValue);
  });
  return values;
}

/** Whether a problem’s path (an array since the core error model) is the indicator `id`. */
const isIndicator = (problem: Problem, id: string): boolean =>
  problem.path.length === 2 &&
  problem.path[0] === "indicators" &&
  problem.path[1] === id;

const errorId = (id: string) => `ind-${id}-erreur`;

/**
 * Shows each problem beside its field (its `.ae-error` is a polite live region) and marks the fields it
 * concerns `aria-invalid`: a staff total also marks its parts (salarié·es, vacataires), described by its message.
 */
function showProblems(root: HTMLElement, problems: readonly Problem[]): void {
  const flagged = new Map<string, string>();
  for (const problem of problems) {
    const [, id] = problem.path;
    if (problem.path[0] !== "indicators" || typeof id !== "string") continue;
    flagged.set(id, id);
    for (const [part, total] of Object.entries(INDICATOR_PARTS))
      if (total === id && problem.code === "inconsistent-staff")
        flagged.set(part, id);
  }
  root.querySelectorAll<HTMLElement>("[data-indicator]").forEach((field) => {
    const id = indicatorOf(field);
    const message = problems.find((p) => isIndicator(p, id))?.message ?? "";
    const error = field.querySelector(".ae-error")!;
    if (error.textContent !== message) error.textContent = message;
    const by = flagged.get(id);
    // The radios carry aria-invalid, their fieldset the description; a count’s input carries both.
    field.querySelectorAll("input").forEach((input) => {
      if (by) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    });
    const described = field.matches("fieldset")
      ? field
      : field.querySelector("input")!;
    described.setAttribute(
      "aria-describedby",
      by && by !== id ? `${errorId(id)} ${errorId(by)}` : errorId(id),
    );
  });
}

/** Shows « Effacer la réponse » only under a radio group that has an answer. */
function showClearButtons(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>("[data-clear]").forEach((button) => {
    button.hidden = !button
      .closest("[data-indicator]")
      ?.querySelector("input:checked");
  });
}

function fillIndicators(root: HTMLElement, doc: AssessmentDocument): void {
  const indicators: Indicators = doc.indicators ?? {};
  root.querySelectorAll<HTMLElement>("[data-indicator]").forEach((field) => {
    const value = indicators[indicatorOf(field)];
    if (field.dataset.kind === "count") {
      field.querySelector("input")!.value =
        value === undefined ? "" : String(value);
      return;
    }
    const wanted =
      value === undefined
        ? ""
        : typeof value === "boolean"
          ? value
            ? "oui"
            : "non"
          : String(value);
    field.querySelectorAll<HTMLInputElement>("input").forEach((radio) => {
      radio.checked = wanted !== "" && radio.value === wanted;
    });
  });
  // A document’s indicators are valid (it went through `parse`): only contradictions can be left to show.
  showProblems(root, indicatorProblems(indicators as CentreIndicators));
  showClearButtons(root);
}

/**
 * Keeps the valid indicators (checked by the package’s `parse`) and shows the others’ problems beside them.
 * Answers that contradict each other are kept as typed (`parse` accepts them) and flagged as warnings.
 */
function onIndicatorChange(context: ToolContext): void {
  const indicators = readIndicators(context.root);
  const base = context.document();
  const build = (values: Indicators): AssessmentDocument => ({
    ...base,
    indicators: values as CentreIndicators,
  });
  let invalid: readonly Problem[] = [];
  let valid = indicators;
  try {
    parse(build(indicators), { instrument: context.instrument });
  } catch (error) {
    invalid = problemsOf(error);
    valid = Object.fromEntries(
      Object.entries(indicators).filter(
        ([id]) => !invalid.some((p) => isIndicator(p, id)),
      ),
    );
  }
  context.commit(build(valid));
  showProblems(context.root, [
    ...invalid,
    ...indicatorProblems(valid as CentreIndicators),
  ]);
  showClearButtons(context.root);
}

/** « Effacer la réponse »: unchecks the group, saves, and brings the focus back to its first choice. */
function clearAnswer(context: ToolContext, button: HTMLElement): void {
  const field = button.closest<HTMLElement>("[data-indicator]")!;
  field
    .querySelectorAll<HTMLInputElement>("input:checked")
    .forEach((radio) => (radio.checked = false));
  onIndicatorChange(context);
  field.querySelector<HTMLInputElement>("input")!.focus();
  context.say(
    `Réponse effacée : ${field.querySelector("legend")!.textContent!.trim()}.`,
  );
}

const root = document.querySelector<HTMLElement>("[data-ae-tool=centre]");
if (root) void start(root);

/** Starts the tool after the packages’ own start, in tasks of their own (see `nextTask`). */
async function start(root: HTMLElement): Promise<void> {
  await nextTask();
  const instrument = readInstrument(root);
  if (!instrument) return;
  const context = await startTool(root, instrument, {
    fill: (context, doc) => fillIndicators(context.root, doc),
    adopt(context) {
      if (Object.keys(readIndicators(context.root)).length > 0)
        onIndicatorChange(context);
    },
    onChange(context, target) {
      if (!target.closest("[data-indicator]")) return false;
      onIndicatorChange(context);
      return true;
    },
    results: centreResults,
  });
  root.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>(
      "[data-clear]",
    );
    if (button) clearAnswer(context, button);
  });
  // One page: the sticky bar’s « Voir les résultats » brings the focus to the results, kept up to date.
  root.querySelector("[data-ae-summary]")!.removeAttribute("hidden");
  root.querySelector("form")!.addEventListener("submit", () => {
    context.refresh();
    root.querySelector<HTMLElement>("#resultats")!.focus();
    context.say("Résultats à jour, affichés sous le questionnaire.");
  });
}
