import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  cut,
  frenchList,
  frenchSpacing,
  NBSP,
  NNBSP,
  quote,
} from "./typography.js";

describe("cut", () => {
  test.prop([
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.integer({ min: 2, max: 100 }),
  ])(
    "keeps at most `max` characters and never splits a surrogate pair",
    (text, max) => {
      const result = cut(text, max);
      expect(result.length).toBeLessThanOrEqual(max);
      expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      if (text.length <= max) expect(result).toBe(text);
      else expect(result.endsWith("…")).toBe(true);
    },
  );

  it("reads only the start of a 10 MB string", () => {
    expect(cut("x".repeat(10_000_000))).toHaveLength(40);
  });
});

describe("quote", () => {
  it("puts a text between « » with no-break spaces inside", () => {
    expect(quote("lire-mail")).toBe(`«${NBSP}lire-mail${NBSP}»`);
  });
  it("cuts a long value", () => {
    expect(quote("a".repeat(1000), 10)).toBe(`«${NBSP}aaaaaaaaa…${NBSP}»`);
  });
});

describe("frenchSpacing", () => {
  it("puts French no-break spaces before : ; ? ! and inside « »", () => {
    expect(frenchSpacing("Attendu : « a » ; vraiment ?")).toBe(
      `Attendu${NBSP}: «${NBSP}a${NBSP}»${NNBSP}; vraiment${NNBSP}?`,
    );
  });
});

describe("frenchList", () => {
  it("lists the first values and counts the others", () => {
    expect(frenchList(["a", "b", "c", "d"], 2)).toBe("a, b et 2 autres");
    expect(frenchList(["a", "b", "c"], 2)).toBe("a, b et 1 autre");
    expect(frenchList(["a", "b"], 2)).toBe("a, b");
  });
});
