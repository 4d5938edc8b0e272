import {
  quote,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import type { CentreIndicators } from "./indicators.js";

/** Answers that contradict each other (more salaried staff than staff, co-run permanences without permanences…). */
export function checkIndicators(
  indicators: CentreIndicators,
  path: ProblemPath = ["indicators"],
): Problem[] {
  const problems: Problem[] = [];
  const { digitalStaff, salariedStaff = 0, sessionalStaff = 0 } = indicators;
  if (
    digitalStaff !== undefined &&
    salariedStaff + sessionalStaff > digitalStaff
  ) {
    problems.push({
      path: [...path, "digitalStaff"],
      code: "inconsistent-staff",
      message: `Salarié·es (${salariedStaff}) et vacataires (${sessionalStaff}) dépassent le nombre de personnes chargées du numérique (${digitalStaff})\u00A0: corrigez l’un des trois nombres.`,
    });
  }
  const requires = [
    ["freeAccessHours", "freeAccess", "l’accès libre"],
    ["freeAccessFacilitator", "freeAccess", "l’accès libre"],
    [
      "coRunPermanences",
      "institutionPermanences",
      "des permanences d’institutions",
    ],
  ] as const;
  for (const [detail, base, what] of requires) {
    if (indicators[detail] === true && indicators[base] === false) {
      problems.push({
        path: [...path, detail],
        code: "inconsistent-indicator",
        message: `${quote(detail)} vaut oui alors que ${quote(base)} vaut non\u00A0: répondez d’abord oui à ${what}, ou retirez ce détail.`,
      });
    }
  }
  return problems;
}
