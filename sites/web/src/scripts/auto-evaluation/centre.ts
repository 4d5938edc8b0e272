/** The centre self-assessment: items of the référentiel d’action, structural indicators and survey figures. */
import {
  benchmarkComparison,
  parse,
  type AssessmentDocument,
  type CentreIndicators,
  type IndicatorId,
  type IndicatorValue,
  type Problem,
} from "@mediation-numerique/auto-evaluation/engine";
import {
  h,
  itemLink,
  levelLabel,
  nextTask,
  problemsOf,
  readInstrument,
  profileChart,
  profileTable,
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

function showProblems(root: HTMLElement, problems: readonly Problem[]): void {
  root.querySelectorAll<HTMLElement>("[data-indicator]").forEach((field) => {
    const id = indicatorOf(field);
    // The package’s messages are French and name the value.
    const message = problems.find((p) => isIndicator(p, id))?.message ?? "";
    field.querySelector(".ae-error")!.textContent = message;
    const input = field.querySelector("input[type=number]");
    if (input) {
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
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
      radio.checked = radio.value === wanted;
    });
  });
  showProblems(root, []);
}

/** Keeps the valid indicators (checked by the package’s `parse`), shows the others’ problems beside them. */
function onIndicatorChange(context: ToolContext): void {
  const indicators = readIndicators(context.root);
  const base = context.document();
  const build = (values: Indicators): AssessmentDocument => ({
    ...base,
    indicators: values as CentreIndicators,
  });
  try {
    parse(build(indicators), { instrument: context.instrument });
    showProblems(context.root, []);
    context.commit(build(indicators));
  } catch (error) {
    const problems = problemsOf(error);
    showProblems(context.root, problems);
    const valid = Object.fromEntries(
      Object.entries(indicators).filter(
        ([id]) => !problems.some((p) => isIndicator(p, id)),
      ),
    );
    context.commit(build(valid));
  }
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
    results(context, result, box) {
      const doc = context.document();
      const width = box.clientWidth || 600;
      const comparisons = benchmarkComparison(doc.indicators ?? {});
      const target = levelLabel(instrument, result.target);
      box.append(
        h("h3", { id: "maturite-titre" }, "Maturité par domaine"),
        profileChart(
          result.groups,
          result,
          instrument,
          width,
          "maturite-titre",
        ),
        profileTable(
          result.groups,
          result,
          "Maturité de l’action par domaine du référentiel",
        ),
        h("h3", {}, "Votre centre et les enquêtes de la FCS93 (2017 et 2022)"),
        comparisons.length === 0
          ? h(
              "p",
              {},
              "Répondez aux indicateurs structurels pour placer votre centre à côté des chiffres des enquêtes.",
            )
          : h(
              "ul",
              { class: "ae-benchmarks" },
              comparisons.map((c) =>
                h("li", {}, h("strong", {}, c.label), " — ", c.summary),
              ),
            ),
        h("h3", {}, "Prochaines étapes"),
        result.gaps.length === 0
          ? h(
              "p",
              {},
              result.overall.answered === 0
                ? "Évaluez les items du référentiel pour voir les prochaines étapes."
                : `Aucune action évaluée sous le niveau visé (« ${target} »).`,
            )
          : h(
              "ol",
              {},
              result.gaps.map((gap) =>
                h(
                  "li",
                  {},
                  itemLink(gap.item),
                  ` : aujourd’hui « ${levelLabel(instrument, gap.level)} », à amener à « ${target} ».`,
                ),
              ),
            ),
        h("h3", {}, "Détail par action"),
        h(
          "table",
          {},
          h("caption", {}, "Niveau de chaque item évalué"),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, "Item"),
              h("th", { scope: "col" }, "Domaine"),
              h("th", { scope: "col" }, "Votre réponse"),
            ),
          ),
          h(
            "tbody",
            {},
            instrument.items.map(({ id, group }) => {
              const answer = doc.answers[id] ?? {};
              return h(
                "tr",
                {},
                h("th", { scope: "row" }, itemLink(id)),
                h(
                  "td",
                  {},
                  result.groups.find((g) => g.group === group)?.label ?? "",
                ),
                h(
                  "td",
                  {},
                  answer.level
                    ? levelLabel(instrument, answer.level)
                    : answer.notApplicable
                      ? "Non concerné"
                      : "Sans réponse",
                ),
              );
            }),
          ),
        ),
      );
    },
  });
  // One page: the sticky bar’s « Voir les résultats » brings the focus to the results, kept up to date.
  root.querySelector("[data-ae-summary]")!.removeAttribute("hidden");
  root.querySelector("form")!.addEventListener("submit", () => {
    context.refresh();
    root.querySelector<HTMLElement>("#resultats")!.focus();
    context.say("Résultats à jour, affichés sous le questionnaire.");
  });
}
