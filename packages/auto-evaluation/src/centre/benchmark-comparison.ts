import { NBSP, NNBSP } from "@mediation-numerique/core";
import { parseWith } from "../engine/input.js";
import {
  benchmarks,
  Benchmarks,
  type AppliesTo,
  type BenchmarkFigure,
} from "./benchmarks.js";
import {
  INDICATOR_PARTS,
  partsExceedTotal,
  partWords,
} from "./check-indicators.js";
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
  /**
   * Whether the centre’s answer falls in what the figure counts; `null` for an average, and for a share of
   * persons (the centre’s own share is then `IndicatorComparison.share`).
   */
  readonly concernsYou: boolean | null;
  /** For an average, or a share of persons when the centre’s share is known: where the centre stands. */
  readonly position?: "below" | "equal" | "above";
}

/** One indicator: the centre’s answer and the survey figures that speak of it. */
export interface IndicatorComparison {
  readonly indicator: IndicatorId;
  readonly label: string;
  readonly answer: IndicatorValue;
  /**
   * For a count that is a part of another (salarié·es among the people in charge of digital matters): the
   * centre’s own share in percent, computed from its two answers, or `null` when it cannot be (total unknown,
   * zero, or smaller than its parts). Absent for the other indicators.
   */
  readonly share?: number | null;
  /** The centre’s side in words: « Vous : oui », « Vous : 5 salarié·es sur 7 personnes…, soit 71 % ». */
  readonly yours: string;
  readonly figures: readonly FigureComparison[];
  /**
   * « Vous : oui — 81 % des centres … en 2017 (comme vous) ; 65 % des structures … en 2022 (comme vous). »,
   * each figure's note in [brackets]. A count is never set beside a percentage without saying how they compare.
   */
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

/** « <head> — <text> ; <text>. »: who answers what, then the survey figures (narrow no-break space before « ; »). */
export const comparisonSummary = (
  head: string,
  texts: readonly string[],
): string => `${head} — ${texts.join(`${NNBSP}; `)}.`;

const positionOf = (value: number, reference: number) =>
  value < reference ? "below" : value > reference ? "above" : "equal";

function compareFigure(
  figure: BenchmarkFigure,
  answer: IndicatorValue,
): FigureComparison {
  const text = figureText(figure);
  if (!figure.appliesTo) {
    const position =
      typeof answer !== "number" ? undefined : positionOf(answer, figure.value);
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

const PEOPLE = (n: number) => (n > 1 ? `${n} personnes` : `${n} personne`);
/** A part (salarié·es) beside a share of persons: the centre’s own share when it can be computed, else why not. */
function partHead(
  indicator: IndicatorId,
  count: number,
  answers: CentreIndicators,
): { yours: string; share: number | null } {
  const total = answers[INDICATOR_PARTS[indicator] ?? indicator];
  const head = `Vous${NBSP}: ${partWords(indicator, count)}`;
  if (typeof total !== "number")
    return {
      yours: `${head}. C’est un nombre de personnes, l’enquête donne une part des personnes (un pourcentage)\u00A0: les deux ne se comparent pas directement. Indiquez aussi le nombre de personnes chargées du numérique pour voir votre part`,
      share: null,
    };
  if (total === 0 || partsExceedTotal(answers))
    return {
      yours: `${head} pour ${PEOPLE(total)} chargée${total > 1 ? "s" : ""} du numérique. Ces nombres se contredisent\u00A0: votre part ne peut pas être calculée, et ce nombre ne se compare pas au pourcentage de l’enquête`,
      share: null,
    };
  const share = Math.round((100 * count) / total);
  return {
    yours: `${head} sur ${PEOPLE(total)} chargée${total > 1 ? "s" : ""} du numérique, soit ${share}${NBSP}% (part calculée à partir de vos deux réponses)`,
    share,
  };
}

/** The figure’s text, with where the centre stands or whether it is counted in it, and its note. */
function figureWords(c: FigureComparison): string {
  const where = c.position
    ? ` (vous êtes ${POSITION[c.position]})`
    : c.concernsYou === true
      ? " (comme vous)"
      : c.concernsYou === false
        ? " (pas votre cas)"
        : "";
  return withNote(c.text + where, c.figure);
}

function compareIndicator(
  indicator: IndicatorId,
  answer: IndicatorValue,
  figures: readonly BenchmarkFigure[],
  answers: CentreIndicators,
): IndicatorComparison {
  const part =
    INDICATOR_PARTS[indicator] !== undefined && typeof answer === "number"
      ? partHead(indicator, answer, answers)
      : undefined;
  const compared = relevant(
    figures.map((figure): FigureComparison => {
      if (!part || figure.unit !== "percent")
        return compareFigure(figure, answer);
      const text = figureText(figure);
      return part.share === null
        ? { figure, text, concernsYou: null }
        : {
            figure,
            text,
            concernsYou: null,
            position: positionOf(part.share, figure.value),
          };
    }),
  );
  const yours = part?.yours ?? `Vous${NBSP}: ${formatIndicatorValue(answer)}`;
  return {
    indicator,
    label: INDICATOR_LABELS[indicator],
    answer,
    ...(part ? { share: part.share } : {}),
    yours,
    figures: compared,
    summary: comparisonSummary(yours, compared.map(figureWords)),
  };
}

/**
 * Sets each answered structural indicator beside the FCS93 survey figures that measure it, and only those:
 * an indicator that no source figure measures is left out. Each figure says whether the centre is counted in
 * it (« comme vous », « pas votre cas ») or where it stands against an average. A count of persons set beside a
 * share of persons (salarié·es, vacataires) becomes the centre’s own share when the people in charge are
 * known, and otherwise says that the two do not compare. Contradictory answers (see `indicatorProblems`) are
 * compared all the same, without a share. Throws `AssessmentArgumentError` on invalid answers or figures.
 */
export function benchmarkComparison(
  indicators: CentreIndicators,
  data: Benchmarks = benchmarks,
): IndicatorComparison[] {
  const answers = parseWith(CentreIndicators, indicators, undefined, [
    "indicators",
  ]);
  const figuresData = parseWith(Benchmarks, data, undefined, ["data"]);
  return IndicatorId.options.flatMap((indicator): IndicatorComparison[] => {
    const answer = answers[indicator];
    const figures = figuresData.figures.filter(
      (figure) => figure.indicator === indicator,
    );
    if (answer === undefined || figures.length === 0) return [];
    return [compareIndicator(indicator, answer, figures, answers)];
  });
}
