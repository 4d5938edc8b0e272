/**
 * @mediation-numerique/auto-evaluation: self-assessment of a social centre against the référentiel d’action,
 * and of a mediator against the competence référentiels, with survey benchmarks and training leads.
 * It references the items of `@mediation-numerique/referentiels` by ID and never copies their text.
 *
 * Typical use: `getInstrument("mediateur")` → `createDocument` → (the user answers) → `serialize` / `parse`
 * → `migrate` when the référentiels change → `profile` → `trainingLeads` or `benchmarkComparison` → `compare`.
 * The `./engine` subpath has the same functions without the packaged référentiels (the instrument is an argument).
 *
 * @packageDocumentation
 */
export * from "./engine.js";
// The main entry’s `parse` finds the document’s instrument on the package’s référentiels when none is given.
export { parse, safeParse, type ParseOptions } from "./parse.js";
export { getInstrument } from "./instruments.js";
export {
  assessmentDocumentJsonSchema,
  benchmarksJsonSchema,
  trainingLeadsJsonSchema,
} from "./json-schema.js";
