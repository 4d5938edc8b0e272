import type { DocumentEntry } from "./part.js";

/** A document left out because another one stands for the same centre or person. */
export interface Superseded {
  readonly entry: DocumentEntry;
  /** The document counted in its place. */
  readonly kept: DocumentEntry;
  /** `duplicate`: the same document twice; `older-version`: an earlier (or same-time) version of it. */
  readonly cause: "duplicate" | "older-version";
}

/** Letters without accents, in lower case, words separated by one space: « Saint-Denis » = « saint denis ». */
const normalized = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The keys that tie documents together: the creation date (the versions of one document keep it) and, for a
 * centre that gave its identity, its SIRET or else its name and commune.
 */
function keysOf({ createdAt, structure }: DocumentEntry): string[] {
  const keys = [`created:${new Date(createdAt).toISOString()}`];
  if (structure)
    keys.push(
      structure.siret === undefined
        ? `name:${normalized(structure.nom)}|${normalized(structure.commune)}`
        : `siret:${structure.siret}`,
    );
  return keys;
}

/**
 * Latest first: the later update, then the smaller digest, then the shorter name (a copy’s name is usually the
 * longer: « source (1).json »), so that the choice never depends on the order of the files.
 */
function latestFirst(a: DocumentEntry, b: DocumentEntry): number {
  const byDate = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  if (byDate !== 0) return byDate;
  if (a.digest !== b.digest) return a.digest < b.digest ? -1 : 1;
  if (a.name.length !== b.name.length) return a.name.length - b.name.length;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * One document per centre or person: documents tied by a key (directly or through others) are versions of one
 * another, and only the latest counts. The result does not depend on the order of the entries.
 */
export function selectLatest(entries: readonly DocumentEntry[]): {
  kept: DocumentEntry[];
  superseded: Superseded[];
} {
  const parent = entries.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      const up = parent[at] ?? at;
      parent[at] = parent[up] ?? up;
      at = up;
    }
    return at;
  };
  const firstWithKey = new Map<string, number>();
  entries.forEach((entry, index) => {
    for (const key of keysOf(entry)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, index);
      else parent[root(index)] = root(other);
    }
  });
  const groups = new Map<number, DocumentEntry[]>();
  entries.forEach((entry, index) => {
    const group = groups.get(root(index));
    if (group) group.push(entry);
    else groups.set(root(index), [entry]);
  });
  const kept: DocumentEntry[] = [];
  const superseded: Superseded[] = [];
  for (const group of groups.values()) {
    const [latest, ...others] = group.sort(latestFirst);
    if (latest === undefined) continue;
    kept.push(latest);
    for (const entry of others)
      superseded.push({
        entry,
        kept: latest,
        cause: entry.digest === latest.digest ? "duplicate" : "older-version",
      });
  }
  return { kept, superseded };
}
