import {
  checkBounds,
  expectedReceived,
  NBSP,
  quote,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { NeedId } from "./needs.js";

/** What an error about a custom table says first. */
export const TABLE_SUMMARY = `Table de règles inutilisable (vérifiez-la avec «${NBSP}RulesTable.safeParse(table)${NBSP}»)`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `record[key]` if it is the record's own field: `"__proto__"` or `"toString"` is no actor. */
const own = (record: unknown, key: string): unknown =>
  isObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;

const at = (path: ProblemPath, code: string, message: string): Problem => ({
  path: ["table", ...path],
  code,
  message,
});

/** The problems of one rule that would make the engine fail. */
function ruleProblems(
  rule: unknown,
  index: number,
  actors: unknown,
): Problem[] {
  const path = ["rules", index];
  if (!isObject(rule))
    return [
      at(path, "invalid-type", expectedReceived("une règle (un objet)", rule)),
    ];
  const name =
    typeof rule.id === "string"
      ? `la règle ${quote(rule.id)}`
      : `la règle n°${NBSP}${index + 1}`;
  const problems: Problem[] = [];
  const expect = (ok: boolean, key: string, expected: string) => {
    if (!ok)
      problems.push(
        at(
          [...path, key],
          "invalid-type",
          expectedReceived(expected, rule[key]),
        ),
      );
  };
  expect(typeof rule.id === "string", "id", "un identifiant (un texte)");
  expect(
    rule.kind === "answer" || rule.kind === "complement",
    "kind",
    `${quote("answer")} ou ${quote("complement")}`,
  );
  expect(Number.isFinite(rule.priority), "priority", "un nombre");
  expect(typeof rule.reason === "string", "reason", "une phrase (un texte)");
  expect(Array.isArray(rule.sources), "sources", "une liste de sources");
  const { when, recommend } = rule;
  if (!isObject(when) || !Array.isArray(when.needs))
    problems.push(
      at(
        [...path, "when", "needs"],
        "invalid-type",
        `${name} n’a pas de liste «${NBSP}when.needs${NBSP}».`,
      ),
    );
  else if (when.procedures !== undefined && !Array.isArray(when.procedures))
    problems.push(
      at(
        [...path, "when", "procedures"],
        "invalid-type",
        expectedReceived("une liste d’organismes", when.procedures),
      ),
    );
  if (!Array.isArray(recommend) || recommend.length === 0) {
    problems.push(
      at(
        [...path, "recommend"],
        "no-options",
        `${name} n’a aucune option dans «${NBSP}recommend${NBSP}»${NBSP}: donnez au moins un acteur et un mode.`,
      ),
    );
    return problems;
  }
  recommend.forEach((option: unknown, i) => {
    const actor = isObject(option) ? option.actor : undefined;
    if (typeof actor !== "string" || !isObject(own(actors, actor)))
      problems.push(
        at(
          [...path, "recommend", i, "actor"],
          "unmapped-actor",
          `l’acteur ${typeof actor === "string" ? quote(actor) : "absent"} de ${name} n’a pas de correspondance dans «${NBSP}nationalSchema.actors${NBSP}»${NBSP}: ajoutez-la.`,
        ),
      );
    if (!isObject(option) || typeof option.mode !== "string")
      problems.push(
        at(
          [...path, "recommend", i, "mode"],
          "invalid-type",
          expectedReceived("un mode (un texte)", own(option, "mode")),
        ),
      );
  });
  return problems;
}

const isSafetyNet = (rule: unknown): boolean => {
  const when = own(rule, "when");
  const needs = own(when, "needs");
  return (
    own(rule, "kind") === "answer" &&
    isObject(when) &&
    Object.keys(when).length === 1 &&
    Array.isArray(needs) &&
    NeedId.options.every((need) => needs.includes(need))
  );
};

/**
 * The problems that would make the engine fail or answer nothing, in French, each under
 * `["table", …]`. The table's size is bounded first (`checkBounds`); the rest is checked by
 * hand, without the `RulesTable` schema (a page that only calls `orient` would load twice as
 * much). `RulesTable.safeParse` checks everything else.
 */
export function tableProblems(table: unknown): Problem[] {
  const tooLarge = checkBounds(table, undefined, ["table"]);
  if (tooLarge.length > 0) return tooLarge;
  if (!isObject(table))
    return [
      at([], "invalid-type", expectedReceived("une table de règles", table)),
    ];
  const { rules, nationalSchema } = table;
  if (!Array.isArray(rules) || rules.length === 0)
    return [
      at(
        ["rules"],
        "no-rules",
        `«${NBSP}rules${NBSP}» est vide ou absent${NBSP}: donnez au moins une règle filet de sécurité.`,
      ),
    ];
  const actors = own(nationalSchema, "actors");
  const needs = own(nationalSchema, "needs");
  const problems = rules.flatMap((rule: unknown, index) =>
    ruleProblems(rule, index, actors),
  );
  const unmapped = NeedId.options.filter(
    (need) => !Array.isArray(own(needs, need)),
  );
  if (unmapped.length > 0)
    problems.push(
      at(
        ["nationalSchema", "needs"],
        "unmapped-need",
        `«${NBSP}nationalSchema.needs${NBSP}» n’a pas de liste pour ${unmapped.join(", ")}${NBSP}: ajoutez-en une (vide si aucun service).`,
      ),
    );
  if (!rules.some(isSafetyNet))
    problems.push(
      at(
        ["rules"],
        "no-safety-net",
        `aucune règle filet de sécurité${NBSP}: ajoutez une règle «${NBSP}answer${NBSP}» dont la seule condition est «${NBSP}needs${NBSP}», avec tous les besoins.`,
      ),
    );
  return problems;
}
