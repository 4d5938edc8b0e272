import {
  expectedReceived,
  isStableId,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { UNREADABLE } from "./errors.js";
import { LEVEL_IDS } from "./ids.js";

/** The most questions, options, domains, obstacles or migration steps a questionnaire may list. */
export const MAX_ENTRIES = 1000;
/** The longest text (label, reason) read from a questionnaire. */
const MAX_TEXT = 20_000;
/** Problems listed before giving up on a questionnaire that is not one. */
const MAX_PROBLEMS = 10;

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Without zod (the scoring entry ships without it): the fields that `score`, `migrateAnswers` and
 * `explainInFrench` read from a questionnaire, each of the right type, IDs stable and short, lists
 * bounded, every question in a known domain. Not a full validation (use `parseQuestionnaire`):
 * the guarantee that a questionnaire that is not one gives a `DiagnosticInputError`, in bounded time.
 */
export function checkQuestionnaireShape(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const expect = (
    ok: boolean,
    path: ProblemPath,
    expected: string,
    value: unknown,
  ): boolean => {
    if (!ok && problems.length < MAX_PROBLEMS)
      problems.push({
        path,
        code: "invalid-type",
        message: expectedReceived(expected, value),
      });
    return ok;
  };
  const rows = (value: unknown, path: ProblemPath): Row[] => {
    const ok =
      Array.isArray(value) &&
      value.length <= MAX_ENTRIES &&
      value.every((row) => isRow(row));
    expect(ok, path, `une liste d’objets (au plus ${MAX_ENTRIES})`, value);
    return ok ? (value as Row[]) : [];
  };
  const id = (row: Row, key: string, path: ProblemPath): boolean =>
    expect(
      isStableId(row[key]),
      [...path, key],
      "un identifiant stable",
      row[key],
    );
  const text = (row: Row, key: string, path: ProblemPath, optional = false) =>
    expect(
      (typeof row[key] === "string" && row[key].length <= MAX_TEXT) ||
        (optional && row[key] === undefined),
      [...path, key],
      `un texte d’au plus ${MAX_TEXT} caractères`,
      row[key],
    );
  const int = (row: Row, key: string, path: ProblemPath) =>
    expect(
      Number.isSafeInteger(row[key]),
      [...path, key],
      "un entier",
      row[key],
    );
  try {
    if (!isRow(input)) {
      expect(false, [], "un questionnaire", input);
      return problems;
    }
    const q = input;
    id(q, "id", []);
    int(q, "version", []);
    const domains = new Set<unknown>();
    rows(q["domains"], ["domains"]).forEach((domain, i) => {
      id(domain, "id", ["domains", i]);
      text(domain, "label", ["domains", i]);
      domains.add(domain["id"]);
    });
    rows(q["thresholds"], ["thresholds"]).forEach((threshold, i) => {
      const level = threshold["level"];
      expect(
        LEVEL_IDS.some((known) => known === level),
        ["thresholds", i, "level"],
        "un niveau",
        level,
      );
      int(threshold, "minPercent", ["thresholds", i]);
    });
    expect(
      Array.isArray(q["thresholds"]) && q["thresholds"].length > 0,
      ["thresholds"],
      "au moins un seuil",
      q["thresholds"],
    );
    rows(q["obstacles"], ["obstacles"]).forEach((obstacle, i) =>
      id(obstacle, "id", ["obstacles", i]),
    );
    rows(q["questions"], ["questions"]).forEach((question, i) => {
      const at = ["questions", i];
      id(question, "id", at);
      text(question, "label", at);
      expect(
        domains.has(question["domain"]),
        [...at, "domain"],
        "un domaine du questionnaire",
        question["domain"],
      );
      rows(question["options"], [...at, "options"]).forEach((option, j) => {
        const path = [...at, "options", j];
        id(option, "id", path);
        text(option, "label", path);
        int(option, "points", path);
        if (option["obstacle"] !== undefined) id(option, "obstacle", path);
      });
    });
    rows(q["migrations"], ["migrations"]).forEach((step, i) => {
      int(step, "fromVersion", ["migrations", i]);
      int(step, "toVersion", ["migrations", i]);
      rows(step["questions"], ["migrations", i, "questions"]).forEach(
        (move, j) => {
          const at = ["migrations", i, "questions", j];
          text(move, "from", at);
          text(move, "reason", at, true);
          expect(
            move["to"] === null || typeof move["to"] === "string",
            [...at, "to"],
            "un identifiant ou null",
            move["to"],
          );
          if (move["options"] !== undefined)
            rows(move["options"], [...at, "options"]).forEach((o, k) => {
              text(o, "from", [...at, "options", k]);
              expect(
                o["to"] === null || typeof o["to"] === "string",
                [...at, "options", k, "to"],
                "un identifiant ou null",
                o["to"],
              );
            });
        },
      );
    });
  } catch {
    problems.push(UNREADABLE);
  }
  return problems;
}
