import { fc, test } from "@fast-check/vitest";
import { timeCall } from "@mediation-numerique/tooling/hardening";
import { AUTONOMY_LEVELS } from "@mediation-numerique/diagnostic";
import { describe, expect } from "vitest";
import { ActorId } from "./actors.js";
import { explain, orient } from "./explain.js";
import { Explanation, UnknownFact } from "./explanation.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { questionsToAsk } from "./questions.js";
import type { Situation } from "./situation.js";
import { RULES_TABLE } from "./rules.js";
import { QUESTIONS } from "./unknown-facts.js";

/*
 * The test's own enumerator, independent of the implementation's: it completes situations
 * with every answer (every body, every level), calls `orient`, and compares the
 * recommendations reduced to their actor, mode and needs.
 */

type Fact = UnknownFact;
type Answers = (fact: Fact) => readonly unknown[];

/** Every subset of the actors: 64 answers to « what is near the person? ». */
const ALL_SUBSETS: ActorId[][] = Array.from({ length: 64 }, (_, mask) =>
  ActorId.options.filter((_, bit) => (mask >> bit) & 1),
);

const MATCHING_ANSWERS: Record<Exclude<Fact, "nearby">, readonly unknown[]> = {
  urgent: [true, false],
  hasTime: [true, false],
  wantsToLearn: [true, false],
  autonomy: AUTONOMY_LEVELS,
  procedure: ProcedureId.options,
};

/** The answers to each fact, with `nearby` answered from `subsets`. */
const answersWith =
  (subsets: readonly ActorId[][]): Answers =>
  (fact) =>
    fact === "nearby" ? subsets : MATCHING_ANSWERS[fact];

/** `situation` with `fact` answered `value`, or left unknown (absent) for `undefined`. */
const withFact = (situation: Situation, fact: Fact, value: unknown) =>
  Object.fromEntries([
    ...Object.entries(situation).filter(([key]) => key !== fact),
    ...(value === undefined ? [] : [[fact, value]]),
  ]) as Situation;

/** Every completion of `situation` on `facts`: each fact left unknown or given each answer. */
function* completions(
  situation: Situation,
  facts: readonly Fact[],
  answers: Answers,
): Generator<Situation> {
  const [first, ...rest] = facts;
  if (first === undefined) {
    yield situation;
    return;
  }
  for (const value of [undefined, ...answers(first)])
    yield* completions(withFact(situation, first, value), rest, answers);
}

const some = <T>(items: Iterable<T>, test: (item: T) => boolean): boolean => {
  for (const item of items) if (test(item)) return true;
  return false;
};

/** The recommendations reduced to actor, mode and needs; memoized, as completions repeat. */
const reducedCache = new Map<string, string>();
const reduced = (situation: Situation): string => {
  const key = JSON.stringify([
    situation.needs,
    ...UnknownFact.options.map((fact) => situation[fact] ?? null),
  ]);
  let result = reducedCache.get(key);
  if (result === undefined) {
    result = JSON.stringify(
      orient(situation).map((r) => [r.actor, r.mode, r.needs]),
    );
    reducedCache.set(key, result);
  }
  return result;
};

const unknownFacts = (situation: Situation): Fact[] =>
  UnknownFact.options.filter((fact) => situation[fact] === undefined);

/** Any situation, with any subset of its facts unknown. */
const situation = fc.record(
  {
    needs: fc.uniqueArray(fc.constantFrom(...NeedId.options), { minLength: 1 }),
    urgent: fc.boolean(),
    hasTime: fc.boolean(),
    wantsToLearn: fc.boolean(),
    autonomy: fc.constantFrom(...AUTONOMY_LEVELS),
    nearby: fc.subarray(ActorId.options),
    procedure: fc.constantFrom(...ProcedureId.options),
  },
  { requiredKeys: ["needs"] },
);
/** A few answers to « what is near the person? », for the checks over every completion. */
const nearbySample = fc.uniqueArray(fc.subarray(ActorId.options), {
  minLength: 1,
  maxLength: 3,
  selector: (subset) => subset.join(),
});

