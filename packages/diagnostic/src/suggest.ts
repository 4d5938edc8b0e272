import { list, quote } from "./errors.js";
import type { Problem } from "./schema/problem.js";
import type { Questionnaire } from "./schema/questionnaire.js";

const MAX_SUGGESTIONS = 3;

/** Edit distance: insertions, deletions, substitutions and swaps of two neighbours (a typo each). */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j] ?? 0, (before[j - 2] ?? 0) + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length] ?? 0;
}

/**
 * The known IDs nearest to an unknown one (case ignored), in the given order: those at the
 * smallest distance, if it is at most a third of the ID’s length (at least 1, at most 3).
 */
export function nearestIds(
  unknown: string,
  known: Iterable<string>,
): readonly string[] {
  const target = unknown.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  let best = limit + 1;
  let nearest: string[] = [];
  for (const id of known) {
    const distance = editDistance(target, id.toLowerCase());
    if (distance < best) [best, nearest] = [distance, [id]];
    else if (distance === best) nearest.push(id);
  }
  return nearest.slice(0, MAX_SUGGESTIONS);
}

/**
 * Adds « vouliez-vous dire … ? » to the unknown question problems, naming the nearest known IDs.
 * Main entry only (`parseAnswers`): the zod-free `./scoring` entry stays small.
 */
export function withSuggestions(
  q: Questionnaire,
  problems: readonly Problem[],
): Problem[] {
  const ids = q.questions.map((question) => question.id);
  return problems.map((problem) => {
    const unknown = problem.path[1];
    if (problem.code !== "unknown_question" || typeof unknown !== "string")
      return problem;
    const nearest = nearestIds(unknown, ids);
    if (nearest.length === 0) return problem;
    return {
      ...problem,
      message: `question inconnue ${quote(unknown)}\u00A0: vouliez-vous dire ${nearest.map(quote).join(" ou ")}\u202F? Questions possibles\u00A0: ${list(ids)}.`,
    };
  });
}
