/**
 * The centre’s results, in the order a director reads them: the three strengths and three points to work on,
 * the answers to check, the survey figures by theme, then the maturity by domain and the detail. Everything
 * shown is computed by `@mediation-numerique/auto-evaluation`; this module only lays it out.
 */
import {
  benchmarkThemes,
  indicatorProblems,
  keyPoints,
  type AssessmentProfile,
  type FigureComparison,
  type IndicatorComparison,
  type KeyPoint,
  type Problem,
} from "@mediation-numerique/auto-evaluation/engine";
import {
  h,
  itemLink,
  levelLabel,
  profileChart,
  profileTable,
  type ToolContext,
} from "./tool";

function pointList(
  id: string,
  title: string,
  points: readonly KeyPoint[],
  note: string | undefined,
): HTMLElement {
  return h(
    "section",
    { class: "ae-keypoints-list", "aria-labelledby": id },
    h("h4", { id }, title),
    points.length > 0 &&
      h(
        "ol",
        {},
        points.map((point) =>
          h(
            "li",
            { "data-item": point.item },
            h("strong", {}, itemLink(point.item)),
            h("br"),
            point.text,
          ),
        ),
      ),
    note && h("p", { class: "meta" }, note),
  );
}

const WHERE: Readonly<Record<string, string>> = {
  true: "comme vous",
  false: "pas votre cas",
  below: "vous êtes en dessous",
  equal: "vous êtes au niveau",
  above: "vous êtes au-dessus",
};

/** One survey figure: its sentence, where the centre stands, its note, and the source’s exact words. */
function figureItem(c: FigureComparison): HTMLElement {
  const where =
    c.position ?? (c.concernsYou === null ? "" : String(c.concernsYou));
  const quote = c.figure.source.quote;
  return h(
    "li",
    {},
    c.text.charAt(0).toUpperCase() + c.text.slice(1),
    where && [" ", h("span", { class: "ae-where" }, `(${WHERE[where]})`)],
    c.figure.note && h("span", { class: "meta" }, ` [${c.figure.note}]`),
    h(
      "details",
      { class: "ae-source" },
      h("summary", {}, "Source"),
      h("blockquote", {}, h("p", {}, `« ${quote} »`)),
      h(
        "p",
        { class: "meta" },
        `FCS93, enquête de ${c.figure.year} (${c.figure.population}).`,
      ),
    ),
  );
}

const comparisonItem = (c: IndicatorComparison): HTMLElement =>
  h(
    "li",
    { "data-indicator-result": c.indicator },
    h("strong", {}, c.label),
    h("br"),
    `${c.yours}.`,
    h("ul", {}, c.figures.map(figureItem)),
  );

function benchmarksSection(context: ToolContext): HTMLElement[] {
  const themes = benchmarkThemes(context.document().indicators ?? {});
  return [
    h("h3", {}, "Votre centre et les enquêtes de la FCS93 (2017 et 2022)"),
    themes.length === 0
      ? h(
          "p",
          {},
          "Répondez aux indicateurs structurels pour placer votre centre à côté des chiffres des enquêtes.",
        )
      : h(
          "div",
          { class: "ae-themes" },
          themes.map((theme) =>
            h(
              "details",
              { "data-theme": theme.theme },
              h(
                "summary",
                {},
                `${theme.label} (${theme.comparisons.length} indicateur${theme.comparisons.length > 1 ? "s" : ""})`,
              ),
              h(
                "ul",
                { class: "ae-benchmarks" },
                theme.comparisons.map(comparisonItem),
              ),
            ),
          ),
        ),
  ];
}

/** The answers that contradict each other, kept as typed: a notice to check them, or nothing. */
const contradictionsNotice = (
  contradictions: readonly Problem[],
): HTMLElement[] =>
  contradictions.length === 0
    ? []
    : [
        h(
          "div",
          { class: "notice ae-check" },
          h(
            "p",
            {},
            h(
              "strong",
              {},
              "À vérifier dans les indicateurs\u00a0: vos réponses se contredisent. Elles restent enregistrées telles quelles.",
            ),
          ),
          h(
            "ul",
            {},
            contradictions.map((p) => h("li", {}, p.message)),
          ),
        ),
      ];

/** Fills the results box of the centre tool. */
export function centreResults(
  context: ToolContext,
  result: AssessmentProfile,
  box: HTMLElement,
): void {
  const { instrument } = context;
  const doc = context.document();
  const points = keyPoints(doc, instrument);
  const contradictions = indicatorProblems(doc.indicators ?? {});
  const target = levelLabel(instrument, result.target);
  box.append(
    h("h3", {}, "L’essentiel"),
    h(
      "div",
      { class: "ae-keypoints" },
      pointList(
        "points-forts",
        "Vos points forts",
        points.strengths,
        points.strengthsNote,
      ),
      pointList(
        "points-a-travailler",
        "Vos points à travailler",
        points.toWorkOn,
        points.toWorkOnNote,
      ),
    ),
    ...contradictionsNotice(contradictions),
    ...benchmarksSection(context),
    h("h3", { id: "maturite-titre" }, "Maturité par domaine"),
    profileChart(
      result.groups,
      result,
      instrument,
      box.clientWidth || 600,
      "maturite-titre",
    ),
    profileTable(
      result.groups,
      result,
      "Maturité de l’action par domaine du référentiel",
    ),
    h("h3", {}, "Toutes les actions sous le niveau visé"),
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
          { class: "ae-gaps" },
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
    detailTable(context, result),
  );
}

function detailTable(
  context: ToolContext,
  result: AssessmentProfile,
): HTMLElement {
  const { instrument } = context;
  const doc = context.document();
  return h(
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
  );
}
