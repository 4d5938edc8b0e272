import {
  benchmarkComparison,
  type IndicatorComparison,
} from "./benchmark-comparison.js";
import { benchmarks, type Benchmarks } from "./benchmarks.js";
import type { CentreIndicators, IndicatorId } from "./indicators.js";

/**
 * The themes of the indicators, in the order of the 2017 survey’s sections (seed 000): « Une qualité
 * d’équipement à forts contrastes », « Un accès wifi peu développé », « Un accès libre encadré et généralisé »
 * (equipment and access); « L’absence fréquente de poste dédié à la médiation numérique » (workshops, their
 * public and the staff); then the permanences and partnerships. The grouping is our reading of those sections.
 */
export const INDICATOR_THEMES = [
  {
    id: "equipement-acces",
    label: "Équipement et accès",
    indicators: [
      "dedicatedRoom",
      "computers",
      "equipmentState",
      "bandwidth",
      "publicWifi",
      "freeAccess",
      "freeAccessHours",
      "freeAccessFacilitator",
    ],
  },
  {
    id: "ateliers-public",
    label: "Ateliers et public",
    indicators: ["digitalWorkshops", "workshopsByLevel", "peoplePerWeek"],
  },
  {
    id: "equipe",
    label: "Équipe",
    indicators: ["digitalStaff", "salariedStaff", "sessionalStaff"],
  },
  {
    id: "permanences-partenariats",
    label: "Permanences, partenaires et territoire",
    indicators: [
      "institutionPermanences",
      "coRunPermanences",
      "rightsAccessPermanences",
      "cafDigitalPoint",
      "franceServices",
      "digitalPartnerships",
      "territorialProjectKnown",
    ],
  },
] as const satisfies readonly {
  id: string;
  label: string;
  indicators: readonly IndicatorId[];
}[];

/** The ID of a theme of indicators. */
export type IndicatorThemeId = (typeof INDICATOR_THEMES)[number]["id"];

/** One theme of `benchmarkThemes`: its answered indicators set beside the surveys. */
export interface ThemeComparison {
  readonly theme: IndicatorThemeId;
  readonly label: string;
  readonly comparisons: readonly IndicatorComparison[];
}

/**
 * `benchmarkComparison` grouped by theme (`INDICATOR_THEMES`), in the themes’ order; a theme with no answered
 * indicator that the surveys measure is left out. Throws `AssessmentArgumentError` as `benchmarkComparison`.
 */
export function benchmarkThemes(
  indicators: CentreIndicators,
  data: Benchmarks = benchmarks,
): ThemeComparison[] {
  const comparisons = benchmarkComparison(indicators, data);
  return INDICATOR_THEMES.flatMap(({ id, label, indicators: ids }) => {
    const inTheme = comparisons.filter((c) =>
      (ids as readonly IndicatorId[]).includes(c.indicator),
    );
    return inTheme.length === 0
      ? []
      : [{ theme: id, label, comparisons: inTheme }];
  });
}
