import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { MediationError } from "./error.js";
import { SourceRef } from "./sources.js";
import { StableId } from "./ids.js";
import { Problem, type ProblemPath } from "./problem.js";
import { safeParseFrench } from "./zod-french.js";

const problemsOf = (
  schema: z.ZodMiniType,
  input: unknown,
  prefix?: ProblemPath,
) => {
  const result = safeParseFrench(schema, input, prefix);
  if (result.success) throw new Error("expected a failure");
  return result.problems;
};

describe("safeParseFrench", () => {
  it("names what is expected and the bad value, in French", () => {
    const [problem] = problemsOf(z.strictObject({ urgent: z.boolean() }), {
      urgent: "oui",
    });
    expect(problem).toEqual({
      path: ["urgent"],
      code: "invalid-type",
      message:
        "attendu\u00A0: vrai ou faux (un booléen)\u202F; reçu\u00A0: «\u00A0oui\u00A0».",
    });
  });

  it("lists the valid values and unknown keys, cut short", () => {
    const [value] = problemsOf(z.enum(["a", "b"]), "c");
    expect(value.message).toContain(
      "une valeur parmi «\u00A0a\u00A0», «\u00A0b\u00A0»",
    );
    const [keys] = problemsOf(z.strictObject({}), { ["k".repeat(500)]: 1 });
    expect(keys.code).toBe("unrecognized-keys");
    expect(keys.message.length).toBeLessThan(100);
  });

  it("keeps a message short whatever the size of the bad value", () => {
    for (const problem of problemsOf(StableId, "X".repeat(10_000_000)))
      expect(problem.message.length).toBeLessThan(300);
  });

  it("gives kebab-case codes, a custom check’s own code, and paths under a prefix", () => {
    const custom = z.string().check(
      z.refine(() => false, {
        params: { code: "duplicate-id" },
        error: "en double.",
      }),
    );
    expect(problemsOf(custom, "a", ["items", 2])).toEqual([
      { path: ["items", 2], code: "duplicate-id", message: "en double." },
    ]);
    expect(
      problemsOf(SourceRef, { document: "x", section: "s", extra: 1 })[0].code,
    ).toBe("unrecognized-keys");
  });

  it("returns problems that the Problem schema accepts", () => {
    const problems = problemsOf(SourceRef, {
      document: "Pas Un Id",
      section: " ",
      quote: 3,
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of problems)
      expect(Problem.safeParse(problem).success).toBe(true);
  });
});

describe("MediationError", () => {
  class DemoError extends MediationError {
    override readonly name = "DemoError";
  }
  const problems = Array.from({ length: 7 }, (_, i) => ({
    path: ["items", i],
    code: "unknown-id",
    message: `inconnu ${i}.`,
  })) as [Problem, ...Problem[]];

  it("carries every problem, the first code, and lists five in its message", () => {
    const error = new DemoError("Entrée invalide", problems);
    expect(error).toBeInstanceOf(MediationError);
    expect(error).toBeInstanceOf(DemoError);
    expect(error.name).toBe("DemoError");
    expect(error.code).toBe("unknown-id");
    expect(error.problems).toHaveLength(7);
    expect(error.message).toContain("(7 problèmes)");
    expect(error.message).toContain("items.4\u00A0: inconnu 4.");
    expect(error.message).not.toContain("inconnu 5.");
    expect(error.message).toContain("et 2 de plus");
  });
});
