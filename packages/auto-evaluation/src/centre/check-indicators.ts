import { type Problem, type ProblemPath } from "@mediation-numerique/core";
import { parseWith } from "../engine/input.js";
import {
  CentreIndicators,
  INDICATOR_LABELS,
  type IndicatorId,
} from "./indicators.js";

/**
 * Counts that are parts of another count: the salaried and the sessional staff are among the people in charge
 * of digital matters (« dont salarié·es », « dont vacataires »). Volunteers are not asked.
 */
export const INDICATOR_PARTS: Readonly<
  Partial<Record<IndicatorId, IndicatorId>>
> = { salariedStaff: "digitalStaff", sessionalStaff: "digitalStaff" };

/** The parts of `total` that were answered, with their counts. */
const answeredParts = (
  indicators: CentreIndicators,
  total: IndicatorId,
): [IndicatorId, number][] =>
  (Object.keys(INDICATOR_PARTS) as IndicatorId[]).flatMap(
    (part): [IndicatorId, number][] => {
      const value = indicators[part];
      return INDICATOR_PARTS[part] === total && typeof value === "number"
        ? [[part, value]]
        : [];
    },
  );

/** How a part is counted in a sentence: « 5 salarié·es », « 1 vacataire ». */
const PART_WORDS: Readonly<
  Partial<Record<IndicatorId, readonly [string, string]>>
> = {
  salariedStaff: ["salarié·e", "salarié·es"],
  sessionalStaff: ["vacataire", "vacataires"],
};
export const partWords = (id: IndicatorId, n: number): string =>
  `${n} ${PART_WORDS[id]?.[n > 1 ? 1 : 0] ?? INDICATOR_LABELS[id]}`;

/** Whether the answered parts of `digitalStaff` add up to more than it: then no share can be computed. */
export function partsExceedTotal(indicators: CentreIndicators): boolean {
  const total = indicators.digitalStaff;
  if (total === undefined) return false;
  const sum = answeredParts(indicators, "digitalStaff").reduce(
    (s, [, n]) => s + n,
    0,
  );
  return sum > total;
}

function checkParts(indicators: CentreIndicators, path: ProblemPath) {
  const total = indicators.digitalStaff;
  if (total === undefined || !partsExceedTotal(indicators)) return [];
  const parts = answeredParts(indicators, "digitalStaff");
  const listed = parts.map(([id, n]) => partWords(id, n)).join(" et ");
  const people = total > 1 ? "personnes" : "personne";
  return [
    {
      path: [...path, "digitalStaff"],
      code: "inconsistent-staff",
      message:
        parts.length > 1
          ? `Vous indiquez ${total} ${people} chargée${total > 1 ? "s" : ""} du numérique, mais ${listed}, soit ${parts.reduce((s, [, n]) => s + n, 0)}\u00A0: les salarié·es et les vacataires font partie de ces personnes. Corrigez l’un des nombres.`
          : `Vous indiquez ${total} ${people} chargée${total > 1 ? "s" : ""} du numérique, mais ${listed}\u00A0: c’est plus que le total. Corrigez l’un des deux nombres.`,
    },
  ];
}

/** A detail answered « oui » while what it details is answered « non »: [detail, base]. */
const DETAILS: readonly (readonly [IndicatorId, IndicatorId])[] = [
  ["freeAccessHours", "freeAccess"],
  ["freeAccessFacilitator", "freeAccess"],
  ["workshopsByLevel", "digitalWorkshops"],
  ["coRunPermanences", "institutionPermanences"],
];

function checkDetails(indicators: CentreIndicators, path: ProblemPath) {
  return DETAILS.flatMap(([detail, base]): Problem[] =>
    indicators[detail] === true && indicators[base] === false
      ? [
          {
            path: [...path, detail],
            code: "inconsistent-indicator",
            message: `Vous répondez oui à «\u00A0${INDICATOR_LABELS[detail]}\u00A0», mais non à «\u00A0${INDICATOR_LABELS[base]}\u00A0»\u00A0: corrigez l’une des deux réponses.`,
          },
        ]
      : [],
  );
}

/** Counts that mean nothing when the thing counted is answered « non » or 0: [count, base]. */
function checkEmptyBases(indicators: CentreIndicators, path: ProblemPath) {
  const problems: Problem[] = [];
  const { peoplePerWeek, digitalWorkshops, computers, equipmentState } =
    indicators;
  if (
    peoplePerWeek !== undefined &&
    peoplePerWeek > 0 &&
    digitalWorkshops === false
  )
    problems.push({
      path: [...path, "peoplePerWeek"],
      code: "inconsistent-indicator",
      message: `Vous comptez ${peoplePerWeek} personne${peoplePerWeek > 1 ? "s" : ""} par semaine aux ateliers, mais vous répondez non à «\u00A0${INDICATOR_LABELS.digitalWorkshops}\u00A0»\u00A0: corrigez l’une des deux réponses.`,
    });
  if (computers === 0 && equipmentState !== undefined)
    problems.push({
      path: [...path, "equipmentState"],
      code: "inconsistent-indicator",
      message: `Vous donnez l’état du parc informatique, mais 0 ordinateur pour le public\u00A0: corrigez le nombre d’ordinateurs, ou retirez l’état du parc.`,
    });
  return problems;
}

/** Answers that contradict each other, on indicators already valid for the schema (see `indicatorProblems`). */
export function checkIndicators(
  indicators: CentreIndicators,
  path: ProblemPath = ["indicators"],
): Problem[] {
  return [
    ...checkParts(indicators, path),
    ...checkDetails(indicators, path),
    ...checkEmptyBases(indicators, path),
  ];
}

/**
 * The indicators’ answers that contradict each other: more salarié·es and vacataires than people in charge of
 * digital matters, a detail answered « oui » under a « non » (hours of a free access the centre does not have),
 * people counted at workshops the centre does not run, the state of zero computers. Each problem is at the path
 * `["indicators", <the indicator to look at>]`, with a French message that names the figures and says what to
 * fix. These are warnings: a document with contradictions is still valid (`parse` keeps it), so that nothing
 * typed is lost. Throws `AssessmentArgumentError` when `indicators` does not fit `CentreIndicators`.
 */
export function indicatorProblems(indicators: CentreIndicators): Problem[] {
  return checkIndicators(
    parseWith(CentreIndicators, indicators, undefined, ["indicators"]),
  );
}
