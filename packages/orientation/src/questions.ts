import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
import { ActorId } from "./actors.js";
import { checkedSituation } from "./checked-input.js";
import type { Question } from "./explanation.js";
import { factMatcher, factsRead } from "./match.js";
import type { NeedId } from "./needs.js";
import { groupByOption, pickOption } from "./pick-option.js";
import { ProcedureId } from "./procedures.js";
import { byPriority, retain, type Retained } from "./retain.js";
import type { Rule, RulesTable } from "./rule-schema.js";
import { RULES_TABLE } from "./rules.js";
import type { Situation } from "./situation.js";
import { QUESTIONS, UNKNOWN_FACTS } from "./unknown-facts.js";

type UnknownFact = (typeof UNKNOWN_FACTS)[number];
/** The unknown facts that decide which rules fire (`nearby` only decides which actor). */
type MatchingFact = Exclude<UnknownFact, "nearby">;
type Nearby = readonly ActorId[] | undefined;

/**
 * The answers a matching fact may get that could change which rules fire. A body no rule names
 * meets no condition, as an unknown one does: only the bodies the rules name are tried.
 */
const answersOf = (
  fact: MatchingFact,
  rules: readonly Rule[],
): readonly unknown[] => {
  if (fact === "autonomy") return LEVEL_IDS;
  if (fact === "procedure")
    return ProcedureId.options.filter((body) =>
      rules.some((rule) => rule.when.procedures?.includes(body)),
    );
  return [true, false];
};
const MATCHING_FACTS = UNKNOWN_FACTS.filter(
  (fact): fact is MatchingFact => fact !== "nearby",
);

/** An unknown fact some rule reads, with its answers and its place in the numbering of completions. */
interface OpenFact {
  fact: MatchingFact;
  answers: readonly unknown[];
  /** Completions are numbered in mixed radix: this fact's digit (0 unknown, d the answer d − 1) weighs `stride`. */
  stride: number;
}

/** The open facts of a situation, and how many completions they have. */
function openFacts(
  situation: Situation,
  rules: readonly Rule[],
): { open: OpenFact[]; count: number } {
  const read = new Set(rules.flatMap(factsRead));
  let count = 1;
  const open = MATCHING_FACTS.filter(
    (fact) => situation[fact] === undefined && read.has(fact),
  ).map((fact) => {
    const answers = answersOf(fact, rules);
    const entry = { fact, answers, stride: count };
    count *= answers.length + 1;
    return entry;
  });
  return { open, count };
}

/**
 * For each completion of the open facts, the rules it retains, as an index into `outcomes` (the
 * distinct lists of retained rules).
 */
function complete(
  situation: Situation,
  rules: readonly Rule[],
  needs: readonly NeedId[],
  { open, count }: { open: OpenFact[]; count: number },
): { outcomes: Retained[][]; outcomeOf: number[] } {
  const ranked = byPriority(rules).map((rule, rank) => ({
    rule,
    rank,
    fires: factMatcher(rule),
  }));
  const outcomes: Retained[][] = [];
  const outcomeByRules = new Map<string, number>();
  const outcomeOf: number[] = [];
  const completed: Record<string, unknown> = { ...situation };
  for (let c = 0; c < count; c++) {
    for (const { fact, answers, stride: step } of open) {
      const digit = Math.floor(c / step) % (answers.length + 1);
      completed[fact] = digit === 0 ? undefined : answers[digit - 1];
    }
    const firing = ranked.filter(({ fires }) => fires(completed as Situation));
    const key = firing.map(({ rank }) => rank).join();
    let outcome = outcomeByRules.get(key);
    if (outcome === undefined) {
      outcome = outcomes.length;
      outcomes.push(
        retain(
          firing.map(({ rule }) => rule),
          needs,
        ).retained,
      );
      outcomeByRules.set(key, outcome);
    }
    outcomeOf.push(outcome);
  }
  return { outcomes, outcomeOf };
}

/** Every subset of `actors` (2^6 at most: the actors a situation can name). */
const subsets = (actors: readonly ActorId[]): ActorId[][] =>
  actors.reduce<ActorId[][]>(
    (all, actor) => [...all, ...all.map((subset) => [...subset, actor])],
    [[]],
  );

/**
 * The recommendations `retained` gives with `nearby`, reduced to their actor, mode and needs
 * (what `orient` would say, without reasons nor sources), as one comparable string.
 */
const reducedResult = (
  retained: readonly Retained[],
  nearby: Nearby,
  needOrder: readonly NeedId[],
): string =>
  groupByOption(
    retained.map((entry) => ({
      picked: pickOption(entry.rule.recommend, nearby),
      needs: entry.needs,
    })),
  )
    .map((group) => {
      const needs = needOrder.filter((need) =>
        group.some((entry) => entry.needs.includes(need)),
      );
      return `${group[0].picked.actor}/${group[0].picked.mode}:${needs.join()}`;
    })
    .join("|");

