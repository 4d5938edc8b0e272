// Writes data/rules.json and data/rules.schema.json from the built package.
// Run with `npm run generate` (builds first). A test checks that both files are up to date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { RULES_TABLE, RulesTable } from "../dist/index.js";

const write = (name, value) =>
  writeFileSync(
    join(import.meta.dirname, "..", "data", name),
    `${JSON.stringify(value, null, 2)}\n`,
  );

write("rules.json", RULES_TABLE);
write("rules.schema.json", z.toJSONSchema(RulesTable));
