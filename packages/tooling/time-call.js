// The timing rule of the packages' hardening tests (issue 13): a call must end within 100 ms.
//
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