/**
 * The most rule checks (completions × rules), or actor picks (lists of retained rules × answers
 * about what is near the person × their length), `questionsFor` spends on one situation. The
 * package's own table needs at most 4,050 and 13,000; a custom table of hundreds of rules could
 * take seconds, so past the limit the questions are those of `someRuleReads`.
 */
const WORK_LIMIT = 50_000;

/**
 * The open facts some rule reads (and `nearby`, unknown, when a rule names two actors): what
 * `questionsFor` lists when the exact answer is past `WORK_LIMIT`, a question too many rather
 * than one missing.
 */
const someRuleReads = (
  situation: Situation,
  rules: readonly Rule[],
  open: readonly OpenFact[],
): Set<UnknownFact> => {
  const read = new Set<UnknownFact>(open.map(({ fact }) => fact));
  if (
    situation.nearby === undefined &&
    rules.some((rule) => new Set(rule.recommend.map((o) => o.actor)).size > 1)
  )
    read.add("nearby");
  return read;
};

/**
 * The questions still worth asking for a checked situation (see `questionsToAsk`). Every
 * completion of the open facts (the unknown matching facts some rule reads, each left unknown
 * or given each answer: 270 at most with the package's table) gives the rules retained; the
 * actors near the person, when unknown, range over unknown and every subset of the actors the
 * rules name. A fact is listed when changing it alone, in some completion, changes the reduced
 * recommendations for some such answer about what is near.
 */
export function questionsFor(
  situation: Situation,
  table: RulesTable,
): Question[] {
  const needs = [...new Set(situation.needs)];
  const rules = table.rules.filter((rule) =>
    rule.when.needs.some((need) => needs.includes(need)),
  );
  const listed = listedFacts(situation, rules, needs);
  return UNKNOWN_FACTS.filter((fact) => listed.has(fact)).map((fact) => ({
    fact,
    question: QUESTIONS[fact],
  }));
}

function listedFacts(
  situation: Situation,
  rules: readonly Rule[],
  needs: readonly NeedId[],
): Set<UnknownFact> {
  const completions = openFacts(situation, rules);
  if (completions.count * rules.length > WORK_LIMIT)
    return someRuleReads(situation, rules, completions.open);
  const { outcomes, outcomeOf } = complete(
    situation,
    rules,
    needs,
    completions,
  );

  // The answers about what is near the person: the one given, or unknown and every subset.
  const named = ActorId.options.filter((actor) =>
    rules.some((rule) => rule.recommend.some((o) => o.actor === actor)),
  );
  const nearbyAnswers: Nearby[] =
    situation.nearby === undefined
      ? [undefined, ...subsets(named)]
      : [situation.nearby];
  const longest = Math.max(...outcomes.map((outcome) => outcome.length));
  if (outcomes.length * nearbyAnswers.length * (longest + 1) > WORK_LIMIT)
    return someRuleReads(situation, rules, completions.open);
  const results = new Map<string, string>();
  const result = (outcome: number, answer: number): string => {
    const key = `${outcome}/${answer}`;
    let reduced = results.get(key);
    if (reduced === undefined) {
      reduced = reducedResult(
        outcomes[outcome] ?? [],
        nearbyAnswers[answer],
        needs,
      );
      results.set(key, reduced);
    }
    return reduced;
  };
  const differ = (a: number, b: number): boolean =>
    a !== b &&
    nearbyAnswers.some((_, answer) => result(a, answer) !== result(b, answer));

  const listed = new Set<UnknownFact>();
  for (const { fact, answers, stride } of completions.open) {
    const radix = answers.length + 1;
    const changes = (outcome: number, c: number): boolean => {
      const digit = Math.floor(c / stride) % radix;
      return (
        digit > 0 && differ(outcome, outcomeOf[c - digit * stride] ?? outcome)
      );
    };
    if (outcomeOf.some(changes)) listed.add(fact);
  }
  const nearbyMatters = outcomes.some((_, outcome) =>
    nearbyAnswers.some(
      (_, answer) => result(outcome, answer) !== result(outcome, 0),
    ),
  );
  if (situation.nearby === undefined && nearbyMatters) listed.add("nearby");
  return listed;
}

/**
 * The questions still worth asking for a situation, in the order of `UnknownFact`, each
 * worded for the mediator (`QUESTIONS`). An unknown fact is listed when some answers to the
 * other unknown facts (each left unknown or answered) and some answer to it change the
 * recommendations' actors, modes or needs: facts such as `urgent` and `hasTime` matter only
 * together, so each is weighed with the others open. Known facts are never listed. Throws
 * `OrientationInputError` like `explain`, whose `questions` it is.
 */
export const questionsToAsk = (
  input: unknown,
  table: RulesTable = RULES_TABLE,
): Question[] => questionsFor(checkedSituation(input, table), table);
