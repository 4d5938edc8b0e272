import { expect, test } from "vitest";
import {
  DEFAULT_BASE_URL,
  itemUrl,
  referentielUrl,
  splitItemRef,
} from "./urls.js";
import { InvalidArgumentError } from "./errors.js";
import { editDistance, nearest } from "./nearest.js";

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
});

test("edit distance and nearest suggestions", () => {
  expect(editDistance("kitten", "sitting")).toBe(3);
  expect(editDistance("", "abc")).toBe(3);
  expect(
    nearest("diagnostic-22", ["diagnostic-2", "activite-1", "diagnostic-3"]),
  ).toEqual(["diagnostic-2", "diagnostic-3"]);
  expect(nearest("zzzzzzzzzzzz", ["a-1", "b-2"])).toEqual([]);
});
