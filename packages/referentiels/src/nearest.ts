/** Levenshtein distance, two rows; IDs are short so this stays cheap. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution =
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          substitution,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The `count` candidates nearest to `query`, nearest first, ties in alphabetical order. */
export function nearest(
  query: string,
  candidates: Iterable<string>,
  count = 3,
): string[] {
  const limit = Math.max(3, Math.ceil(query.length / 2));
  return [...candidates]
    .map((candidate) => ({
      candidate,
      distance: editDistance(query, candidate),
    }))
    .filter(({ distance }) => distance <= limit)
    .sort(
      (x, y) =>
        x.distance - y.distance || x.candidate.localeCompare(y.candidate),
    )
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
