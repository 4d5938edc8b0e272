import { timeCall } from "@mediation-numerique/tooling/hardening";
import { describe, expect, test } from "vitest";
import { MediationError } from "@mediation-numerique/core";
import { createCatalog } from "./catalog.js";
import {
  InvalidArgumentError,
  ReferentielError,
  UnknownIdError,
} from "./errors.js";
import { sampleReferentiel, thrown } from "./fixture.test-helpers.js";

/** The problems of the package error `run` throws. */
const problemsOf = (run: () => unknown) => {
  const error = thrown(run);
  expect(error).toBeInstanceOf(MediationError);
  return (error as MediationError).problems;
};

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
    expect(unknown.message).toContain(
      "«\u00A0federation-exemple/accueil-3\u00A0»",
    );
    expect(unknown.message).toContain("federation-exemple/accueil-1");
  });

  test("a non-string ID is an argument error, not a TypeError", () => {
    expect(() => catalog.getItem(42 as unknown as string)).toThrow(
      InvalidArgumentError,
    );
    expect(problemsOf(() => catalog.getItem(42 as unknown as string))).toEqual([
      {
        path: [],
        code: "invalid-type",
        message: "attendu\u00A0: un identifiant (texte)\u202F; reçu\u00A0: 42.",
      },
    ]);
  });

  test("errors are the package's, and core's: one catch for every package", () => {
    const error = thrown(() => catalog.getItem("federation-exemple/zzz"));
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(ReferentielError);
    expect(error).toBeInstanceOf(MediationError);
    expect((error as UnknownIdError).code).toBe("unknown-id");
  });

  test("an unknown référentiel suggests the nearest", () => {
    expect(() => catalog.getReferentiel("federation-exempl")).toThrow(
      /federation-exemple/,
    );
  });

  test("the message names what the ID is, with the right preposition", () => {
    expect(problemsOf(() => catalog.getItem("federation-exemple/zzz"))).toEqual(
      [
        {
          path: [],
          code: "unknown-id",
          message:
            "identifiant d’item inconnu\u00A0: «\u00A0federation-exemple/zzz\u00A0».",
        },
      ],
    );
    expect(() => catalog.getReferentiel("federation-exempl")).toThrow(
      /^Identifiant de référentiel inconnu \(1 problème\)\u00A0:\n- \(entrée\)\u00A0: identifiant de référentiel inconnu\u00A0: «\u00A0federation-exempl\u00A0»\. Vouliez-vous dire\u00A0: federation-exemple\u202F\?$/,
    );
  });

  test("a 10 MB ID is refused at once, before any suggestion search", () => {
    const id = `federation-exemple/${"a".repeat(10_000_000)}`;
    const [problem] = problemsOf(() => catalog.getItem(id));
    const { ms } = timeCall(() => catalog.getItem(id), []);
    expect(problem.code).toBe("string-too-long");
    expect(problem.message.length).toBeLessThan(100);
    // The hardening test times every function this way; the search alone took 442 s on 10 MB.
    expect(ms).toBeLessThan(100);
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
  });

  test("an unknown référentiel or group throws like getReferentiel, with suggestions", () => {
    const error = thrown(() =>
      catalog.listItems({ referentiel: ["federation-exemple", "autre"] }),
    );
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).problems[0].path).toEqual([
      "referentiel",
      1,
    ]);
    expect(
      thrown(() => catalog.listItems({ referentiel: "federation-exempl" })),
    ).toMatchObject({
      id: "federation-exempl",
      suggestions: ["federation-exemple"],
    });
    expect(thrown(() => catalog.listItems({ group: "acueil" }))).toMatchObject({
      id: "acueil",
      suggestions: ["accueil"],
      problems: [{ path: ["group"], code: "unknown-id" }],
    });
  });

  test("a bad filter names the field to fix", () => {
    expect(() => catalog.listItems({ kind: "atelier" as never })).toThrow(
      /kind/,
    );
    expect(() => catalog.listItems({ colour: "red" } as never)).toThrow(
      InvalidArgumentError,
    );
  });

  test("a bad code is named in French with the valid codes", () => {
    expect(problemsOf(() => catalog.listItems({ kind: "x" as never }))).toEqual(
      [
        {
          path: ["kind"],
          code: "invalid-value",
          message: expect.stringMatching(
            /^valeur inconnue «\u00A0x\u00A0»\. Valeurs possibles\u00A0: principe, projet, .*savoir-faire.*, champ-competences, etape, engagement\.$/,
          ) as string,
        },
      ],
    );
    expect(() =>
      catalog.listItems({ status: ["stable", "retire"] as never }),
    ).toThrow(
      "status\u00A0: valeur inconnue «\u00A0retire\u00A0». Valeurs possibles\u00A0: stable, reconstructed, incomplete, withdrawn.",
    );
    expect(() => catalog.listItems({ colour: "red" } as never)).toThrow(
      /champ inconnu\u00A0: «\u00A0colour\u00A0»\. Champs possibles\u00A0: referentiel, kind, status, group, text\./,
    );
    expect(problemsOf(() => catalog.listItems({ text: 3 } as never))).toEqual([
      {
        path: ["text"],
        code: "invalid-type",
        message: "attendu\u00A0: un texte\u202F; reçu\u00A0: 3.",
      },
    ]);
  });

  test("every problem of a filter is reported, not only the first", () => {
    const problems = problemsOf(() =>
      catalog.listItems({ kind: "x", text: 3, colour: "red" } as never),
    );
    expect(problems.map((p) => p.path[0] ?? "")).toEqual(
      expect.arrayContaining(["kind", "text"]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe("getGroupPath", () => {
  const nested = sampleReferentiel();
  nested.groups = [
    { id: "dimension", label: "Dimension" },
    { id: "domaine", label: "Domaine", parent: "dimension" },
    { id: "accueil", label: "Accueil", parent: "domaine" },
  ];
  const groups = createCatalog([nested]);

  test("the group and its ancestors, outermost first", () => {
    expect(
      groups
        .getGroupPath("federation-exemple", "accueil")
        .map((group) => group.id),
    ).toEqual(["dimension", "domaine", "accueil"]);
    expect(groups.getGroupPath("federation-exemple", "dimension")).toEqual([
      { id: "dimension", label: "Dimension" },
    ]);
    expect(groups.getGroupPath("federation-exemple", undefined)).toEqual([]);
  });

  test("an unknown group or référentiel is a typed error", () => {
    expect(
      problemsOf(() => groups.getGroupPath("federation-exemple", "acueil")),
    ).toEqual([
      {
        path: [],
        code: "unknown-id",
        message:
          "identifiant de groupe inconnu\u00A0: «\u00A0acueil\u00A0». Vouliez-vous dire\u00A0: accueil\u202F?",
      },
    ]);
    expect(() => groups.getGroupPath("autre", "accueil")).toThrow(
      UnknownIdError,
    );
  });
});

describe("listIncomingLinks", () => {
  test("the links that point to an item, with the item they start from", () => {
    const [incoming, ...rest] = catalog.listIncomingLinks(
      "federation-exemple/accueil-2",
    );
    expect(rest).toEqual([]);
    expect(incoming?.from.fullId).toBe("federation-exemple/accueil-1");
    expect(incoming?.link).toMatchObject({
      target: "federation-exemple/accueil-2",
      relation: "related",
    });
    expect(catalog.listIncomingLinks("federation-exemple/accueil-1")).toEqual(
      [],
    );
  });

  test("an unknown item is a typed error", () => {
    expect(() =>
      catalog.listIncomingLinks("federation-exemple/accueil-3"),
    ).toThrow(UnknownIdError);
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
    expect(
      problemsOf(() =>
        catalog.formatCitation("federation-exemple/accueil-1", "apa" as never),
      ),
    ).toEqual([
      {
        path: [],
        code: "invalid-value",
        message:
          "attendu\u00A0: une valeur parmi «\u00A0text\u00A0», «\u00A0bibtex\u00A0», «\u00A0csl-json\u00A0»\u202F; reçu\u00A0: «\u00A0apa\u00A0».",
      },
    ]);
    expect(
      problemsOf(() =>
        catalog.formatCitation("federation-exemple/accueil-1", "text", {
          accessed: "22/11/2026",
        }),
      ),
    ).toEqual([
      {
        path: ["accessed"],
        code: "invalid-format",
        message: "la date de consultation s’écrit AAAA-MM-JJ.",
      },
    ]);
  });
});
