import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { Problem } from "@mediation-numerique/core";
import {
  CentreStructure,
  CodeInsee,
  isValidSiret,
  Siret,
} from "./structure.js";
import { createDocument } from "../engine/create-document.js";
import { AssessmentDocumentError } from "../engine/errors.js";
import { migrate } from "../engine/migrate.js";
import { serialize } from "../engine/serialize.js";
import { parse } from "../parse.js";
import { getInstrument } from "../instruments.js";

const centre = getInstrument("centre");
const mediateur = getInstrument("mediateur");
const date = "2025-03-01T09:00:00Z";

/** The Luhn key that completes 13 digits (computed the other way round from `isValidSiret`). */
function withKey(thirteen: string): string {
  for (let key = 0; key <= 9; key++)
    if (isValidSiret(`${thirteen}${key}`)) return `${thirteen}${key}`;
  throw new Error("no key");
}

const problemsOf = (run: () => unknown): Problem[] => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AssessmentDocumentError);
    return [...(error as AssessmentDocumentError).problems];
  }
  throw new Error("Le document aurait dû être refusé.");
};

describe("SIRET", () => {
  base("the Luhn key, and La Poste’s own rule", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    // SIREN 356 000 000 (La Poste): the sum of the 14 digits is a multiple of 5, whatever the Luhn key says.
    expect(isValidSiret("35600000000010")).toBe(true);
    expect(isValidSiret("35600000000048")).toBe(false);
  });

  test.prop([fc.stringMatching(/^\d{13}$/), fc.integer({ min: 1, max: 9 })])(
    "changing one digit of a valid SIRET breaks its key",
    (thirteen, shift) => {
      const siret = withKey(thirteen);
      fc.pre(!siret.startsWith("356000000"));
      const last = (Number(siret[13]) + shift) % 10;
      expect(isValidSiret(`${siret.slice(0, 13)}${last}`)).toBe(false);
    },
  );

  base("French messages say what to fix", () => {
    const tooShort = Siret.safeParse("123 456 789");
    expect(tooShort.error?.issues[0]?.message).toContain("14 chiffres");
    const badKey = Siret.safeParse("73282932000075");
    expect(badKey.error?.issues[0]?.message).toContain("clé de contrôle");
  });
});

describe("code INSEE", () => {
  base("5 characters, 2A and 2B for Corsica, 97x and 98x overseas", () => {
    for (const code of ["93066", "2A004", "2B033", "01001", "97411", "98735"])
      expect(CodeInsee.safeParse(code).success, code).toBe(true);
    for (const code of ["20004", "2C004", "9306", "930666", "96001", "00001"])
      expect(CodeInsee.safeParse(code).success, code).toBe(false);
    expect(CodeInsee.safeParse("20004").error?.issues[0]?.message).toContain(
      "2A ou 2B",
    );
  });
});

describe("the structure block of a centre document", () => {
  const structure = {
    nom: "Centre social Les Tilleuls",
    commune: "Saint-Denis",
    siret: "73282932000074",
    code_insee: "93066",
  };

  base("is kept by createDocument, serialize and parse", () => {
    const document = createDocument(centre, { date, structure });
    expect(document.schemaVersion).toBe(2);
    expect(parse(serialize(document))).toEqual(document);
    expect(CentreStructure.parse(document.structure)).toEqual(structure);
  });

  base("name and commune are required, SIRET and INSEE code checked", () => {
    const document = createDocument(centre, { date });
    const problems = problemsOf(() =>
      parse({
        ...document,
        structure: { nom: " ", siret: "73282932000075", code_insee: "20004" },
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        ["structure", "nom"],
        ["structure", "commune"],
        ["structure", "siret"],
        ["structure", "code_insee"],
      ]),
    );
    expect(problems.find((p) => p.path[1] === "siret")?.code).toBe(
      "invalid-siret",
    );
  });

  base("belongs to the centre instrument only", () => {
    const document = createDocument(mediateur, { date });
    expect(
      problemsOf(() => parse({ ...document, structure })).map((p) => p.code),
    ).toEqual(["structure-not-allowed"]);
  });
});

describe("version 1 documents", () => {
  const current = createDocument(centre, {
    date,
    answers: { "fcs93-action/projet-numerique": { level: "en-place" } },
    indicators: { dedicatedRoom: true },
  });
  const older = { ...current, schemaVersion: 1 as const };

  base("parse reads them and returns version 2", () => {
    expect(parse(older)).toEqual(current);
    expect(parse(JSON.stringify(older))).toEqual(current);
  });

  base("migrate upgrades them and says so", () => {
    const { document, changes } = migrate(older, centre);
    expect(document).toEqual(current);
    expect(changes).toEqual([{ type: "schema-version", from: 1, to: 2 }]);
    expect(migrate(document, centre).changes).toEqual([]);
  });

  base("other versions are refused with a French message", () => {
    expect(problemsOf(() => parse({ ...current, schemaVersion: 0 }))).toEqual([
      expect.objectContaining({
        path: ["schemaVersion"],
        message: expect.stringContaining("lit aussi la version 1") as string,
      }),
    ]);
  });
});
