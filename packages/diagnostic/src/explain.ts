import {
  checkBounds,
  NBSP,
  NNBSP,
  safeParseFrench,
} from "@mediation-numerique/core";
import { DiagnosticInputError, throwProblems } from "./errors.js";
import { AUTONOMY_LEVEL_LABELS } from "./levels.js";
import { questionnaireProblems } from "./parse.js";
import type { Questionnaire } from "./schema/questionnaire.js";
import { DiagnosticResult } from "./schema/result.js";

/** The result, checked (bounds, then schema) before any work; its problems come under « result ». */
function checkResult(input: unknown): DiagnosticResult {
  throwProblems(checkBounds(input, undefined, ["result"]));
  const parsed = safeParseFrench(DiagnosticResult, input, ["result"]);
  if (parsed.success) return parsed.data;
  throw new DiagnosticInputError(parsed.problems);
}

/** One sentence group of the French explanation: which answers led to which level. */
export interface FrenchExplanation {
  readonly scope: string;
  readonly text: string;
}

/**
 * Renders `result.explanation` as French text for the mediator and the person,
 * worded as a landmark: the level reached, the answers behind it, and the next landmark.
 */
export function explainInFrench(
  questionnaire: Questionnaire,
  result: DiagnosticResult,
): FrenchExplanation[] {
  throwProblems(questionnaireProblems(questionnaire, "questionnaire"));
  const checked = checkResult(result);
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const domains = new Map(questionnaire.domains.map((d) => [d.id, d.label]));
  return checked.explanation.map((item) => {
    const title = domains.get(item.scope) ?? "Repère global";
    if (item.level === null || item.percent === null)
      return {
        scope: item.scope,
        text: `${title}${NBSP}: pas encore de repère, aucune réponse comptée.`,
      };
    const answers = item.answers.map((a) => {
      const question = questions.get(a.questionId);
      const option = question?.options.find((o) => o.id === a.optionId);
      return `«${NBSP}${question?.label ?? a.questionId}${NBSP}» → «${NBSP}${option?.label ?? a.optionId}${NBSP}» (${a.points}/${a.max})`;
    });
    const next = item.next
      ? ` Prochain repère${NBSP}: ${AUTONOMY_LEVEL_LABELS[item.next.level].label}, à partir de ${item.next.minPercent}${NNBSP}%.`
      : "";
    return {
      scope: item.scope,
      text: `${title}${NBSP}: ${AUTONOMY_LEVEL_LABELS[item.level].label} (${item.percent}${NNBSP}%, repère atteint à partir de ${item.minPercent ?? 0}${NNBSP}%). Réponses${NBSP}: ${answers.join(`${NNBSP}; `)}.${next}`,
    };
  });
}
