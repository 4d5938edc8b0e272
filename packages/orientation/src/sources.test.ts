import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { SourceDocument } from "@mediation-numerique/core";
import { DOCUMENTS, DocumentId } from "./sources.js";

/** The référentiels package's data: the same documents must carry the same metadata. */
const dataDir = fileURLToPath(
  new URL("../../referentiels/data/", import.meta.url),
);

interface CitedDocument {
  id: string;
  title: string;
  publisher: string;
  year: number;
}

const referentielDocuments: CitedDocument[] = readdirSync(dataDir)
  .filter((file) => file.endsWith(".json"))
  .flatMap(
    (file) =>
      (
        JSON.parse(readFileSync(`${dataDir}${file}`, "utf8")) as {
          documents?: CitedDocument[];
        }
      ).documents ?? [],
  );

/** Every document this package cites (a document absent from the référentiels data is not checked). */
const cited = DocumentId.options;

test.each(cited)("%s is a core SourceDocument under its own ID", (id) => {
  expect(SourceDocument.parse(DOCUMENTS[id])).toEqual(DOCUMENTS[id]);
  expect(DOCUMENTS[id].id).toBe(id);
});

describe("documents shared with the référentiels package", () => {
  test("the référentiels data cite the seed documents this package rests on", () => {
    const ids = new Set(referentielDocuments.map((document) => document.id));
    for (const id of ["fcs93-2018", "anct-2021", "hypra-2024"])
      expect(ids).toContain(id);
  });

  test.each(cited)(
    "%s has the same title, publisher and year as in the référentiels data",
    (id) => {
      for (const document of referentielDocuments.filter(
        (candidate) => candidate.id === id,
      )) {
        expect({
          title: DOCUMENTS[id].title,
          publisher: DOCUMENTS[id].publisher,
          year: DOCUMENTS[id].year,
        }).toEqual({
          title: document.title,
          publisher: document.publisher,
          year: document.year,
        });
      }
    },
  );
});
