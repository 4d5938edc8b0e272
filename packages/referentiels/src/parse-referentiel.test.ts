import { describe, expect, test } from "vitest";
import { fc, test as propTest } from "@fast-check/vitest";
import { formatPath, MediationError } from "@mediation-numerique/core";
import { parseReferentiel, safeParseReferentiel } from "./validate.js";
import { InvalidArgumentError } from "./errors.js";
import { fcs93Competences } from "./referentiels/fcs93-competences.js";
import { sampleReferentiel, thrown } from "./fixture.test-helpers.js";

/** The problems of a référentiel, `[]` when it is valid. */
const problemsOf = (input: unknown, options?: unknown) => {
  const result = safeParseReferentiel(input, options as never);
  return result.success ? [] : result.problems;
};
const codes = (input: unknown, knownIds?: string[]) =>
  problemsOf(input, knownIds ? { knownIds } : {}).map(
    (problem) => `${problem.code}@${formatPath(problem.path)}`,
  );

describe("safeParseReferentiel", () => {
  test("accepts a valid référentiel and returns it", () => {
    const result = safeParseReferentiel(sampleReferentiel());
    expect(result).toEqual({ success: true, data: sampleReferentiel() });
  });

  test("reports every problem at once, each with its path", () => {
    const bad = sampleReferentiel();
    const [first, second] = bad.items;
    if (!first || !second) throw new Error("fixture changed");
    // A deep copy: core’s bounds check reads a shared object as circular.
    bad.items.push(structuredClone(first));
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
        "invalid-format@items.0.label",
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
    const [problem] = problemsOf(bad);
    expect(problem.path).toEqual(["version"]);
    expect(problem.message).toMatch(/semver/);
    const wrongType = problemsOf({ ...sampleReferentiel(), year: "2024" });
    expect(wrongType.find((p) => p.path[0] === "year")?.message).toBe(
      "attendu\u00A0: un nombre\u202F; reçu\u00A0: «\u00A02024\u00A0».",
    );
  });

  test("links to the package's own items are known with no option; others when declared", () => {
    const withExternal = sampleReferentiel();
    withExternal.items[0]?.links?.push(
      {
        target: "fcs93-action/projet-numerique",
        relation: "serves",
        interpretation: true,
      },
      {
        target: "autre-federation/accueil",
        relation: "related",
        interpretation: true,
      },
    );
    expect(codes(withExternal)).toEqual([
      "dangling-link@items.0.links.2.target",
    ]);
    expect(
      safeParseReferentiel(withExternal, {
        knownIds: ["autre-federation/accueil"],
      }).success,
    ).toBe(true);
  });

  test("our own référentiels are valid with no option", () => {
    expect(problemsOf(fcs93Competences)).toEqual([]);
  });

  test("a link to a missing item is not said to be absent everywhere, and gets a suggestion", () => {
    const copy = structuredClone(fcs93Competences);
    const removed = copy.items.pop();
    if (!removed) throw new Error("fixture changed");
    const first = copy.items[0];
    if (!first) throw new Error("fixture changed");
    first.links = [
      // The copy's own item, removed: the package's original does not hide it.
      {
        target: `fcs93-competences/${removed.id}`,
        relation: "related",
        interpretation: true,
      },
      // An item of a sibling référentiel under the wrong référentiel ID.
      {
        target: "fcs93-competences/projet-numerique",
        relation: "serves",
        interpretation: true,
      },
    ];
    const dangling = problemsOf(copy).filter((p) => p.code === "dangling-link");
    expect(dangling.map((p) => p.path)).toEqual([
      ["items", 0, "links", 0, "target"],
      ["items", 0, "links", 1, "target"],
    ]);
    for (const problem of dangling)
      expect(problem.message).not.toMatch(/n’existe pas|n'existe pas/);
    expect(dangling[1]?.message).toContain(
      "Vouliez-vous dire\u00A0: fcs93-action/projet-numerique\u202F?",
    );
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
    expect(safeParseReferentiel(bad).success).toBe(true);
  });

  test("non-objects are rejected with a problem, not an exception", () => {
    for (const input of [null, undefined, 42, "texte", [], [1, 2]]) {
      expect(problemsOf(input).length).toBeGreaterThan(0);
    }
  });

  test("bad options are problems under « options », never an exception", () => {
    for (const options of [null, 42, { knownIds: "a/b" }, { knownID: [] }]) {
      const problems = problemsOf(sampleReferentiel(), options);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.path[0]).toBe("options");
    }
  });
});

describe("parseReferentiel", () => {
  test("returns the référentiel, or throws every problem", () => {
    expect(parseReferentiel(sampleReferentiel())).toEqual(sampleReferentiel());
    const error = thrown(() =>
      parseReferentiel({ ...sampleReferentiel(), version: "v1", year: "x" }),
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(MediationError);
    expect((error as InvalidArgumentError).problems.map((p) => p.path)).toEqual(
      [["version"], ["year"]],
    );
  });
});

describe("safeParseReferentiel on random input (fast-check)", () => {
  propTest.prop([fc.anything()])(
    "never throws and always returns a list of problems",
    (input) => {
      const result = safeParseReferentiel(input);
      expect(result.success).toBe(false);
      for (const problem of problemsOf(input))
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
      const result = safeParseReferentiel(input);
      if (!result.success) expect(result.problems.length).toBeGreaterThan(0);
    },
  );

  propTest.prop([
    fc.array(fc.record({ id: fc.string(), label: fc.string() }), {
      maxLength: 6,
    }),
  ])(
    "random items inside a valid envelope give problems with item paths",
    (items) => {
      const result = safeParseReferentiel({ ...sampleReferentiel(), items });
      expect(result.success).toBe(false);
      for (const problem of problemsOf({ ...sampleReferentiel(), items }))
        expect(["items", undefined]).toContain(problem.path[0]);
    },
  );
});