describe("unknown facts, for any situation", () => {
  test.prop([situation])(
    "no recommendation is faire à la place while hasTime or wantsToLearn is unknown",
    (s) => {
      const result = orient(s);
      if (s.hasTime === undefined || s.wantsToLearn === undefined)
        expect(result.map((r) => r.mode)).not.toContain("faire-a-la-place");
    },
  );

  test.prop([situation])(
    "known facts are never listed; questions come in the order of UnknownFact, worded by QUESTIONS",
    (s) => {
      const questions = explain(s).questions;
      for (const { fact, question } of questions) {
        expect(s[fact]).toBeUndefined();
        expect(question).toBe(QUESTIONS[fact]);
      }
      const facts = questions.map((q) => q.fact);
      expect(facts).toEqual(
        UnknownFact.options.filter((fact) => facts.includes(fact)),
      );
      expect(questionsToAsk(s)).toEqual(questions);
    },
  );

  test.prop([situation])(
    "explain's result passes its schema, unknown conditions and questions included",
    (s) => {
      const result = Explanation.safeParse(explain(s));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  test.prop([situation])(
    "each listed fact has answers (to it and to the other unknown facts) that change the result",
    (s) => {
      const unknown = unknownFacts(s);
      const every = answersWith(ALL_SUBSETS);
      for (const { fact } of questionsToAsk(s)) {
        const others = unknown.filter((other) => other !== fact);
        const changes = some(completions(s, others, every), (completed) =>
          every(fact).some(
            (value) =>
              reduced(withFact(completed, fact, value)) !== reduced(completed),
          ),
        );
        expect(changes, `${fact} changes nothing`).toBe(true);
      }
    },
  );

  test.prop([situation, nearbySample], { numRuns: 60 })(
    "no answer to an unlisted fact changes the result, whatever the other unknown facts are",
    (s, subsets) => {
      const unknown = unknownFacts(s);
      const listed = questionsToAsk(s).map((q) => q.fact);
      const answers = answersWith(subsets);
      for (const fact of unknown.filter((f) => !listed.includes(f))) {
        const others = unknown.filter((other) => other !== fact);
        for (const completed of completions(s, others, answers))
          for (const value of answers(fact))
            expect(
              reduced(withFact(completed, fact, value)),
              `${fact}: ${JSON.stringify(value)}`,
            ).toBe(reduced(completed));
      }
    },
  );
});

describe("questions still worth asking", () => {
  test("the issue's case, a démarche and nothing else: guided by the médiation numérique, never done for her; all six questions count (urgent, hasTime and wantsToLearn choose among the démarche rules, the level of autonomy and the body (ANTS) change actor or mode, and the ANTS and no-time rules have a second actor)", () => {
    const { recommendations, questions } = explain({
      needs: ["demarche-en-ligne"],
    });
    expect(recommendations.map((r) => [r.actor, r.mode])).toEqual([
      ["mediation-numerique", "faire-avec"],
    ]);
    expect(recommendations[0]?.nearby).toBe("unknown");
    expect(questions.map((q) => q.fact)).toEqual([
      "urgent",
      "hasTime",
      "wantsToLearn",
      "nearby",
      "autonomy",
      "procedure",
    ]);
  });

  test("urgent and no time, but nobody asked about learning: not done for her, and the blocked rule says what to ask", () => {
    const { recommendations, rules, questions } = explain({
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: false,
      nearby: ActorId.options,
    });
    expect(recommendations.map((r) => [r.actor, r.mode])).toEqual([
      ["mediation-numerique", "faire-avec"],
    ]);
    expect(
      rules.find((r) => r.rule === "demarche-urgente-sans-temps"),
    ).toMatchObject({
      outcome: "not-matched",
      unmet: ["wantsToLearn"],
      unknown: ["wantsToLearn"],
    });
    expect(questions.map((q) => q.fact)).toEqual(["wantsToLearn", "procedure"]);
  });

  test("a device alone: only the wish to learn counts (it adds a workshop); no rule for a device reads the others, and one place answers it", () => {
    expect(questionsToAsk({ needs: ["equipement"] })).toEqual([
      { fact: "wantsToLearn", question: QUESTIONS.wantsToLearn },
    ]);
  });

  test("a job search: the wish to learn and what is near (France Travail, else the médiation numérique)", () => {
    expect(
      questionsToAsk({ needs: ["recherche-emploi"] }).map((q) => q.fact),
    ).toEqual(["wantsToLearn", "nearby"]);
  });

  test("a complex social situation alone: nothing to ask, the social worker answers it whatever the facts", () => {
    expect(questionsToAsk({ needs: ["situation-sociale-complexe"] })).toEqual(
      [],
    );
  });

  test("every fact given: nothing to ask", () => {
    expect(
      questionsToAsk({
        needs: ["demarche-en-ligne", "recherche-emploi"],
        urgent: false,
        hasTime: true,
        wantsToLearn: false,
        nearby: ["mediation-numerique"],
        autonomy: "usage-partiel",
        procedure: "caf",
      }),
    ).toEqual([]);
  });

  test("the questions are worded for the mediator, in French typography", () => {
    expect(Object.values(QUESTIONS)).toEqual([
      "La démarche est-elle urgente\u202f?",
      "La personne a-t-elle du temps maintenant\u202f?",
      "La personne a-t-elle envie d’apprendre à le faire\u202f?",
      "Quels lieux existent près de chez la personne\u202f?",
      "Quel est le niveau d’autonomie de la personne\u202f? Le diagnostic le donne.",
      "Quel organisme traite la démarche\u202f?",
    ]);
  });

  test("a custom table too large to weigh every answer: each unknown fact a rule reads is asked, a question too many rather than one missing, still quickly", () => {
    // 600 rules for a device that read every fact but never win (priority 0, after the safety
    // net): they change nothing, yet weighing every answer against them is past the work limit.
    const shadows = Array.from({ length: 600 }, (_, i) => ({
      id: `ombre-${i}`,
      kind: "answer" as const,
      when: {
        needs: ["equipement" as const],
        urgent: true,
        hasTime: true,
        autonomyAtLeast: "autonome" as const,
        procedures: ["caf" as const],
      },
      recommend: [
        { actor: "france-services" as const, mode: "faire-avec" as const },
        { actor: "mediation-numerique" as const, mode: "faire-avec" as const },
      ],
      priority: 0,
      reason: "Une règle qui ne l’emporte jamais.",
      sources: [{ document: "hypra-2024" as const, section: "TEMPS 3" }],
    }));
    const table = { ...RULES_TABLE, rules: [...RULES_TABLE.rules, ...shadows] };
    const input = { needs: ["equipement"] };
    const { ms, error } = timeCall(questionsToAsk, [input, table]);
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(100);
    expect(orient(input, table)).toEqual(orient(input));
    expect(questionsToAsk(input).map((q) => q.fact)).toEqual(["wantsToLearn"]);
    expect(questionsToAsk(input, table).map((q) => q.fact)).toEqual(
      UnknownFact.options,
    );
    // A fact given is still never asked.
    expect(
      questionsToAsk({ ...input, urgent: true, nearby: [] }, table).map(
        (q) => q.fact,
      ),
    ).toEqual(["hasTime", "wantsToLearn", "autonomy", "procedure"]);
  });

  test("every need, every fact unknown: well under the hardening budget of 100 ms of CPU time", () => {
    const input = { needs: NeedId.options };
    const first = timeCall(questionsToAsk, [input], { tries: 1 });
    const questions = timeCall(questionsToAsk, [input], { tries: 5 });
    const explained = timeCall(explain, [input], { tries: 5 });
    console.log(
      `all facts unknown, ${input.needs.length} needs: questionsToAsk ${first.ms.toFixed(1)} ms on its first call, ${questions.ms.toFixed(1)} ms at best of 5; explain ${explained.ms.toFixed(1)} ms at best of 5 (CPU time)`,
    );
    expect(first.ms).toBeLessThan(100);
    expect(questions.error).toBeUndefined();
    expect(questions.ms).toBeLessThan(100);
    expect(explained.ms).toBeLessThan(100);
  });
});
