import { expect, test } from "vitest";
import questionnaireFile from "../questionnaire.json" with { type: "json" };
import schemaFile from "../questionnaire.schema.json" with { type: "json" };
import sessionSchemaFile from "../session.schema.json" with { type: "json" };
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import {
  questionnaireJsonSchema,
  SESSION_SCHEMA_ID,
  sessionJsonSchema,
} from "./json-schema.js";
import { parseQuestionnaire } from "./parse.js";

const roundTrip = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value));

test("questionnaire.schema.json is up to date (npm run generate)", () => {
  expect(schemaFile).toEqual(roundTrip(questionnaireJsonSchema()));
});

test("questionnaire.json is up to date and valid", () => {
  expect(questionnaireFile).toEqual(roundTrip(QUESTIONNAIRE));
  expect(parseQuestionnaire(questionnaireFile)).toEqual(QUESTIONNAIRE);
});

test("the JSON Schema names the questionnaire types, under the package’s namespace", () => {
  const defs = Object.keys((schemaFile as { $defs: object }).$defs);
  expect(defs).toEqual(
    expect.arrayContaining([
      "mn.diagnostic.Questionnaire",
      "mn.diagnostic.Question",
      "mn.diagnostic.Option",
      "mn.diagnostic.Domain",
      "mn.diagnostic.LevelThresholds",
      "mn.core.SourceRef",
      "mn.core.SourceDocument",
    ]),
  );
});

test("questionnaireJsonSchema gives a fresh object on each call", () => {
  const first = questionnaireJsonSchema();
  first["$id"] = "changed";
  expect(questionnaireJsonSchema()["$id"]).toBe(
    "https://unpkg.com/@mediation-numerique/diagnostic/questionnaire.schema.json",
  );
});

test("session.schema.json is up to date (npm run generate), and names the session types", () => {
  expect(sessionSchemaFile).toEqual(roundTrip(sessionJsonSchema()));
  expect(sessionSchemaFile.$id).toBe(SESSION_SCHEMA_ID);
  expect(Object.keys(sessionSchemaFile.$defs)).toEqual(
    expect.arrayContaining([
      "mn.diagnostic.DiagnosticSession",
      "mn.diagnostic.AnswersDocument",
      "mn.diagnostic.SessionRequest",
      "mn.diagnostic.SessionStep",
    ]),
  );
  const request = sessionSchemaFile.$defs["mn.diagnostic.SessionRequest"];
  expect(request).toMatchObject({ type: "object", maxProperties: 20 });
});
