import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkBounds, checkString, DEFAULT_LIMITS } from "./bounds.js";
import { describeValue } from "./describe.js";

const nested = (depth: number): unknown => {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const codes = (value: unknown) => checkBounds(value).map((p) => p.code);

describe("checkBounds", () => {
  test.prop([fc.jsonValue({ maxDepth: 8 })])(
    "accepts plain JSON within the limits",
    (value) => {
      expect(checkBounds(value)).toEqual([]);
    },
  );

  it("stops at the depth limit, without recursion, on 10,000-deep nesting", () => {
    // nested(n) is n + 1 objects, one in the other.
    expect(codes(nested(DEFAULT_LIMITS.maxDepth - 1))).toEqual([]);
    expect(codes(nested(DEFAULT_LIMITS.maxDepth))).toEqual(["too-deep"]);
    expect(codes(nested(10_000))).toEqual(["too-deep"]);
    expect(codes(JSON.parse("[".repeat(10_000) + "]".repeat(10_000)))).toEqual([
      "too-deep",
    ]);
  });

  it("reports long strings and keys, large lists and objects", () => {
    expect(codes({ a: "x".repeat(10_000_000) })).toEqual(["string-too-long"]);
    expect(codes({ ["k".repeat(30_000)]: 1 })).toEqual(["string-too-long"]);
    expect(codes(new Array(1_000_000).fill(0))).toEqual(["too-many-values"]);
    expect(
      codes(
        Object.fromEntries(
          Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]),
        ),
      ),
    ).toEqual(["too-many-values"]);
  });

  it("reports what JSON cannot hold: BigInt, function, symbol, circular values, accessors", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    let called = false;
    const accessor = Object.defineProperty({}, "x", {
      enumerable: true,
      get() {
        called = true;
        throw new Error("never called");
      },
    });
    expect(codes({ n: 1n })).toEqual(["not-json"]);
    expect(codes([() => 1])).toEqual(["not-json"]);
    expect(codes({ s: Symbol("s") })).toEqual(["not-json"]);
    expect(codes(circular)).toEqual(["circular"]);
    const shared = { a: 1 };
    expect(codes({ x: shared, y: [shared, { z: shared }] })).toEqual([]);
    expect(codes(accessor)).toEqual(["not-json"]);
    expect(called).toBe(false);
  });

  it("reads an object met twice but not inside itself as plain data", () => {
    const shared = { level: "autonomie" };
    const list = [shared, shared];
    expect(checkBounds({ a: shared, b: shared, c: [list, list] })).toEqual([]);
    const loop: unknown[] = [];
    loop.push([shared, loop]);
    expect(codes(loop)).toEqual(["circular"]);
  });

  it("counts a shared object each time it is met: a small graph cannot hide a large tree", () => {
    let value: unknown = [];
    for (let i = 0; i < DEFAULT_LIMITS.maxDepth - 1; i++)
      value = [value, value];
    expect(new Set(codes(value))).toEqual(new Set(["too-many-values"]));
  });

  it("accepts a value reached by two paths, which is no cycle, and still bounds the work", () => {
    const shared = { document: "hypra-2024", section: "TEMPS 2" };
    expect(checkBounds({ a: [shared], b: [shared] })).toEqual([]);
    const deepCycle: Record<string, unknown> = { list: [{}] };
    (deepCycle.list as Record<string, unknown>[])[0] = { back: deepCycle };
    expect(codes(deepCycle)).toEqual(["circular"]);
    // 2^20 paths through 20 shared arrays: counted per visit, stopped at maxValues.
    let wide: unknown = "x";
    for (let i = 0; i < 20; i++) wide = [wide, wide];
    expect(new Set(codes(wide))).toEqual(new Set(["too-deep"]));
    expect(
      checkBounds(wide, {
        maxDepth: 100,
        maxValues: 1_000,
        maxStringLength: 10,
      }).map((p) => p.code),
    ).toEqual(["too-many-values"]);
  });

  it("reads a __proto__ key as plain data", () => {
    const value: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "a": 1}',
    );
    expect(checkBounds(value)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports a proxy that refuses to be read instead of throwing", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    expect(codes(hostile)).toEqual(["unreadable"]);
  });

  it("gives the path to the faulty value", () => {
    expect(
      checkBounds({ answers: [1, { id: 2n }] }, DEFAULT_LIMITS, ["input"])[0]
        ?.path,
    ).toEqual(["input", "answers", 1, "id"]);
  });

  test.prop([
    fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
    }),
  ])("never throws, and its messages stay short", (value) => {
    for (const problem of checkBounds(value))
      expect(problem.message.length).toBeLessThan(200);
    expect(describeValue(value).length).toBeLessThan(60);
  });
});

describe("checkString", () => {
  it("reports a string over the limit", () => {
    expect(checkString("abc", 3)).toEqual([]);
    expect(checkString("abcd", 3, ["id"])).toMatchObject([
      { path: ["id"], code: "string-too-long" },
    ]);
  });
});
