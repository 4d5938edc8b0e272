import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  getItem,
  listItems,
  referentiels,
} from "@mediation-numerique/referentiels";
import { getInstrument } from "./instruments.js";
import { createInstrument } from "./engine/instrument.js";
import { AssessmentArgumentError } from "./engine/errors.js";
import { centreDefinition } from "./centre/instrument.js";
import { mediateurDefinition } from "./mediateur/instrument.js";

const definitions = {
  centre: centreDefinition,
  mediateur: mediateurDefinition,
};

describe("the two instruments", () => {
  test("centre: the projet, usage axes, dimensions and action types of fcs93-action", () => {
    const centre = getInstrument("centre");
    const expected = listItems({
      referentiel: "fcs93-action",
      kind: ["projet", "axe-usage", "dimension", "type-action"],
    })
      .filter((item) => item.status !== "withdrawn")
      .map((item) => item.fullId);
    expect(centre.items.map((item) => item.id)).toEqual(expected);
    expect(expected).toContain("fcs93-action/ateliers-mediation-numerique");
    expect(centre.groups.map((g) => g.id)).toContain(
      "fcs93-action/territoriale",
    );
  });

  test("mediateur: the competences of fcs93-competences and conum-remn, never a withdrawn item", () => {
    const mediateur = getInstrument("mediateur");
    const resolved = mediateur.items.map(({ id }) => getItem(id));
    const kinds = new Set(resolved.map((item) => item.kind));
    expect([...kinds].sort()).toEqual([
      "activite",
      "competence-professionnelle",
      "savoir",
      "savoir-etre",
      "savoir-faire",
    ]);
    expect(new Set(resolved.map((item) => item.referentielId))).toEqual(
      new Set(["fcs93-competences", "conum-remn"]),
    );
    expect(resolved.every((item) => item.status !== "withdrawn")).toBe(true);
    expect(mediateur.versions).toEqual({
      "fcs93-competences": referentiels[1].version,
      "conum-remn": referentiels[2].version,
    });
  });

  test("mediateur: no item whose text is incomplete in the référentiel is rated; each is listed in `incomplete`", () => {
    const mediateur = getInstrument("mediateur");
    const incomplete = listItems({
      referentiel: mediateur.referentiels,
      kind: mediateur.kinds,
      status: "incomplete",
    }).map((item) => item.fullId);
    expect(incomplete).toContain("fcs93-competences/diagnostic-2");
    expect(incomplete).toContain("fcs93-competences/accompagnement-social-1");
    expect(mediateur.incomplete).toEqual(incomplete);
    const rated = new Set(mediateur.items.map(({ id }) => id));
    for (const id of incomplete) expect(rated.has(id), id).toBe(false);
    expect(
      mediateur.items.every(
        ({ id }) =>
          getItem(id).status === "stable" ||
          getItem(id).status === "reconstructed",
      ),
    ).toBe(true);
    // What is left: every matched item that is neither withdrawn nor incomplete.
    expect(mediateur.items.map(({ id }) => id)).toEqual(
      listItems({ referentiel: mediateur.referentiels, kind: mediateur.kinds })
        .filter(
          (item) => item.status !== "withdrawn" && item.status !== "incomplete",
        )
        .map((item) => item.fullId),
    );
  });

  test("the package data never copies référentiel text", () => {
    const data = ["benchmarks.json", "training-leads.json"]
      .map((name) =>
        readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"),
      )
      .join("\n");
    for (const item of listItems({
      referentiel: ["fcs93-action", "fcs93-competences", "conum-remn"],
    })) {
      if (item.text.length > 40)
        expect(data, item.fullId).not.toContain(item.text);
    }
  });

  test("the packaged instruments are those built on every packaged référentiel", () => {
    for (const id of ["centre", "mediateur"] as const) {
      const own = getInstrument(id);
      const all = createInstrument(definitions[id], referentiels);
      expect(own).toEqual(all);
    }
  });

  test("a référentiel missing from the data given: a typed error", () => {
    expect(() =>
      createInstrument(mediateurDefinition, [referentiels[1]]),
    ).toThrow(AssessmentArgumentError);
  });
});
