/** See hardening.js: the fastest CPU time of a call over up to `tries` runs, and what the first run threw. */
export declare function timeCall(
  fn: (...args: never[]) => unknown,
  args: readonly unknown[],
  options?: { budgetMs?: number; tries?: number },
): { ms: number; error: unknown };

/** A proxy whose every trap throws. */
export declare function throwingProxy(): object;

/** fast-check's `anything` options with every kind of value, non-JSON ones included. */
export declare const ANYTHING: {
  readonly withBigInt: true;
  readonly withMap: true;
  readonly withSet: true;
  readonly withTypedArray: true;
  readonly withNullPrototype: true;
  readonly withObjectString: true;
};

/** Every argument list made of `base` with one hostile value in one position. */
export declare function hostileArguments(
  base: readonly unknown[],
  arity: number,
  hostile: readonly unknown[],
): Generator<unknown[]>;

/** `open` and `close` nested 10,000 deep around `inner`, parsed as JSON. */
export declare function deeplyNested(
  open: string,
  inner: string,
  close: string,
): unknown;

/** The functions a module exports, classes aside. */
export declare function exportedFunctions(
  namespace: object,
): [string, (...args: unknown[]) => unknown][];
