import {
  frenchList,
  nearest,
  NBSP,
  NNBSP,
  type Problem,
  quote,
} from "@mediation-numerique/core";

/**
 * Adds « vouliez-vous dire … ? » to the unknown question problems, naming the nearest known IDs
 * (core’s `nearest`, which gives none for a long query: the work stays bounded).
 * Main entry only (`parseAnswers`): the zod-free `./scoring` entry stays small.
 */
export function withSuggestions(
  questionIds: readonly string[],
  problems: readonly Problem[],
): Problem[] {
  return problems.map((problem) => {
    const unknown = problem.path[1];
    if (problem.code !== "unknown-question" || typeof unknown !== "string")
      return problem;
    const found = nearest(unknown, questionIds);
    if (found.length === 0) return problem;
    return {
      ...problem,
      message: `question inconnue ${quote(unknown)}${NBSP}: vouliez-vous dire ${found.map((id) => quote(id)).join(" ou ")}${NNBSP}? Questions possibles${NBSP}: ${frenchList(questionIds)}.`,
    };
  });
}
