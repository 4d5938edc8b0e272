import { NBSP } from "@mediation-numerique/core";
import { benchmarks, type BenchmarkFigure } from "../centre/benchmarks.js";
import {
  applies,
  comparisonSummary,
  figureText,
  withNote,
} from "../centre/benchmark-comparison.js";
import {
  formatIndicatorValue,
  INDICATOR_CATEGORIES,
  INDICATOR_KINDS,
  INDICATOR_LABELS,
  IndicatorId,
  type IndicatorKind,
  type IndicatorValue,
} from "../centre/indicators.js";
import {
  INDICATOR_PARTS,
  partsExceedTotal,
} from "../centre/check-indicators.js";
import { add, meanOf, medianOf, type Counts } from "./counts.js";
import type { DocumentEntry } from "./part.js";

/** A survey figure set beside the network’s comparable value. */
export interface NetworkFigure {
  readonly figure: BenchmarkFigure;
  /** The survey figure in the words of `benchmarkComparison` (« 81 % des centres avaient … en 2017 »). */
  readonly text: string;
  /** What the network’s value counts: centres, or (staff shares) persons. */
  readonly basis: "centres" | "persons";
  /** A percentage (`percent`), a mean (`mean`) or a number of centres (`count`); `null` without answers. */
  readonly value: number | null;
  /** Centres (or persons) in what the figure counts; for a mean, the centres that answered. */
  readonly count: number;
  /** Centres (or persons) that answered. */
  readonly of: number;
  /** The network’s value in French: « 62 % (16 centres sur 26) ». */
  readonly network: string;
}

/** One structural indicator over the network, beside the 2017 and 2022 survey figures. */
export interface NetworkIndicator {
  readonly indicator: IndicatorId;
  readonly label: string;
  readonly kind: IndicatorKind;
  /** Centres that answered. */
  readonly answered: number;
  /** Answer (`true`, `false`, a count, a category) → centres. */
  readonly distribution: Readonly<Record<string, number>>;
  /** Yes/no indicators: the share of « oui », from 0 to 1. */
  readonly share: number | null;
  /** Counts: the median and the mean of the answers. */
  readonly median: number | null;
  readonly mean: number | null;
  readonly figures: readonly NetworkFigure[];
  /** « Le réseau : oui pour 62 % (16 centres sur 26) — 81 % des centres … en 2017 (réseau : 62 %) ; … ». */
  readonly summary: string;
}

/**
 * The staff shares of the 2017 survey count persons (« 69 % des personnes … étaient salariées »): the network’s
 * value is then the salaried (or sessional) staff over the digital staff, summed over the centres that gave
 * both, leaving out a centre whose answers contradict each other (more salarié·es and vacataires than people in
 * charge). This reading is the project’s.
 */
const PERSON_SHARES = INDICATOR_PARTS;

const decimal = /* @__PURE__ */ new Intl.NumberFormat("fr-FR", {
  maximumFractionDigits: 1,
});
const percent = (count: number, of: number) =>
  `${Math.round((100 * count) / of)}${NBSP}%`;
const centres = (n: number) => (n > 1 ? `${n} centres` : `${n} centre`);

type Answered = readonly [DocumentEntry, IndicatorValue][];

function personShare(
  figure: BenchmarkFigure,
  base: IndicatorId,
  answered: Answered,
): NetworkFigure {
  let count = 0;
  let of = 0;
  for (const [entry, value] of answered) {
    const total = entry.indicators?.[base];
    if (
      typeof total !== "number" ||
      typeof value !== "number" ||
      partsExceedTotal(entry.indicators ?? {})
    )
      continue;
    count += value;
    of += total;
  }
  return {
    figure,
    text: figureText(figure),
    basis: "persons",
    value: of === 0 ? null : (100 * count) / of,
    count,
    of,
    network:
      of === 0
        ? "aucune réponse"
        : `${percent(count, of)} (${count} personne${count > 1 ? "s" : ""} sur ${of})`,
  };
}

