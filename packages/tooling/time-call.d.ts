/** See time-call.js: the fastest CPU time of a call over up to `tries` runs, and what the first run threw. */
export declare function timeCall(
  fn: (...args: never[]) => unknown,
  args: readonly unknown[],
  options?: { budgetMs?: number; tries?: number },
): { ms: number; error: unknown };
