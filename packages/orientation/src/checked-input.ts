import type { Problem } from "@mediation-numerique/core";
import { TABLE_SUMMARY, tableProblems } from "./check-table.js";
import { OrientationInputError } from "./errors.js";
import { inputError, safeParseInput, valueAt } from "./input.js";
import { RULES_TABLE } from "./rules.js";
import { SITUATION_INPUT, type Situation } from "./situation.js";

/**
 * The situation, read from `input`; throws an `OrientationInputError` with every problem of
 * the input and of a custom `table` (its paths under `["table", …]`), both checked before any work.
 */
export function checkedSituation(input: unknown, table: unknown): Situation {
  const fromTable = table === RULES_TABLE ? [] : tableProblems(table);
  const result = safeParseInput(SITUATION_INPUT, input);
  if (fromTable.length === 0) {
    if (result.success) return result.data;
    throw inputError(SITUATION_INPUT, result.problems, input);
  }
  const problems: [Problem, ...Problem[]] = [
    ...(fromTable as [Problem, ...Problem[]]),
    ...(result.success ? [] : result.problems),
  ];
  throw new OrientationInputError(TABLE_SUMMARY, problems, {
    value: valueAt(table, problems[0].path.slice(1)),
  });
}
