// Writes data/rules.json and data/rules.schema.json from the built package.
// Run with `npm run generate` (builds first). A test checks that both files are up to date.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { RULES_TABLE, RulesTable } from "../dist/index.js";

const write = (name, value) =>
  writeFileSync(
    new URL(`../data/${name}`, import.meta.url),
    `${JSON.stringify(value, null, 2)}\n`,
  );

write("rules.json", RULES_TABLE);
write("rules.schema.json", z.toJSONSchema(RulesTable));
