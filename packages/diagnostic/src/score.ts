import { checkAnswersAgainst, checkAnswersShape } from "./check-answers.js";
import {
  COOP_AUTONOMIE_BY_LEVEL,
  WORKSHOP_LEVEL_BY_LEVEL,
} from "./coop-mapping.js";
import { DiagnosticInputError, UNREADABLE } from "./errors.js";
import { SKIPPED } from "./ids.js";
import {
  indexQuestionnaire,
  type QuestionnaireIndex,
} from "./questionnaire-index.js";
import type { AnswersDocument } from "./schema/answers.js";
import type {
  LevelThresholds,
  Option,
  Questionnaire,
} from "./schema/questionnaire.js";
import type {
  CountedAnswer,
  DetectedObstacle,
  DiagnosticResult,
  LevelExplanation,
} from "./schema/result.js";

type Threshold = LevelThresholds[number];

interface Tally {
  points: number;
  max: number;
  answers: CountedAnswer[];
}

/** The level reached by a tally, by the published thresholds; null when nothing was answered. */
function rate(thresholds: LevelThresholds, scope: string, tally: Tally) {
  if (tally.max === 0) {
    const explanation: LevelExplanation = {
      scope,
      level: null,
      percent: null,
      minPercent: null,
      next: null,
      answers: tally.answers,
    };
    return { percent: null, level: null, explanation };
  }
  const percent = Math.floor((tally.points * 100) / tally.max);
  let reached: Threshold = thresholds[0];
  let next: Threshold | null = null;
  for (const threshold of thresholds) {
    if (percent >= threshold.minPercent) reached = threshold;
    else if (next === null) next = threshold;
  }
  const explanation: LevelExplanation = {
    scope,
    level: reached.level,
    percent,
    minPercent: reached.minPercent,
    next,
    answers: tally.answers,
  };
  return { percent, level: reached.level, explanation };
}

type Choice = Option | typeof SKIPPED | undefined;

/**
 * Reads the chosen option of each question, in question order, in one pass.
 * Returns null at the first problem (or if the input refuses to be read): `refuse` then lists every problem.
 */
function readChoices(
  q: Questionnaire,
  index: QuestionnaireIndex,
  input: unknown,
): Choice[] | null {
  try {
    return readChoicesOrThrow(q, index, input);
  } catch {
    return null;
  }
}

function readChoicesOrThrow(
  q: Questionnaire,
  index: QuestionnaireIndex,
  input: unknown,
): Choice[] | null {
  if (typeof input !== "object" || input === null) return null;
  const doc = input as Partial<Record<keyof AnswersDocument, unknown>>;
  if (doc.questionnaireId !== q.id || doc.questionnaireVersion !== q.version)
    return null;
  const answers = doc.answers;
  if (typeof answers !== "object" || answers === null || Array.isArray(answers))
    return null;
  const keys = Object.keys(answers);
  if (keys.length > index.ordered.length) return null;
  const choices: Choice[] = index.ordered.map(() => undefined);
  for (const key of keys) {
    const value = (answers as Record<string, unknown>)[key];
    const question = index.questions.get(key);
    if (question === undefined || typeof value !== "string") return null;
    const choice = value === SKIPPED ? SKIPPED : question.options.get(value);
    if (choice === undefined) return null;
    choices[question.position] = choice;
  }
  return choices;
}

/** Throws the typed error listing every problem of input that `readChoices` refused. */
function refuse(q: Questionnaire, input: unknown): never {
  const shape = checkAnswersShape(input);
  const problems =
    shape.length > 0 ? shape : checkAnswersAgainst(q, input as AnswersDocument);
  // A value read differently twice (a getter) may leave no problem: it is unreadable.
  throw new DiagnosticInputError([
    problems[0] ?? UNREADABLE,
    ...problems.slice(1),
  ]);
}

/**
 * Scores a person’s answers: per domain, overall, obstacles (freins), completeness and explanation.
 * Pure and deterministic. Skipped or missing answers are reported and left out of the maxima,
 * never counted as zero.
 *
 * @param questionnaire - a questionnaire that passed `parseQuestionnaire` (or the package’s own).
 * @param answers - an answers document, of any type: it is checked.
 * @throws {DiagnosticInputError} listing every problem of the answers.
 */
export function score(
  questionnaire: Questionnaire,
  answers: unknown,
): DiagnosticResult {
  const index = indexQuestionnaire(questionnaire);
  const choices =
    readChoices(questionnaire, index, answers) ??
    refuse(questionnaire, answers);
  const tallies: Tally[] = questionnaire.domains.map(() => ({
    points: 0,
    max: 0,
    answers: [],
  }));
  const skipped: string[] = [];
  const unanswered: string[] = [];
  const revealed = new Map<string, DetectedObstacle["revealedBy"]>();

  for (const question of index.ordered) {
    const tally = tallies[question.domainIndex] as Tally;
    const option = choices[question.position];
    if (option === undefined) unanswered.push(question.id);
    else if (option === SKIPPED) skipped.push(question.id);
    else {
      const optionId = option.id;
      tally.points += option.points;
      tally.max += question.max;
      tally.answers.push({
        questionId: question.id,
        optionId,
        points: option.points,
        max: question.max,
      });
      if (option.obstacle !== undefined) {
        const list = revealed.get(option.obstacle) ?? [];
        list.push({ questionId: question.id, optionId });
        revealed.set(option.obstacle, list);
      }
    }
  }

  const overallTally: Tally = { points: 0, max: 0, answers: [] };
  const explanation: LevelExplanation[] = [];
  const domainIds: string[] = [];
  const domains = questionnaire.domains.map((domain, i) => {
    const tally = tallies[i] as Tally;
    if (domain.countsInOverall) {
      domainIds.push(domain.id);
      overallTally.points += tally.points;
      overallTally.max += tally.max;
      overallTally.answers.push(...tally.answers);
    }
    const rated = rate(questionnaire.thresholds, domain.id, tally);
    explanation.push(rated.explanation);
    return {
      domainId: domain.id,
      points: tally.points,
      max: tally.max,
      percent: rated.percent,
      level: rated.level,
      workshopLevel:
        rated.level === null ? null : WORKSHOP_LEVEL_BY_LEVEL[rated.level],
      answered: tally.answers.length,
      total: index.domainTotals[i] ?? 0,
    };
  });

  const overall = rate(questionnaire.thresholds, "overall", overallTally);
  explanation.push(overall.explanation);
  const total = index.ordered.length;
  const answered = total - skipped.length - unanswered.length;

  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    completeness: {
      answered,
      total,
      percent: Math.floor((answered * 100) / total),
      skipped,
      unanswered,
    },
    domains,
    overall: {
      points: overallTally.points,
      max: overallTally.max,
      percent: overall.percent,
      level: overall.level,
      coopAutonomie:
        overall.level === null ? null : COOP_AUTONOMIE_BY_LEVEL[overall.level],
      domainIds,
    },
    obstacles: questionnaire.obstacles.flatMap((obstacle) => {
      const revealedBy = revealed.get(obstacle.id);
      return revealedBy ? [{ obstacleId: obstacle.id, revealedBy }] : [];
    }),
    explanation,
  };
}
