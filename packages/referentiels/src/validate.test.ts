import { describe, expect, test } from "vitest";
import { fc, test as propTest } from "@fast-check/vitest";
import { validateReferentiel } from "./validate.js";
import { sampleReferentiel } from "./fixture.test-helpers.js";

const codes = (input: unknown, knownIds?: string[]) => {
  const result = validateReferentiel(input, knownIds ? { knownIds } : {});
  return result.problems.map((problem) => `${problem.code}@${problem.path}`);
};

describe("validateReferentiel", () => {
  test("accepts a valid référentiel and returns it", () => {
    const result = validateReferentiel(sampleReferentiel());
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
  });

  test("reports every problem at once, each with its path", () => {
    const bad = sampleReferentiel();
    const [first, second] = bad.items;
    if (!first || !second) throw new Error("fixture changed");
    bad.items.push({ ...first });
    first.label = "   ";
    second.group = "inconnu";
    second.sourceFragment = undefined;
    first.links = [
      {
        target: "federation-exemple/absent",
        relation: "serves",
        interpretation: true,
      },
    ];
    const found = codes(bad);
    expect(found).toEqual(
      expect.arrayContaining([
        "invalid_format@items.0.label",
        "duplicate-id@items.2.id",
        "unknown-group@items.1.group",
        "missing-fragment@items.1.sourceFragment",
        "dangling-link@items.0.links.0.target",
      ]),
    );
    expect(found.length).toBeGreaterThanOrEqual(5);
  });

  test("messages are in French and say what to fix", () => {
    const bad = { ...sampleReferentiel(), version: "v1" };
    const [problem] = validateReferentiel(bad).problems;
    expect(problem?.path).toBe("version");
    expect(problem?.message).toMatch(/semver/);
    const wrongType = validateReferentiel({
      ...sampleReferentiel(),
      year: "2024",
    });
    expect(wrongType.problems.find((p) => p.path === "year")?.message).toMatch(
      /attendu|nombre/i,
    );
  });

  test("links to known external IDs are accepted only when declared", () => {
    const withExternal = sampleReferentiel();
    withExternal.items[0]?.links?.push({
      target: "fcs93-action/projet-numerique",
      relation: "serves",
      interpretation: true,
    });
    expect(codes(withExternal)).toContain(
      "dangling-link@items.0.links.1.target",
    );
    expect(
      validateReferentiel(withExternal, {
        knownIds: ["fcs93-action/projet-numerique"],
      }).ok,
    ).toBe(true);
  });

  test("a document or parent group that does not exist is reported", () => {
    const bad = sampleReferentiel();
    bad.groups.push({ id: "enfant", label: "Enfant", parent: "absent" });
    bad.source.document = "autre";
    expect(codes(bad)).toEqual(
      expect.arrayContaining([
        "unknown-group@groups.1.parent",
        "unknown-document@source.document",
      ]),
    );
  });

  test("replacedBy is only for withdrawn items", () => {
    const bad = sampleReferentiel();
    const first = bad.items[0];
    if (first) first.replacedBy = ["federation-exemple/accueil-2"];
    expect(codes(bad)).toContain("replaced-not-withdrawn@items.0.replacedBy");
    if (first) first.status = "withdrawn";
    expect(validateReferentiel(bad).ok).toBe(true);
  });

  test("non-objects are rejected with a problem, not an exception", () => {
    for (const input of [null, undefined, 42, "texte", [], [1, 2]]) {
      const result = validateReferentiel(input);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

describe("validateReferentiel on random input (fast-check)", () => {
  propTest.prop([fc.anything()])(
    "never throws and always returns a list of problems",
    (input) => {
      const result = validateReferentiel(input);
      expect(Array.isArray(result.problems)).toBe(true);
      expect(result.ok).toBe(false);
      for (const problem of result.problems)
        expect(typeof problem.message).toBe("string");
    },
  );

  const mutation = fc.record({
    path: fc.constantFrom(
      "id",
      "version",
      "items",
      "groups",
      "documents",
      "source",
      "title",
      "year",
    ),
    value: fc.anything(),
  });
  propTest.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })])(
    "a valid référentiel with random fields replaced never crashes the validator",
    (mutations) => {
      const input: Record<string, unknown> = { ...sampleReferentiel() };
      for (const { path, value } of mutations) input[path] = value;
      const result = validateReferentiel(input);
      expect(Array.isArray(result.problems)).toBe(true);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    },
  );

  propTest.prop([
    fc.array(fc.record({ id: fc.string(), label: fc.string() }), {
      maxLength: 6,
    }),
  ])(
    "random items inside a valid envelope give problems with item paths",
    (items) => {
      const result = validateReferentiel({ ...sampleReferentiel(), items });
      expect(result.ok).toBe(false);
      for (const problem of result.problems)
        expect(problem.path).toMatch(/^(items|$)/);
    },
  );
});
