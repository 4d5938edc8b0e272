import type { ActorId } from "./actors.js";
import {
  COOP_STRUCTURE_DE_REDIRECTION_LABELS,
  COOP_THEMATIQUE_ADMINISTRATIVE_LABELS,
  COOP_THEMATIQUE_LABELS,
} from "./coop-labels.js";
import {
  COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE,
  COOP_THEMATIQUES_BY_NEED,
} from "./coop-mapping.js";
import {
  CoopOrientationInput,
  CoopThematique,
  type CoopOrientationValues,
  type CoopThematiqueAdministrative,
} from "./coop-schema.js";
import { parseInput, type InputSpec } from "./input.js";

const COOP_ORIENTATION_INPUT: InputSpec<typeof CoopOrientationInput> = {
  schema: CoopOrientationInput,
  summary: "Orientation invalide pour le compte rendu de La Coop",
  validValuesOf: (field) =>
    field === "" ? Object.keys(CoopOrientationInput.shape) : [],
};

/** The actor the mediator who fills the report may be: a recommendation to it is no referral. */
const DIGITAL_MEDIATION: ActorId = "mediation-numerique";

/**
 * The values of La Coop de la médiation numérique’s activity report (CRA) that an orientation
 * gives, each with the label La Coop’s form shows. `input` is an `Explanation` (from `explain`),
 * or `{ situation, recommendations }` (from `orient`):
 * - `thematiques`: the thématiques of the situation’s needs (`COOP_THEMATIQUES_BY_NEED`), in
 *   the form’s order;
 * - `thematiquesAdministratives`: the one of the procedure’s body
 *   (`COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE`), only with « Aide aux démarches
 *   administratives », as La Coop’s form asks it;
 * - `structureDeRedirection`: the `structure_de_redirection` of the first recommendation whose
 *   actor is not digital mediation; null when every recommendation stays with digital mediation,
 *   where the mediator may be the one to help (« orienté vers une autre structure » is theirs to say).
 *
 * @throws {OrientationInputError} on bad input, with every problem.
 */
export function coopValuesFromOrientation(
  input: unknown,
): CoopOrientationValues {
  const { situation, recommendations } = parseInput(
    COOP_ORIENTATION_INPUT,
    input,
  );
  const named = new Set<CoopThematique>(
    situation.needs.flatMap(
      (need) => COOP_THEMATIQUES_BY_NEED[need].thematiques,
    ),
  );
  const thematiques = CoopThematique.options.filter((value) =>
    named.has(value),
  );
  const administrative: readonly CoopThematiqueAdministrative[] =
    situation.procedure !== undefined &&
    named.has("aide_aux_demarches_administratives")
      ? COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE[situation.procedure]
          .thematiques
      : [];
  const referral = recommendations.find(
    (recommendation) => recommendation.actor !== DIGITAL_MEDIATION,
  )?.nationalSchema.structure_de_redirection;
  return {
    thematiques: thematiques.map((value) => ({
      value,
      label: COOP_THEMATIQUE_LABELS[value],
    })),
    thematiquesAdministratives: administrative.map((value) => ({
      value,
      label: COOP_THEMATIQUE_ADMINISTRATIVE_LABELS[value],
    })),
    structureDeRedirection:
      referral === undefined
        ? null
        : {
            value: referral,
            label: COOP_STRUCTURE_DE_REDIRECTION_LABELS[referral],
          },
  };
}