function centreFigure(
  figure: BenchmarkFigure,
  values: readonly IndicatorValue[],
  counts: Counts,
): NetworkFigure {
  const of = values.length;
  const { appliesTo } = figure;
  const count = appliesTo
    ? values.filter((value) => applies(appliesTo, value)).length
    : of;
  const base = { figure, text: figureText(figure), basis: "centres" as const };
  if (of === 0)
    return { ...base, value: null, count, of, network: "aucune réponse" };
  if (figure.unit === "mean") {
    const [mean, median] = [meanOf(counts), medianOf(counts)];
    return {
      ...base,
      value: mean,
      count: of,
      of,
      network: `moyenne ${decimal.format(mean ?? 0)}, médiane ${decimal.format(median ?? 0)} (${centres(of)})`,
    };
  }
  if (figure.unit === "count")
    return {
      ...base,
      value: count,
      count,
      of,
      network: `${count} sur ${centres(of)}`,
    };
  return {
    ...base,
    value: (100 * count) / of,
    count,
    of,
    network: `${percent(count, of)} (${count} sur ${centres(of)})`,
  };
}

/** The network’s answer in French: « oui pour 62 % (16 centres sur 26) », « médiane 8, moyenne 9,5 (20 centres) ». */
function headOf(
  kind: IndicatorKind,
  distribution: Record<string, number>,
  counts: Counts,
  of: number,
): string {
  if (of === 0) return "aucune réponse";
  if (kind === "boolean")
    return `oui pour ${percent(distribution["true"] ?? 0, of)} (${distribution["true"] ?? 0} sur ${centres(of)})`;
  if (kind === "count")
    return `médiane ${decimal.format(medianOf(counts) ?? 0)}, moyenne ${decimal.format(meanOf(counts) ?? 0)} (${centres(of)})`;
  const shares = Object.entries(distribution).map(
    ([category, n]) =>
      `${formatIndicatorValue(category as IndicatorValue)} pour ${percent(n, of)}`,
  );
  return `${shares.join(", ")} (${centres(of)})`;
}

/** Every structural indicator over the kept centres, in the order of the schema. */
export function networkIndicators(
  entries: readonly DocumentEntry[],
  data = benchmarks,
): NetworkIndicator[] {
  return IndicatorId.options.map((indicator): NetworkIndicator => {
    const kind = INDICATOR_KINDS[indicator];
    const answered: [DocumentEntry, IndicatorValue][] = [];
    for (const entry of entries) {
      const value = entry.indicators?.[indicator];
      if (value !== undefined) answered.push([entry, value]);
    }
    const values = answered.map(([, value]) => value);
    const counts: Counts = new Map();
    const tally = new Map<string, number>();
    for (const value of values) {
      if (typeof value === "number") add(counts, value);
      tally.set(String(value), (tally.get(String(value)) ?? 0) + 1);
    }
    const order: readonly string[] =
      kind === "boolean"
        ? ["true", "false"]
        : kind === "category"
          ? (INDICATOR_CATEGORIES[indicator] ?? [])
          : [...tally.keys()].sort((a, b) => Number(a) - Number(b));
    const distribution = Object.fromEntries(
      order
        .filter((key) => tally.has(key))
        .map((key) => [key, tally.get(key) ?? 0]),
    );
    const of = values.length;
    const base = PERSON_SHARES[indicator];
    const figures = data.figures
      .filter((figure) => figure.indicator === indicator)
      .map((figure) =>
        base !== undefined && figure.unit === "percent"
          ? personShare(figure, base, answered)
          : centreFigure(figure, values, counts),
      );
    const head = `Le réseau${NBSP}: ${headOf(kind, distribution, counts, of)}`;
    return {
      indicator,
      label: INDICATOR_LABELS[indicator],
      kind,
      answered: of,
      distribution,
      share:
        kind === "boolean" && of > 0 ? (distribution["true"] ?? 0) / of : null,
      median: kind === "count" ? medianOf(counts) : null,
      mean: kind === "count" ? meanOf(counts) : null,
      figures,
      summary:
        figures.length === 0
          ? `${head}.`
          : comparisonSummary(
              head,
              figures.map((f) =>
                withNote(`${f.text} (réseau${NBSP}: ${f.network})`, f.figure),
              ),
            ),
    };
  });
}
