import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { QUESTIONNAIRE } from "./questionnaire.js";

const seedsDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../../shared/seeds",
);

/** The text of seed `prefix` (`004`), read from `<repo>/../shared/seeds/`; a missing seed fails the test. */
function readSeed(prefix: string): string {
  if (!existsSync(seedsDir))
    throw new Error(`Seeds introuvables\u00a0: ${seedsDir}.`);
  const file = readdirSync(seedsDir).find((name) =>
    name.startsWith(`${prefix}_`),
  );
  if (!file) throw new Error(`Seed ${prefix}_*.txt introuvable.`);
  return readFileSync(resolve(seedsDir, file), "utf8");
}

/** Apostrophes and spaces made plain, bold markers removed: the extraction’s text and the data compare equal. */
const normalize = (text: string): string =>
  text.replaceAll("**", "").replaceAll("’", "'").replace(/\s+/g, " ").trim();

const notes = QUESTIONNAIRE.sources.flatMap((source) => {
  const seed = /^Seed (\d{3})/.exec(source.note ?? "")?.[1];
  return seed ? [{ id: source.id, seed, note: source.note ?? "" }] : [];
});

describe("the source notes quote their seed verbatim", () => {
  test("the notes name their seeds", () => {
    expect(notes.map((n) => n.id)).toContain("hypra-2024");
  });

  test.each(notes)("$id: every « … » is in seed $seed", ({ seed, note }) => {
    const quotes = [...note.matchAll(/«\s*([^»]+?)\s*»/g)].map(
      (match) => match[1] ?? "",
    );
    const text = normalize(readSeed(seed));
    for (const quote of quotes) expect(text).toContain(normalize(quote));
  });

  test("hypra-2024 quotes the « repère » sentence of seed 004", () => {
    const note = notes.find((n) => n.id === "hypra-2024")?.note ?? "";
    expect(normalize(note)).toContain("il ne s'agit que d'un repère");
  });
});
