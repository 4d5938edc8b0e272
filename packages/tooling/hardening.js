// What the packages' hardening tests share (issue 13): the hostile inputs, the arguments lists that put one
// in each position, and the timing rule (a call must end within 100 ms).
//
// The timing rule:
// Measured in CPU time of this process (user + system), not wall time: on a 2-core machine running turbo's
// tasks in parallel, wall time counts the other processes. A call over the budget is run again, up to
// `tries` times in all, and its fastest run counts: a pause of the garbage collector or a first JIT
// compilation is no property of the input, while a cost that grows with the input shows on every run.

/**
 * Runs `fn(...args)`; returns `{ ms, error }`: the fastest CPU time in ms over the runs, and what the
 * first run threw (`undefined` if it returned).
 */
export function timeCall(fn, args, { budgetMs = 100, tries = 3 } = {}) {
  const once = () => {
    const start = process.cpuUsage();
    let error;
    try {
      fn(...args);
    } catch (thrown) {
      error = thrown;
    }
    const { user, system } = process.cpuUsage(start);
    return { ms: (user + system) / 1000, error };
  };
  const first = once();
  let { ms } = first;
  for (let run = 1; run < tries && ms >= budgetMs; run++)
    ms = Math.min(ms, once().ms);
  return { ms, error: first.error };
}

/** A proxy whose every trap throws: a value a public function must report, never let through. */
export function throwingProxy() {
  const refuse = (trap) => () => {
    throw new Error(trap);
  };
  return new Proxy(
    {},
    Object.fromEntries(
      [
        "get",
        "has",
        "ownKeys",
        "getOwnPropertyDescriptor",
        "getPrototypeOf",
      ].map((trap) => [trap, refuse(trap)]),
    ),
  );
}

/** fast-check's `anything` with every kind of value a caller could pass, non-JSON ones included. */
export const ANYTHING = Object.freeze({
  withBigInt: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withObjectString: true,
});

/**
 * Every argument list made of `base` with one hostile value in one position, for positions up to
 * `max(1, arity, base.length)`.
 */
export function* hostileArguments(base, arity, hostile) {
  for (let position = 0; position < Math.max(1, arity, base.length); position++)
    for (const value of hostile) {
      const args = [...base];
      args[position] = value;
      yield args;
    }
}

/** `open` and `close` nested 10,000 deep around `inner`, parsed as JSON: what a hostile file holds. */
export const deeplyNested = (open, inner, close) =>
  JSON.parse(open.repeat(10_000) + inner + close.repeat(10_000));

/** The functions a module exports, classes aside (their constructors are not an input API). */
export const exportedFunctions = (namespace) =>
  Object.entries(namespace).filter(
    ([, value]) =>
      typeof value === "function" &&
      !/^class\b/.test(Function.prototype.toString.call(value)),
  );
