// Test helpers: a small référentiel in two versions, and the seed texts the data quotes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Item, Referentiel } from "@mediation-numerique/referentiels";
import { createInstrument } from "./engine/instrument.js";
import { mediateurDefinition } from "./mediateur/instrument.js";

const item = (id: string, group: string, extra: Partial<Item> = {}): Item => ({
  id,
  kind: "savoir-faire",
  group,
  label: `Item ${id}`,
  text: `Texte de l’item ${id}.`,
  status: "stable",
  source: { document: "demo", section: "Annexe" },
  ...extra,
});

const base = {
  title: "Référentiel de démonstration",
  shortTitle: "Démo",
  description: "Un référentiel pour les tests.",
  publisher: "Tests",
  year: 2024,
  language: "fr",
  license: "MIT",
  documents: [{ id: "demo", title: "Démo", publisher: "Tests", year: 2024 }],
  source: { document: "demo", section: "Annexe" },
  groups: [
    { id: "a", label: "Domaine A" },
    { id: "b", label: "Domaine B" },
  ],
} as const;

/** Version 1.0.0: a-1, a-2, a-3 in domain A; b-1, b-2 in domain B. */
export const demoV1: Referentiel = {
  ...base,
  id: "demo",
  version: "1.0.0",
  documents: [...base.documents],
  groups: [...base.groups],
  items: ["a-1", "a-2", "a-3"]
    .map((id) => item(id, "a"))
    .concat(["b-1", "b-2"].map((id) => item(id, "b"))),
};

/** Version 1.1.0: a-3 withdrawn (replaced by a-4), a-4 added. */
export const demoV2: Referentiel = {
  ...demoV1,
  version: "1.1.0",
  items: demoV1.items
    .map((i) =>
      i.id === "a-3"
        ? { ...i, status: "withdrawn" as const, replacedBy: ["demo/a-4"] }
        : i,
    )
    .concat([item("a-4", "a")]),
};

const demoDefinition = { ...mediateurDefinition, referentiels: ["demo"] };
/** The mediator scale over the demo référentiel, version 1 and version 2. */
export const demoInstrumentV1 = createInstrument(demoDefinition, [demoV1]);
export const demoInstrumentV2 = createInstrument(demoDefinition, [demoV2]);

/** Version 1.2.0: the text of b-2 is found incomplete (a fragment of the source), so it is no longer assessed. */
export const demoV3: Referentiel = {
  ...demoV2,
  version: "1.2.0",
  items: demoV2.items.map((i) =>
    i.id === "b-2"
      ? {
          ...i,
          text: "professionnel",
          status: "incomplete" as const,
          sourceFragment: "professionnel",
          note: "Seul ce mot subsiste.",
        }
      : i,
  ),
};
export const demoInstrumentV3 = createInstrument(demoDefinition, [demoV3]);

const seedsDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/seeds",
);

/**
 * The text of a seed, read from `<repo>/../shared/seeds/` (where CI puts it). Throws a clear error when the
 * folder is missing: the quotes must be checked against their source, never silently skipped.
 */
export function readSeed(prefix: string): string {
  if (!existsSync(seedsDir)) {
    throw new Error(
      `Seeds introuvables\u00a0: ${seedsDir}. Les tests de citations lisent les textes sources dans ../shared/seeds à côté du dépôt.`,
    );
  }
  const file = readdirSync(seedsDir).find((name) =>
    name.startsWith(`${prefix}_`),
  );
  if (!file)
    throw new Error(`Seed ${prefix}_*.txt introuvable dans ${seedsDir}.`);
  return readFileSync(resolve(seedsDir, file), "utf8");
}

/** Whitespace collapsed (no-break spaces included) and the extraction’s Markdown bold markers removed. */
export const normalize = (text: string): string =>
  text.replaceAll("**", "").replace(/\s+/g, " ").trim();
