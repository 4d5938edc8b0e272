import { NBSP } from "@mediation-numerique/core";
import { parseWith, throwIf } from "../engine/input.js";
import {
  benchmarks,
  Benchmarks,
  type AppliesTo,
  type BenchmarkFigure,
} from "./benchmarks.js";
import { checkIndicators } from "./check-indicators.js";
import {
  CentreIndicators,
  formatIndicatorValue,
  INDICATOR_LABELS,
  IndicatorId,
  type IndicatorValue,
} from "./indicators.js";

/** A figure set beside the centre’s answer. */
export interface FigureComparison {
  readonly figure: BenchmarkFigure;
  /** The figure in a French sentence: « 81 % des centres avaient une salle dédiée… en 2017 ». */
  readonly text: string;
  /** Whether the centre’s answer falls in what the figure counts; `null` for an average. */
  readonly concernsYou: boolean | null;
  /** For an average: where the centre stands. */
  readonly position?: "below" | "equal" | "above";
}

/** One indicator: the centre’s answer and the survey figures that speak of it. */
export interface IndicatorComparison {
  readonly indicator: IndicatorId;
  readonly label: string;
  readonly answer: IndicatorValue;
  readonly figures: readonly FigureComparison[];
  /** « Vous : oui — 81 % des centres … en 2017 ; 65 % des structures … en 2022. », each figure's note in [brackets]. */
  readonly summary: string;
}

export const applies = (
  condition: AppliesTo,
  answer: IndicatorValue,
): boolean =>
  condition.kind === "one-of"
    ? condition.values.includes(answer as boolean | string)
    : typeof answer === "number" &&
      answer >= (condition.min ?? 0) &&
      answer <= (condition.max ?? Infinity);

const renderValue = (figure: BenchmarkFigure): string =>
  !/\d/.test(figure.asWritten)
    ? figure.asWritten
    : figure.unit === "percent"
      ? `${figure.value}${NBSP}%`
      : String(figure.value);

/** A survey figure in a French sentence: « 81 % des centres avaient une salle dédiée… en 2017 ». */
export const figureText = (figure: BenchmarkFigure): string =>
  `${figure.statement.replace("{valeur}", renderValue(figure))} en ${figure.year}`;

/** `text` followed by the figure’s note in [brackets], if it has one. */
export const withNote = (text: string, figure: BenchmarkFigure): string =>
  text + (figure.note ? ` [${figure.note}]` : "");

/** « <head> — <text> ; <text>. »: who answers what, then the survey figures. */
export const comparisonSummary = (
  head: string,
  texts: readonly string[],
): string => `${head} — ${texts.join(`${NBSP}; `)}.`;

function compareFigure(
  figure: BenchmarkFigure,
  answer: IndicatorValue,
): FigureComparison {
  const text = figureText(figure);
  if (!figure.appliesTo) {
    const position =
      typeof answer !== "number"
        ? undefined
        : answer < figure.value
          ? "below"
          : answer > figure.value
            ? "above"
            : "equal";
    return {
      figure,
      text,
      concernsYou: null,
      ...(position ? { position } : {}),
    };
  }
  return { figure, text, concernsYou: applies(figure.appliesTo, answer) };
}

const POSITION = {
  below: "en dessous",
  equal: "au niveau",
  above: "au-dessus",
} as const;

/** Range figures (1 person, 2 persons, more) keep only the bracket of the answer, when one fits. */
function relevant(comparisons: FigureComparison[]): FigureComparison[] {
  const ranges = comparisons.filter(
    (c) => c.figure.appliesTo?.kind === "range",
  );
  if (ranges.length < 2 || !ranges.some((c) => c.concernsYou))
    return comparisons;
  return comparisons.filter(
    (c) => c.figure.appliesTo?.kind !== "range" || c.concernsYou,
  );
}

/**
 * Sets each answered structural indicator beside the FCS93 survey figures that measure it, and only those:
 * an indicator that no source figure measures is left out. Throws `AssessmentArgumentError` on invalid answers
 * or invalid figures.
 */
export function benchmarkComparison(
  indicators: CentreIndicators,
  data: Benchmarks = benchmarks,
): IndicatorComparison[] {
  const answers = parseWith(CentreIndicators, indicators, undefined, [
    "indicators",
  ]);
  throwIf(checkIndicators(answers));
  const figuresData = parseWith(Benchmarks, data, undefined, ["data"]);
  return IndicatorId.options.flatMap((indicator): IndicatorComparison[] => {
    const answer = answers[indicator];
    const figures = figuresData.figures.filter(
      (figure) => figure.indicator === indicator,
    );
    if (answer === undefined || figures.length === 0) return [];
    const compared = relevant(
      figures.map((figure) => compareFigure(figure, answer)),
    );
    const texts = compared.map((c) =>
      withNote(
        c.position ? `${c.text} (vous êtes ${POSITION[c.position]})` : c.text,
        c.figure,
      ),
    );
    return [
      {
        indicator,
        label: INDICATOR_LABELS[indicator],
        answer,
        figures: compared,
        summary: comparisonSummary(
          `Vous${NBSP}: ${formatIndicatorValue(answer)}`,
          texts,
        ),
      },
    ];
  });
}
