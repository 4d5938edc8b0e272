import { AssessmentDocument } from "./document.js";
import { parseWith } from "./input.js";
import { failDocument } from "./parse.js";

/**
 * The document as JSON text (two-space indentation, keys in the document’s order), ready to save or export.
 * Throws `AssessmentDocumentError` when the value is not an answers document.
 */
export function serialize(document: AssessmentDocument): string {
  const valid = parseWith(AssessmentDocument, document, failDocument);
  return `${JSON.stringify(valid, null, 2)}\n`;
}
