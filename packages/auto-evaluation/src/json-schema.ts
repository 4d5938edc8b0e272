import * as z from "zod/mini";
import { AssessmentDocument } from "./engine/document.js";
import { Benchmarks } from "./centre/benchmarks.js";
import { TrainingLeadsData } from "./mediateur/training-leads.js";

const toSchema = (schema: z.ZodMiniType) =>
  z.toJSONSchema(schema, { io: "input" });

/** JSON Schema (draft 2020-12) of the answers document, as committed in `schemas/assessment-document.schema.json`. */
export const assessmentDocumentJsonSchema = () => toSchema(AssessmentDocument);
/** JSON Schema of `data/benchmarks.json`. */
export const benchmarksJsonSchema = () => toSchema(Benchmarks);
/** JSON Schema of `data/training-leads.json`. */
export const trainingLeadsJsonSchema = () => toSchema(TrainingLeadsData);
