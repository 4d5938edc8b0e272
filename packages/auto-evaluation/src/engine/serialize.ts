import { AssessmentDocument } from "./document.js";
import { AssessmentDocumentError, safeParseFr, zodProblems } from "./errors.js";

/** The document as JSON text (two-space indentation, keys in the document’s order), ready to save or export. */
export function serialize(document: AssessmentDocument): string {
  const result = safeParseFr(AssessmentDocument, document);
  if (!result.success)
    throw new AssessmentDocumentError(zodProblems(result.error));
  return `${JSON.stringify(result.data, null, 2)}\n`;
}
