import type { InstrumentDefinition } from "../engine/instrument.js";
import type { Scale } from "../engine/scale.js";

/** The maturity scale of the centre instrument, lowest level first. */
export const maturityScale = {
  id: "maturite",
  label: "Maturité de l’action",
  defaultTarget: "en-place",
  levels: [
    {
      id: "pas-lance",
      label: "Pas encore lancé",
      description:
        "Le centre ne mène pas encore cette action et n’a pas commencé à la préparer.",
    },
    {
      id: "en-preparation",
      label: "En préparation",
      description:
        "L’action est en réflexion ou en préparation\u00a0: besoins, objectifs, moyens ou partenaires sont à l’étude.",
    },
    {
      id: "en-place",
      label: "En place",
      description: "Le centre mène cette action de façon régulière.",
    },
    {
      id: "en-place-evalue",
      label: "En place et évalué",
      description:
        "Le centre mène cette action et en fait le bilan (participation, effets, retours des habitant·es) pour l’ajuster.",
    },
  ],
} as const satisfies Scale;

/**
 * The centre instrument: the projet numérique, the usage axes, the dimensions and the action types of the
 * référentiel d’action (FCS93, 2018), on the maturity scale.
 */
export const centreDefinition: InstrumentDefinition = {
  id: "centre",
  label: "Auto-évaluation de l’action numérique du centre social",
  scale: maturityScale,
  referentiels: ["fcs93-action"],
  kinds: ["projet", "axe-usage", "dimension", "type-action"],
};
