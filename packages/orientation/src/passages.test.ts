import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { INTERVENTION_RULES } from "./intervention.js";
import * as passage from "./passages.js";
import { BRING_RULES } from "./resident-sheet-bring.js";
import { RULES_TABLE } from "./rules.js";
import type { SourceRef } from "@mediation-numerique/core";
import { FrenchSentence } from "./rule-text.js";
import { DocumentId } from "./sources.js";

const seedsDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/seeds",
);

const SEED_PREFIX = {
  "fcs93-2018": "000",
  "directions-2017": "001",
  "anct-2021": "002",
  "fcs93-info-fd-39-2023": "003",
  "hypra-2024": "004",
} as const satisfies Record<DocumentId, string>;

/**
 * The text of a seed, read from `<repo>/../shared/seeds/`. Throws when the folder is missing:
 * the quotes must be checked against their source, never silently skipped.
 */
const readSeed = (document: DocumentId): string => {
  if (!existsSync(seedsDir))
    throw new Error(
      `Seeds introuvables\u00a0: ${seedsDir}. Les tests de citations lisent les textes sources dans ../shared/seeds à côté du dépôt.`,
    );
  const file = readdirSync(seedsDir).find((name) =>
    name.startsWith(`${SEED_PREFIX[document]}_`),
  );
  if (file === undefined)
    throw new Error(`Seed ${SEED_PREFIX[document]}_*.txt introuvable.`);
  return readFileSync(resolve(seedsDir, file), "utf8");
};

/**
 * The passages make apostrophes and quotation marks typographic and space them the French way;
 * the extraction has straight ones, Markdown bold markers and line breaks. Compare without those.
 */
const normalize = (text: string): string =>
  text
    .replaceAll("**", "")
    .replace(/[’']/g, "'")
    .replace(/[“”«»"]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

/** A quote's pieces: cut at « […] », and at « – » where it joins the lines of a table column. */
const pieces = (quote: string): string[] =>
  quote
    .split(/\s*\[…\]\s*|\s+–\s+/)
    .map(normalize)
    .filter((piece) => piece !== "");

/** The pieces that are not in the seed, each searched after the previous one. */
const missingPieces = (quote: string, seed: string): string[] => {
  let from = 0;
  return pieces(quote).filter((piece) => {
    const at = seed.indexOf(piece, from);
    if (at === -1) return true;
    from = at + piece.length;
    return false;
  });
};

const passages = Object.entries(passage) as [string, SourceRef][];

describe("the passages the rules cite", () => {
  test.each(passages)("%s quotes its seed word for word", (_, source) => {
    expect(source.quote).toBeDefined();
    expect(
      missingPieces(
        source.quote ?? "",
        normalize(readSeed(DocumentId.parse(source.document))),
      ),
    ).toEqual([]);
  });

  test("every rule cites only the seed documents", () => {
    const cited = [
      ...RULES_TABLE.rules,
      ...INTERVENTION_RULES,
      ...BRING_RULES,
    ].flatMap((rule) => rule.sources.map((source) => source.document));
    expect(
      cited.filter((document) => !DocumentId.safeParse(document).success),
    ).toEqual([]);
  });

  test.each(passages.filter(([, source]) => source.interpretation))(
    "%s: its interpretation note is one French sentence",
    (_, source) => {
      expect(FrenchSentence.safeParse(source.interpretation).success).toBe(
        true,
      );
    },
  );

  test("the check catches a word that is not in the seed, and pieces out of order", () => {
    const seed = normalize(readSeed("hypra-2024"));
    expect(
      missingPieces(
        "le CnFS doit faire avec et non à la place de puisqu’il est expert",
        seed,
      ),
    ).toHaveLength(1);
    expect(
      missingPieces(
        "Scanner les justificatifs ✓ – Lien avec les administrations ✓",
        seed,
      ),
    ).toEqual([]);
    expect(
      missingPieces(
        "Aide pour remplir le formulaire ✓ – Scanner les justificatifs ✓",
        seed,
      ),
    ).toEqual(["Scanner les justificatifs ✓"]);
  });

  // Seed 004's quiz answers lost their tick marks in the extraction: a quiz passage whose
  // quote shows no tick takes an answer the seed does not mark, and must say so.
  test.each(
    passages.filter(
      ([, source]) =>
        source.document === "hypra-2024" &&
        /quiz|QCU/.test(source.section) &&
        !source.quote?.includes("✓"),
    ),
  )(
    "%s, a quiz passage without a tick, is marked as an interpretation",
    (_, source) => {
      expect(source.interpretation).toMatch(/lecture du projet/);
    },
  );

  test("every passage is cited by a rule, an intervention rule or the resident's sheet", () => {
    const cited = new Set(
      [...RULES_TABLE.rules, ...INTERVENTION_RULES, ...BRING_RULES].flatMap(
        (rule) => rule.sources.map((source) => JSON.stringify(source)),
      ),
    );
    expect(
      passages
        .filter(([, source]) => !cited.has(JSON.stringify(source)))
        .map(([name]) => name),
    ).toEqual([]);
  });
});
