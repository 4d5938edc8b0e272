/**
 * The network beside the 2017 and 2022 surveys: horizontal bars for every share the surveys give (the
 * survey’s figure, then the network’s), as an SVG with an accessible name, followed by the data table that
 * carries every figure (shares, means and counts) in the package’s words. The same approach as the centre
 * results (`profileChart` + `profileTable` in src/scripts/auto-evaluation/tool.ts).
 */
import type {
  NetworkFigure,
  NetworkIndicator,
} from "@mediation-numerique/auto-evaluation/engine";
import { h, s } from "./dom";

const whole = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const percent = (value: number) => `${whole.format(value)}\u00a0%`;

interface Row {
  readonly label: string;
  readonly year: number;
  readonly survey: number;
  readonly network: number | null;
}

/** The shares the chart draws: every survey percentage, with the network’s value when it has one. */
const rowsOf = (indicators: readonly NetworkIndicator[]): Row[] =>
  indicators.flatMap((indicator) =>
    indicator.figures
      .filter(({ figure }) => figure.unit === "percent")
      .map(({ figure, value }) => ({
        label: indicator.label,
        year: figure.year,
        survey: Math.min(100, figure.value),
        network: value === null ? null : Math.min(100, value),
      })),
  );

function bar(y: number, value: number, className: string): Element {
  return s("rect", {
    class: className,
    x: 0,
    y,
    width: `${value.toFixed(2)}%`,
    height: 14,
  });
}

/** The chart, `width` pixels wide: one row per survey share, its label, both values, then two bars. */
export function surveyChart(
  indicators: readonly NetworkIndicator[],
  width: number,
): HTMLElement | null {
  const rows = rowsOf(indicators);
  if (rows.length === 0) return null;
  const row = 84;
  const svg = s("svg", {
    class: "ae-chart net-chart",
    width: "100%",
    height: rows.length * row,
    role: "img",
    "aria-label":
      "Graphique\u00a0: la part des centres du réseau à côté des enquêtes de 2017 et 2022, pour chaque indicateur. Les mêmes chiffres sont dans le tableau qui suit.",
  });
  // Each label on its own line, cut to the width (the table has it whole), then both values, then the bars.
  const chars = Math.max(20, Math.floor(width / 8.4));
  rows.forEach(({ label, year, survey, network }, index) => {
    const y = index * row;
    const title = s("text", { x: 0, y: y + 15 });
    title.textContent =
      label.length > chars ? `${label.slice(0, chars - 1)}…` : label;
    const values = s("text", { x: 0, y: y + 34, class: "net-values" });
    values.textContent = `${year}\u00a0: enquête ${percent(survey)} · réseau ${network === null ? "sans réponse" : percent(network)}`;
    svg.append(
      title,
      values,
      s("rect", {
        class: "ae-track",
        x: 0,
        y: y + 42,
        width: "100%",
        height: 14,
      }),
      bar(y + 42, survey, "net-survey"),
      s("rect", {
        class: "ae-track",
        x: 0,
        y: y + 60,
        width: "100%",
        height: 14,
      }),
    );
    if (network !== null) svg.append(bar(y + 60, network, "ae-bar"));
  });
  return h(
    "figure",
    { class: "ae-figure" },
    svg,
    h(
      "figcaption",
      { class: "meta" },
      "Pour chaque indicateur\u00a0: en haut, la part donnée par l’enquête (barre claire)\u202f; en bas, celle du réseau (barre foncée). Les moyennes et les nombres de centres sont dans le tableau.",
    ),
  );
}

const figureCells = (figure: NetworkFigure) => [
  h("td", {}, figure.text),
  h("td", {}, figure.network),
];

const answeredText = (n: number) =>
  n === 0
    ? "aucun centre n’a répondu"
    : `${n} centre${n > 1 ? "s ont" : " a"} répondu`;

/** Every indicator and every survey figure, in the package’s words: the accessible version of the chart. */
export function surveyTable(
  indicators: readonly NetworkIndicator[],
): HTMLTableElement {
  const th = (text: string) => h("th", { scope: "col" }, text);
  return h(
    "table",
    { class: "net-table", "data-net-surveys": "" },
    h(
      "caption",
      {},
      "Le réseau à côté des enquêtes de la FCS93 (2017 et 2022)",
    ),
    h(
      "thead",
      {},
      h("tr", {}, th("Indicateur"), th("Enquête"), th("Le réseau")),
    ),
    h(
      "tbody",
      {},
      indicators.flatMap((indicator) => {
        const span = String(Math.max(1, indicator.figures.length));
        const head = h(
          "th",
          { scope: "row", rowspan: span },
          indicator.label,
          h("br"),
          h("span", { class: "meta" }, answeredText(indicator.answered)),
        );
        const [first, ...others] = indicator.figures;
        if (!first)
          return [h("tr", {}, head, h("td", {}, "—"), h("td", {}, "—"))];
        return [
          h("tr", {}, head, ...figureCells(first)),
          ...others.map((figure) => h("tr", {}, ...figureCells(figure))),
        ];
      }),
    ),
  );
}
