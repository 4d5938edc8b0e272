import {
  expectedReceived,
  isStableId,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { UNREADABLE } from "./errors.js";
import { LEVEL_IDS } from "./ids.js";

/** The most entries one list of a questionnaire may hold (questions, options, domains…). */
export const MAX_ENTRIES = 1000;
/** Problems listed before giving up on a questionnaire that is not one. */
const MAX_PROBLEMS = 10;

/** A field’s check: what is expected when `value` is wrong, `undefined` when it is right. */
type Leaf = (value: unknown) => string | undefined;
/** A leaf, a list of one shape (`[shape]`), or an object of fields. */
type Shape = Leaf | readonly [Shape] | { readonly [key: string]: Shape };

const isList = (shape: Shape): shape is readonly [Shape] =>
  Array.isArray(shape);
const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const id: Leaf = (v) => (isStableId(v) ? undefined : "un identifiant stable");
const int: Leaf = (v) => (Number.isSafeInteger(v) ? undefined : "un entier");
const idOrNull: Leaf = (v) =>
  v === null || typeof v === "string" ? undefined : "un identifiant ou null";
const optional =
  (leaf: Leaf): Leaf =>
  (v) =>
    v === undefined ? undefined : leaf(v);

/** What `score` and `migrateAnswers` read of a questionnaire. */
const SCORED: Shape = {
  id,
  version: int,
  thresholds: [
    {
      level: (v) =>
        LEVEL_IDS.some((level) => level === v) ? undefined : "un niveau",
      minPercent: int,
    },
  ],
  domains: [{ id }],
  obstacles: [{ id }],
  questions: [
    { id, domain: id, options: [{ id, points: int, obstacle: optional(id) }] },
  ],
  migrations: [
    {
      fromVersion: int,
      toVersion: int,
      questions: [
        {
          from: idOrNull,
          to: idOrNull,
          reason: optional((v) =>
            typeof v === "string" ? undefined : "un texte",
          ),
          options: optional((v) =>
            Array.isArray(v) &&
            v.length <= MAX_ENTRIES &&
            v.every((o) => isRow(o) && idOrNull(o["to"]) === undefined)
              ? undefined
              : "une liste de { from, to }",
          ),
        },
      ],
    },
  ],
};

/**
 * Without zod (the scoring entry ships without it): the fields that `score` and `migrateAnswers`
 * read from a questionnaire, each of the right type, IDs stable and short, lists bounded, at least one
 * threshold, every question in a known domain. Not a full validation (use `parseQuestionnaire`):
 * the guarantee that a questionnaire that is not one gives a `DiagnosticInputError`, in bounded time.
 */
export function checkQuestionnaireShape(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (path: ProblemPath, expected: string, value: unknown) => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({
        path,
        code: "invalid-type",
        message: expectedReceived(expected, value),
      });
  };
  const walk = (shape: Shape, value: unknown, path: ProblemPath): void => {
    if (typeof shape === "function") {
      const expected = shape(value);
      if (expected !== undefined) report(path, expected, value);
    } else if (isList(shape)) {
      if (!Array.isArray(value) || value.length > MAX_ENTRIES)
        report(path, `une liste (au plus ${MAX_ENTRIES})`, value);
      else
        value.forEach((item, i) => {
          walk(shape[0], item, [...path, i]);
        });
    } else if (!isRow(value)) report(path, "un objet", value);
    else
      for (const [key, field] of Object.entries(shape))
        walk(field, value[key], [...path, key]);
  };
  try {
    walk(SCORED, input, []);
    if (problems.length > 0) return problems;
    const q = input as {
      thresholds: unknown[];
      domains: { id: string }[];
      questions: { domain: string }[];
    };
    if (q.thresholds.length === 0)
      report(["thresholds"], "au moins un seuil", q.thresholds);
    const domains = new Set(q.domains.map((domain) => domain.id));
    q.questions.forEach((question, i) => {
      if (!domains.has(question.domain))
        report(
          ["questions", i, "domain"],
          "un domaine du questionnaire",
          question.domain,
        );
    });
  } catch {
    problems.push(UNREADABLE);
  }
  return problems;
}
