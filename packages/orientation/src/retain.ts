import type { NeedId } from "./needs.js";
import type { Rule } from "./rule-schema.js";

/** A rule kept for a situation, with the needs it answers there. */
export interface Retained {
  rule: Rule;
  needs: NeedId[];
}

/** Which matching rules answer which needs. */
export interface Retention {
  /** For each need, the matching answer rule with the highest priority. */
  winners: Map<NeedId, Rule>;
  /** The needs `rule` answers: those it wins, or, for a complement, all of its needs named. */
  needsOf: (rule: Rule) => NeedId[];
  /** The retained rules, higher priority first; on a tie, the need the person named first. */
  retained: Retained[];
}

/** Higher priority first; on a tie, table order. */
export const byPriority = (rules: readonly Rule[]): Rule[] =>
  rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
    .map(({ rule }) => rule);

/**
 * The rules retained among `ranked` (the rules that fire, by `byPriority`) for the person's
 * `needs` (without duplicates, in the order named): what both `explain` and `questionsToAsk`
 * build on, before any actor is picked.
 */
export function retain(
  ranked: readonly Rule[],
  needs: readonly NeedId[],
): Retention {
  const winners = new Map<NeedId, Rule>();
  for (const need of needs) {
    const winner = ranked.find(
      (rule) => rule.kind === "answer" && rule.when.needs.includes(need),
    );
    if (winner !== undefined) winners.set(need, winner);
  }
  const needsOf = (rule: Rule): NeedId[] =>
    needs.filter((need) =>
      rule.kind === "complement"
        ? rule.when.needs.includes(need)
        : winners.get(need) === rule,
    );
  const firstNamed = (some: NeedId[]): number =>
    Math.min(...some.map((need) => needs.indexOf(need)));
  const retained = ranked
    .map((rule) => ({ rule, needs: needsOf(rule) }))
    .filter((entry) => entry.needs.length > 0)
    .sort(
      (a, b) =>
        b.rule.priority - a.rule.priority ||
        firstNamed(a.needs) - firstNamed(b.needs),
    );
  return { winners, needsOf, retained };
}
