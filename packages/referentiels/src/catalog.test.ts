import { describe, expect, test } from "vitest";
import { createCatalog } from "./catalog.js";
import { InvalidArgumentError, UnknownIdError } from "./errors.js";
import { sampleReferentiel } from "./fixture.test-helpers.js";

const catalog = createCatalog([sampleReferentiel()]);

describe("getItem", () => {
  test("returns the item with its full ID and référentiel", () => {
    const item = catalog.getItem("federation-exemple/accueil-2");
    expect(item.fullId).toBe("federation-exemple/accueil-2");
    expect(item.referentielId).toBe("federation-exemple");
    expect(item.label).toBe("Orienter");
  });

  test("an unknown ID gets a typed error naming it and the nearest IDs", () => {
    let error: unknown;
    try {
      catalog.getItem("federation-exemple/accueil-3");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    const unknown = error as UnknownIdError;
    expect(unknown.id).toBe("federation-exemple/accueil-3");
    expect(unknown.suggestions).toEqual([
      "federation-exemple/accueil-1",
      "federation-exemple/accueil-2",
    ]);
    expect(unknown.message).toContain("« federation-exemple/accueil-3 »");
    expect(unknown.message).toContain("federation-exemple/accueil-1");
  });

  test("a non-string ID is an argument error, not a TypeError", () => {
    expect(() => catalog.getItem(42 as unknown as string)).toThrow(
      InvalidArgumentError,
    );
  });

  test("an unknown référentiel suggests the nearest", () => {
    expect(() => catalog.getReferentiel("federation-exempl")).toThrow(
      /federation-exemple/,
    );
  });
});

describe("listItems", () => {
  test("filters combine: kind, status, group, accent-insensitive text", () => {
    expect(catalog.listItems().map((item) => item.id)).toEqual([
      "accueil-1",
      "accueil-2",
    ]);
    expect(
      catalog.listItems({ status: "reconstructed" }).map((item) => item.id),
    ).toEqual(["accueil-2"]);
    expect(
      catalog.listItems({
        status: ["stable", "reconstructed"],
        group: "accueil",
      }),
    ).toHaveLength(2);
    expect(
      catalog.listItems({ text: "ACCUEILLIR publics" }).map((item) => item.id),
    ).toEqual(["accueil-1"]);
    expect(
      catalog.listItems({ text: "orienter" }).map((item) => item.id),
    ).toEqual(["accueil-2"]);
    expect(catalog.listItems({ referentiel: "autre" })).toEqual([]);
  });

  test("a bad filter names the field to fix", () => {
    expect(() => catalog.listItems({ kind: "atelier" as never })).toThrow(
      /kind/,
    );
    expect(() => catalog.listItems({ colour: "red" } as never)).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("formatCitation", () => {
  test("text: French citation with permanent URL and status", () => {
    expect(
      catalog.formatCitation("federation-exemple/accueil-2", "text", {
        accessed: "2026-11-22",
      }),
    ).toBe(
      "Fédération d’exemple. «\u00A0Orienter\u00A0» (texte reconstitué). Dans\u00A0: Référentiel d’exemple d’une fédération, " +
        "version 1.0.0, 2024. Identifiant\u00A0: federation-exemple/accueil-2. " +
        "https://mediation-numerique.github.io/referentiels/federation-exemple/accueil-2/ Consulté le 22/11/2026.",
    );
  });

  test("bibtex: an @misc entry with key, escaped fields and URL", () => {
    const bib = catalog.formatCitation(
      catalog.getItem("federation-exemple/accueil-1"),
      "bibtex",
      { baseUrl: "https://exemple.org" },
    );
    expect(bib).toMatch(/^@misc\{federation-exemple:accueil-1,\n/);
    expect(bib).toContain(
      "url          = {https://exemple.org/referentiels/federation-exemple/accueil-1/}",
    );
    expect(bib).toContain("year         = {2024}");
    expect(bib.endsWith("\n}")).toBe(true);
  });

  test("csl-json: parses as an array of one CSL item", () => {
    const [entry] = JSON.parse(
      catalog.formatCitation("federation-exemple/accueil-1", "csl-json"),
    ) as Record<string, unknown>[];
    expect(entry).toMatchObject({
      id: "federation-exemple/accueil-1",
      type: "entry",
      title: "Accueillir les publics",
      "container-title": "Référentiel d’exemple d’une fédération",
      author: [{ literal: "Fédération d’exemple" }],
      issued: { "date-parts": [[2024]] },
      URL: "https://mediation-numerique.github.io/referentiels/federation-exemple/accueil-1/",
    });
  });

  test("unknown style or bad date: clear errors", () => {
    expect(() =>
      catalog.formatCitation("federation-exemple/accueil-1", "apa" as never),
    ).toThrow(/text, bibtex, csl-json/);
    expect(() =>
      catalog.formatCitation("federation-exemple/accueil-1", "text", {
        accessed: "22/11/2026",
      }),
    ).toThrow(/AAAA-MM-JJ/);
  });
});
