import * as z from "zod/mini";

/** What kind of problem an input has. Stable codes: the site may translate them. */
export const ProblemCode = z
  .enum([
    "invalid_type",
    "invalid_value",
    "unknown_question",
    "unknown_option",
    "questionnaire_mismatch",
    "version_mismatch",
    "no_migration_path",
  ])
  .register(z.globalRegistry, { id: "ProblemCode" });
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One problem of an input, with the path to the faulty value. */
export const Problem = z
  .object({
    path: z.array(z.union([z.string(), z.number()])),
    code: ProblemCode,
    message: z.string(),
  })
  .register(z.globalRegistry, { id: "Problem" });
export type Problem = z.infer<typeof Problem>;
