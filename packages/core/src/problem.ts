import * as z from "zod/mini";

/** The shape of a problem code: lowercase words joined by hyphens (`unknown-id`, `invalid-type`). */
export const PROBLEM_CODE_PATTERN = /^[a-z]+(?:-[a-z]+)*$/;

/** What kind of problem an input has: a stable kebab-case code that callers may branch on or translate. */
export const ProblemCode = /* @__PURE__ */ z
  .string()
  .check(z.regex(PROBLEM_CODE_PATTERN))
  .register(z.globalRegistry, {
    id: "mn.core.ProblemCode",
    description:
      "Code stable du problème, en minuscules et tirets (ex. «\u00A0unknown-id\u00A0»).",
  });

/** One thing to fix in an input: where (`path`, keys and indexes), what (`code`) and how (`message`, in French). */
export const Problem = /* @__PURE__ */ z
  .strictObject({
    path: z.array(z.union([z.string(), z.number()])),
    code: ProblemCode,
    message: z.string(),
  })
  .register(z.globalRegistry, {
    id: "mn.core.Problem",
    description:
      "Un problème d’une entrée\u00A0: chemin (clés et indices), code stable et message en français.",
  });
export type Problem = z.infer<typeof Problem>;
/** A path inside an input: object keys and array indexes, outermost first. */
export type ProblemPath = Problem["path"];
