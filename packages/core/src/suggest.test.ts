import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { editDistance, MAX_SUGGESTION_QUERY, nearest } from "./suggest.js";

describe("editDistance", () => {
  it("counts a swap of two neighbours as one typo", () => {
    expect(editDistance("lire-mial", "lire-mail")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  test.prop([
    fc.string({ maxLength: 12 }),
    fc.string({ maxLength: 12 }),
    fc.nat(6),
  ])(
    "with a limit, is exact up to the limit and says « over » beyond it",
    (a, b, limit) => {
      const exact = editDistance(a, b);
      expect(editDistance(a, b, limit)).toBe(
        exact <= limit ? exact : limit + 1,
      );
      expect(editDistance(b, a)).toBe(exact);
    },
  );
});

describe("nearest", () => {
  const ids = ["lire-mail", "envoyer-mail", "naviguer", "payer-en-ligne"];

  it("suggests the nearest known IDs, nearest first", () => {
    expect(nearest("lire-mial", ids)).toEqual(["lire-mail"]);
    expect(nearest("LIRE-MAIL", ids)).toEqual(["lire-mail"]);
    expect(nearest("zzzzzzzz", ids)).toEqual([]);
    expect(
      nearest("naviguer", ids, { maxDistance: 20, count: 2 }),
    ).toHaveLength(2);
  });

  it("suggests nothing for a long query, at once", () => {
    const long = "x".repeat(MAX_SUGGESTION_QUERY + 1);
    expect(nearest(long, [long])).toEqual([]);
    expect(nearest("y".repeat(10_000_000), ids)).toEqual([]);
  });
});
