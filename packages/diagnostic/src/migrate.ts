import {
  checkAnswersShape,
  questionnaireMismatch,
  versionMismatch,
} from "./check-answers.js";
import { cut, NBSP, type Problem, quote } from "@mediation-numerique/core";
import { DiagnosticInputError, throwProblems } from "./errors.js";
import { SKIPPED } from "./ids.js";
import { indexQuestionnaire } from "./questionnaire-index.js";
import type { AnswersDocument } from "./schema/answers.js";
import type { AnswerRef, MigrationReport } from "./schema/migration.js";
import type { MigrationStep, Questionnaire } from "./schema/questionnaire.js";

/** Why an answer was not carried: the code and message of a `notCarried` entry. */
type Dropped = Pick<MigrationReport["notCarried"][number], "code" | "message">;

/** One answer on its way to the current version: where it started, where it is now. */
interface Trail extends AnswerRef {
  readonly from: AnswerRef;
  dropped?: Dropped;
}

function applyStep(step: MigrationStep, trail: Trail): void {
  const move = step.questions.find((m) => m.from === trail.questionId);
  if (!move) return;
  const reason = move.reason === undefined ? "" : cut(move.reason, 200);
  const why = ` retirée en version ${step.toVersion}${reason ? ` (motif${NBSP}: ${reason.replace(/\.$/, "")})` : ""}.`;
  if (move.to === null) {
    trail.dropped = {
      code: "question-withdrawn",
      message: `question ${quote(trail.questionId)}${why}`,
    };
    return;
  }
  const optionMove = move.options?.find((o) => o.from === trail.value);
  if (optionMove?.to === null) {
    trail.dropped = {
      code: "option-withdrawn",
      message: `réponse ${quote(trail.value)} de la question ${quote(trail.questionId)}${why}`,
    };
    return;
  }
  trail.questionId = move.to;
  if (optionMove) trail.value = optionMove.to;
}

function checkCurrent(q: Questionnaire, trails: readonly Trail[]): void {
  const index = indexQuestionnaire(q);
  const taken = new Set<string>();
  for (const trail of trails) {
    if (trail.dropped) continue;
    const question = index.questions.get(trail.questionId);
    if (!question)
      trail.dropped = {
        code: "unknown-question",
        message: `question ${quote(trail.questionId)} absente de la version ${q.version}.`,
      };
    else if (trail.value !== SKIPPED && !question.options.has(trail.value))
      trail.dropped = {
        code: "unknown-option",
        message: `réponse ${quote(trail.value)} absente de la question ${quote(trail.questionId)} en version ${q.version}.`,
      };
    else if (taken.has(trail.questionId))
      trail.dropped = {
        code: "conflict",
        message: `question ${quote(trail.questionId)} déjà reprise d’une autre réponse.`,
      };
    else taken.add(trail.questionId);
  }
}

function refuse(problem: Problem): never {
  throw new DiagnosticInputError([problem]);
}

function stepsFrom(
  q: Questionnaire,
  doc: AnswersDocument,
): readonly MigrationStep[] {
  if (doc.questionnaireId !== q.id) refuse(questionnaireMismatch(q, doc));
  const version = doc.questionnaireVersion;
  if (version > q.version) refuse(versionMismatch(q, version));
  if (version === q.version) return [];
  const first = q.migrations.findIndex((step) => step.fromVersion === version);
  if (first === -1)
    refuse({
      path: ["questionnaireVersion"],
      code: "no-migration-path",
      message: `aucune migration de la version ${version} à la version ${q.version}${NBSP}: ajoutez les étapes manquantes dans ${quote("migrations")}.`,
    });
  return q.migrations.slice(first);
}

/**
 * Carries answers from an older version of the questionnaire to its current version,
 * following the migration steps published in the data. Answers already at the current
 * version are checked the same way. Never guesses: what it cannot carry is listed with the reason.
 *
 * @throws {DiagnosticInputError} when the document is malformed, belongs to another questionnaire,
 * is newer than the questionnaire, or no migration path exists.
 */
export function migrateAnswers(
  questionnaire: Questionnaire,
  answers: unknown,
): MigrationReport {
  indexQuestionnaire(questionnaire); // checks the questionnaire, once per object
  throwProblems(checkAnswersShape(answers));
  const doc = answers as AnswersDocument;
  const steps = stepsFrom(questionnaire, doc);
  const trails: Trail[] = Object.entries(doc.answers).map(
    ([questionId, value]) => ({
      from: { questionId, value },
      questionId,
      value,
    }),
  );
  for (const step of steps)
    for (const trail of trails) if (!trail.dropped) applyStep(step, trail);
  checkCurrent(questionnaire, trails);

  const kept = trails.filter((t) => !t.dropped);
  const migrated: AnswersDocument = {
    questionnaireId: doc.questionnaireId,
    questionnaireVersion: questionnaire.version,
    answers: Object.fromEntries(kept.map((t) => [t.questionId, t.value])),
  };
  return {
    answers: migrated,
    fromVersion: doc.questionnaireVersion,
    toVersion: questionnaire.version,
    carried: kept.map((t) => ({
      from: t.from,
      to: { questionId: t.questionId, value: t.value },
    })),
    notCarried: trails.flatMap((t) =>
      t.dropped ? [{ ...t.from, ...t.dropped }] : [],
    ),
  };
}
