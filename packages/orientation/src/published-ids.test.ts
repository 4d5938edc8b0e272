import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { INTERVENTION_RULES } from "./intervention.js";
import { RULES_TABLE } from "./rules.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Every published rule ID with its kind (`answer` or `complement`; for an intervention rule,
 * the intervention kind it yields). An ID may be added here, never removed or given another kind.
 */
const published = JSON.parse(
  readFileSync(join(packageDir, "published-ids.json"), "utf8"),
) as {
  rules: Record<string, string>;
  interventionRules: Record<string, string>;
};

const current = {
  rules: Object.fromEntries(RULES_TABLE.rules.map((r) => [r.id, r.kind])),
  interventionRules: Object.fromEntries(
    INTERVENTION_RULES.map((r) => [r.id, r.kind]),
  ),
};

describe.each(["rules", "interventionRules"] as const)(
  "published %s IDs",
  (table) => {
    test("no published ID was removed or changed kind", () => {
      for (const [id, kind] of Object.entries(published[table]))
        expect(current[table][id], id).toBe(kind);
    });

    test("every current ID is in published-ids.json (add a new ID there on purpose)", () => {
      expect(
        Object.keys(current[table]).filter((id) => !(id in published[table])),
      ).toEqual([]);
    });
  },
);
