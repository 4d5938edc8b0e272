// The code examples of a README, as a developer reads them on npm: every ```ts and ```js block.
// pack-check.js writes each one into the consumer project built from the packed tarballs, type-checks
// it with tsc and runs it with Node (which strips TypeScript's types), so that an example that no
// longer compiles, throws or imports something the package does not export fails the test command.

const FENCE = /^```(\w+)?[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
const RUNNABLE = new Set(["ts", "typescript", "js", "javascript"]);

/**
 * The runnable examples of `markdown`, in order: `{ language: "ts" | "js", code, line }`, `line`
 * being the 1-based line of the opening fence (for the failure message).
 */
export function readmeExamples(markdown) {
  const examples = [];
  for (const match of markdown.matchAll(FENCE)) {
    const language = (match[1] ?? "").toLowerCase();
    if (!RUNNABLE.has(language)) continue;
    examples.push({
      language: language.startsWith("t") ? "ts" : "js",
      code: match[2],
      line: markdown.slice(0, match.index).split("\n").length,
    });
  }
  return examples;
}
