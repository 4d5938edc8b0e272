import { OrientationInputError } from "./errors.js";
import { NeedId } from "./needs.js";
import type { RulesTable } from "./rule-schema.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const quote = (value: unknown): string =>
  `«\u00A0${typeof value === "string" ? value : ((JSON.stringify(value) as string | undefined) ?? "undefined")}\u00A0»`;

/** The problems that would make the engine fail or answer nothing, in French. */
const problemsOf = (table: unknown): string[] => {
  if (!isObject(table)) return [`la table ${quote(table)} n’est pas un objet`];
  const { rules, nationalSchema } = table;
  if (!Array.isArray(rules) || rules.length === 0) {
    return [
      "«\u00A0rules\u00A0» est vide ou absent\u00A0: donnez au moins une règle filet de sécurité",
    ];
  }
  const field = (name: string): Record<string, unknown> => {
    const value = isObject(nationalSchema) ? nationalSchema[name] : undefined;
    return isObject(value) ? value : {};
  };
  const actors = field("actors");
  const needs = field("needs");
  const problems: string[] = [];
  rules.forEach((rule: unknown, index) => {
    const id = isObject(rule) ? quote(rule.id) : `n°\u00A0${index + 1}`;
    const when = isObject(rule) ? rule.when : undefined;
    if (!isObject(when) || !Array.isArray(when.needs)) {
      problems.push(`la règle ${id} n’a pas de liste «\u00A0when.needs\u00A0»`);
    }
    const recommend = isObject(rule) ? rule.recommend : undefined;
    if (!Array.isArray(recommend) || recommend.length === 0) {
      problems.push(
        `la règle ${id} n’a aucune option dans «\u00A0recommend\u00A0»\u00A0: donnez au moins un acteur et un mode`,
      );
      return;
    }
    for (const option of recommend as unknown[]) {
      const actor = isObject(option) ? option.actor : undefined;
      if (typeof actor !== "string" || !isObject(actors[actor])) {
        problems.push(
          `l’acteur ${quote(actor)} de la règle ${id} n’a pas de correspondance dans «\u00A0nationalSchema.actors\u00A0»\u00A0: ajoutez-la`,
        );
      }
    }
  });
  const unmapped = NeedId.options.filter((need) => !Array.isArray(needs[need]));
  if (unmapped.length > 0) {
    problems.push(
      `«\u00A0nationalSchema.needs\u00A0» n’a pas de liste pour ${unmapped.join(", ")}\u00A0: ajoutez-en une (vide si aucun service)`,
    );
  }
  const hasSafetyNet = rules.some(
    (rule: unknown) =>
      isObject(rule) &&
      rule.kind === "answer" &&
      isObject(rule.when) &&
      Object.keys(rule.when).length === 1 &&
      Array.isArray(rule.when.needs) &&
      NeedId.options.every((need) =>
        (rule.when as { needs: unknown[] }).needs.includes(need),
      ),
  );
  if (!hasSafetyNet) {
    problems.push(
      "aucune règle filet de sécurité\u00A0: ajoutez une règle «\u00A0answer\u00A0» dont la seule condition est «\u00A0needs\u00A0», avec tous les besoins",
    );
  }
  return problems;
};

/**
 * Checks what the engine relies on in a custom table, without loading the `RulesTable`
 * schema (a page that only calls `orient` would load twice as much). Throws an
 * `OrientationInputError` listing the problems; `RulesTable.safeParse` checks the rest.
 */
export const checkTable = (table: RulesTable): void => {
  const problems = problemsOf(table);
  if (problems.length === 0) return;
  throw new OrientationInputError(
    "table",
    table,
    [],
    `Table de règles inutilisable\u00A0: ${problems.join("\u202F; ")}. Vérifiez-la avec «\u00A0RulesTable.safeParse(table)\u00A0».`,
  );
};
