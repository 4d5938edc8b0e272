// Writes the published JSON files from the built package: the questionnaire data and its JSON Schema,
// and the JSON Schema of a saved session.
// Run with `npm run generate`; src/json-files.test.ts checks that the committed files are up to date.
import { writeFileSync } from "node:fs";
import {
  questionnaireJsonSchema,
  QUESTIONNAIRE,
  sessionJsonSchema,
} from "../dist/index.js";

const write = (file, value) => {
  writeFileSync(
    new URL(`../${file}`, import.meta.url),
    `${JSON.stringify(value, null, 2)}\n`,
  );
  console.log(`wrote ${file}`);
};

write("questionnaire.schema.json", questionnaireJsonSchema());
write("questionnaire.json", QUESTIONNAIRE);
write("session.schema.json", sessionJsonSchema());
