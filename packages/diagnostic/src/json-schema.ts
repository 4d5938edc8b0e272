import * as z from "zod/mini";
import { Questionnaire } from "./schema/questionnaire.js";
import { DiagnosticSession } from "./schema/session.js";

/** The `$id` of the published JSON Schema (file `questionnaire.schema.json` of the package). */
export const QUESTIONNAIRE_SCHEMA_ID =
  "https://unpkg.com/@mediation-numerique/diagnostic/questionnaire.schema.json";

let generated: Record<string, unknown> | undefined;

/**
 * The JSON Schema of a questionnaire (input side), generated from the zod schema once, then copied
 * (a fresh object on each call: the caller may change it).
 * Cross-reference checks (unique IDs, known domains…) are not expressible in it: use `parseQuestionnaire`.
 */
export function questionnaireJsonSchema(): Record<string, unknown> {
  generated ??= {
    $id: QUESTIONNAIRE_SCHEMA_ID,
    ...z.toJSONSchema(Questionnaire, { io: "input", target: "draft-2020-12" }),
  };
  return structuredClone(generated);
}

/** The `$id` of the saved session’s JSON Schema (file `session.schema.json` of the package). */
export const SESSION_SCHEMA_ID =
  "https://unpkg.com/@mediation-numerique/diagnostic/session.schema.json";

let generatedSession: Record<string, unknown> | undefined;

/**
 * The JSON Schema of a saved diagnostic session, version 2 (what `serializeSession` writes),
 * generated from the zod schema once, then copied on each call. It cannot say which answers the
 * questionnaire has, nor what the orientation request means: use `parseSession`, and orientation’s
 * `parseSituation` for the request.
 */
export function sessionJsonSchema(): Record<string, unknown> {
  generatedSession ??= {
    $id: SESSION_SCHEMA_ID,
    ...z.toJSONSchema(DiagnosticSession, {
      io: "input",
      target: "draft-2020-12",
    }),
  };
  return structuredClone(generatedSession);
}
