import { checkQuestionnaireShape } from "./check-questionnaire.js";
import { throwProblems } from "./errors.js";
import type { Option, Questionnaire } from "./schema/questionnaire.js";

/** A question, ready for scoring: its domain position, its options by ID and its maximum. */
interface IndexedQuestion {
  readonly id: string;
  readonly position: number;
  readonly domainIndex: number;
  readonly options: ReadonlyMap<string, Option>;
  readonly max: number;
}

/** Lookup tables built once per questionnaire object. */
export interface QuestionnaireIndex {
  readonly questions: ReadonlyMap<string, IndexedQuestion>;
  readonly ordered: readonly IndexedQuestion[];
  /** Number of questions of each domain, in domain order. */
  readonly domainTotals: readonly number[];
}

const cache = new WeakMap<Questionnaire, QuestionnaireIndex>();

/**
 * Indexes a questionnaire (memoised: questionnaires are treated as immutable data). Checks first,
 * once per questionnaire object, the fields scoring reads (`checkQuestionnaireShape`).
 * The questionnaire should have passed `parseQuestionnaire`, or be the package’s own.
 *
 * @throws {DiagnosticInputError} when `q` is not a questionnaire fit for scoring.
 */
export function indexQuestionnaire(q: Questionnaire): QuestionnaireIndex {
  let index = cache.get(q);
  if (index) return index;
  throwProblems(checkQuestionnaireShape(q));
  const domainIndex = new Map(q.domains.map((d, i) => [d.id, i]));
  const ordered = q.questions.map((question, position) => ({
    id: question.id,
    position,
    domainIndex: domainIndex.get(question.domain) ?? -1,
    options: new Map(question.options.map((o) => [o.id, o])),
    max: Math.max(...question.options.map((o) => o.points)),
  }));
  const domainTotals = q.domains.map(
    (_, d) => ordered.filter((question) => question.domainIndex === d).length,
  );
  index = {
    questions: new Map(ordered.map((i) => [i.id, i])),
    ordered,
    domainTotals,
  };
  cache.set(q, index);
  return index;
}
