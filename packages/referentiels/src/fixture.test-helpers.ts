import type { Referentiel } from "./schema.js";

/** A small valid référentiel in the shape a federation would write. */
export const sampleReferentiel = (): Referentiel => ({
  id: "federation-exemple",
  version: "1.0.0",
  title: "Référentiel d’exemple d’une fédération",
  shortTitle: "Exemple",
  description: "Deux items pour les tests.",
  publisher: "Fédération d’exemple",
  year: 2024,
  language: "fr",
  license: "Etalab-2.0",
  documents: [
    {
      id: "doc",
      title: "Document",
      publisher: "Fédération d’exemple",
      year: 2024,
    },
  ],
  source: { document: "doc", section: "Annexe" },
  groups: [{ id: "accueil", label: "Accueil" }],
  items: [
    {
      id: "accueil-1",
      kind: "savoir-faire",
      group: "accueil",
      label: "Accueillir les publics",
      text: 'Accueillir les publics, avec « guillemets », virgules, et "doubles".',
      status: "stable",
      source: { document: "doc", section: "Annexe › Accueil" },
      links: [
        {
          target: "federation-exemple/accueil-2",
          relation: "related",
          interpretation: false,
        },
      ],
    },
    {
      id: "accueil-2",
      kind: "savoir-faire",
      group: "accueil",
      label: "Orienter",
      text: "Orienter les personnes\nvers les bons acteurs.",
      status: "reconstructed",
      sourceFragment: "Orienter les per",
      note: "Fin de phrase restituée.",
      source: { document: "doc", section: "Annexe › Accueil" },
    },
  ],
});

/** The error `run` throws (a test failure if it throws nothing). */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing thrown");
}
