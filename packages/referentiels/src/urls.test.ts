import { expect, test } from "vitest";
import {
  DEFAULT_BASE_URL,
  itemUrl,
  referentielUrl,
  splitItemRef,
} from "./urls.js";
import { InvalidArgumentError } from "./errors.js";

test("permanent URL is <base>/referentiels/<référentiel>/<item>/", () => {
  expect(itemUrl("fcs93-competences/diagnostic-2")).toBe(
    `${DEFAULT_BASE_URL}/referentiels/fcs93-competences/diagnostic-2/`,
  );
  expect(
    itemUrl("fcs93-competences/diagnostic-2", {
      baseUrl: "https://exemple.org/outils/",
    }),
  ).toBe(
    "https://exemple.org/outils/referentiels/fcs93-competences/diagnostic-2/",
  );
  expect(
    referentielUrl("anct-2021", { baseUrl: "http://localhost:4321" }),
  ).toBe("http://localhost:4321/referentiels/anct-2021/");
});

test("bad references and bases get a clear error", () => {
  expect(() => splitItemRef("diagnostic-2")).toThrow(InvalidArgumentError);
  expect(() => splitItemRef("FCS93/Diagnostic")).toThrow(
    /<id du référentiel>\/<id local>/,
  );
  expect(() => itemUrl("a/b", { baseUrl: "pas une url" })).toThrow(
    /URL absolue/,
  );
  expect(() => referentielUrl("../autre")).toThrow(InvalidArgumentError);
});

test("bad arguments are typed errors with problems, never TypeErrors", () => {
  const problemOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      return (error as InvalidArgumentError).problems[0];
    }
    throw new Error("nothing thrown");
  };
  expect(problemOf(() => itemUrl(null as never))).toMatchObject({
    path: [],
    code: "invalid-type",
  });
  expect(problemOf(() => itemUrl("a/b", null as never))).toMatchObject({
    code: "invalid-type",
  });
  expect(
    problemOf(() => referentielUrl("a", { baseURL: "x" } as never)),
  ).toMatchObject({ path: [], code: "unrecognized-keys" });
  expect(
    problemOf(() => splitItemRef(`a/${"b".repeat(10_000_000)}`)),
  ).toMatchObject({ code: "string-too-long" });
});
