import { safeParseFrench } from "@mediation-numerique/core";
import {
  COOP_AUTONOMIE_LABELS,
  COOP_DEVICE_QUESTION,
  COOP_MATERIEL_BY_DEVICE,
  COOP_MATERIEL_LABELS,
  COOP_WORKSHOP_LEVEL_LABELS,
} from "./data/coop.js";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import type {
  CoopDiagnosticValues,
  CoopMaterielChoice,
} from "./schema/coop.js";
import { DiagnosticResult } from "./schema/result.js";

/** The device the person named, read from the counted answers of our questionnaire. */
function materielOf(result: DiagnosticResult): CoopMaterielChoice[] {
  if (result.questionnaireId !== QUESTIONNAIRE.id) return [];
  const device = result.explanation
    .flatMap((explanation) => explanation.answers)
    .find((answer) => answer.questionId === COOP_DEVICE_QUESTION)?.optionId;
  if (device === undefined || !Object.hasOwn(COOP_MATERIEL_BY_DEVICE, device))
    return [];
  return COOP_MATERIEL_BY_DEVICE[
    device as keyof typeof COOP_MATERIEL_BY_DEVICE
  ].map((value) => ({ value, label: COOP_MATERIEL_LABELS[value] }));
}

/** A domain’s label in our questionnaire; its ID for another questionnaire. */
const domainLabel = (result: DiagnosticResult, domainId: string): string =>
  (result.questionnaireId === QUESTIONNAIRE.id
    ? QUESTIONNAIRE.domains.find((domain) => domain.id === domainId)?.label
    : undefined) ?? domainId;

/**
 * The values of La Coop de la médiation numérique’s activity report (CRA) that a diagnostic
 * gives, each with the label La Coop’s form shows:
 * - `autonomie`: the result’s `overall.coopAutonomie` (from the overall level,
 *   `COOP_AUTONOMIE_BY_LEVEL`); null while no usage question has an answer;
 * - `materiel`: the values the person’s own device may stand for (`COOP_MATERIEL_BY_DEVICE`,
 *   our reading: `COOP_MATERIEL_READING`), to confirm; empty when the answer names no type of
 *   device or the questionnaire is not ours;
 * - `niveauxAtelier`: the workshop `niveau` for each usage domain (those counted in the
 *   overall level) that has an answer.
 *
 * @throws {DiagnosticInputError} when `result` is not a `DiagnosticResult`.
 */
export function coopValuesFromDiagnostic(
  result: unknown,
): CoopDiagnosticValues {
  const parsed = safeParseFrench(DiagnosticResult, result);
  if (!parsed.success) throw new DiagnosticInputError(parsed.problems);
  const { overall, domains } = parsed.data;
  const usage = new Set(overall.domainIds);
  return {
    autonomie:
      overall.coopAutonomie === null
        ? null
        : {
            value: overall.coopAutonomie,
            label: COOP_AUTONOMIE_LABELS[overall.coopAutonomie],
          },
    materiel: materielOf(parsed.data),
    niveauxAtelier: domains.flatMap((domain) =>
      domain.workshopLevel === null || !usage.has(domain.domainId)
        ? []
        : [
            {
              domainId: domain.domainId,
              domainLabel: domainLabel(parsed.data, domain.domainId),
              value: domain.workshopLevel,
              label: COOP_WORKSHOP_LEVEL_LABELS[domain.workshopLevel],
            },
          ],
    ),
  };
}
