import {
  CoreArgumentError,
  expectCount,
  expectList,
  expectObject,
  expectText,
} from "./guard.js";

/** Suggestions are looked for only for queries this short: the cost grows with the query’s length. */
export const MAX_SUGGESTION_QUERY = 80;

/**
 * Edit distance: insertions, deletions, substitutions and swaps of two neighbours (a typo each).
 * Gives up as soon as every path exceeds `limit` and returns `limit + 1`.
 */
/** Exported for the tests; not part of the package’s API. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  const distance = previous[b.length] ?? 0;
  return distance > limit ? limit + 1 : distance;
}

/** How many candidates `nearest` reads at most. */
const MAX_CANDIDATES = 100_000;

/** Options of `nearest`. */
export interface NearestOptions {
  /** How many suggestions at most (default 3). */
  readonly count?: number;
  /** The largest distance worth suggesting; by default a third of the query’s length, from 1 to 3. */
  readonly maxDistance?: number;
}

/**
 * The known values nearest to an unknown one (case ignored), nearest first, ties in the given order.
 * A query longer than `MAX_SUGGESTION_QUERY` gets none: the work stays bounded whatever the input.
 */
export function nearest(
  query: string,
  candidates: Iterable<string>,
  options: NearestOptions = {},
): string[] {
  expectText(query, "query", Infinity);
  const given = expectObject(options, "options");
  const count = expectCount(given["count"] ?? 3, "options.count", 1, 100);
  if (query.length > MAX_SUGGESTION_QUERY) return [];
  const target = query.toLowerCase();
  const limit = expectCount(
    given["maxDistance"] ??
      Math.min(3, Math.max(1, Math.floor(target.length / 3))),
    "options.maxDistance",
    0,
    MAX_SUGGESTION_QUERY,
  );
  const found: { candidate: string; distance: number; order: number }[] = [];
  let order = 0;
  try {
    if (
      typeof (candidates as Partial<Iterable<string>> | null)?.[
        Symbol.iterator
      ] !== "function"
    )
      expectList(candidates, "candidates");
    for (const candidate of candidates) {
      if (order >= MAX_CANDIDATES) break;
      if (typeof candidate !== "string") expectText(candidate, "candidates");
      const distance = editDistance(target, candidate.toLowerCase(), limit);
      if (distance <= limit) found.push({ candidate, distance, order });
      order++;
    }
  } catch (error) {
    if (error instanceof CoreArgumentError) throw error;
    expectList(undefined, "candidates (illisibles)");
  }
  return found
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
