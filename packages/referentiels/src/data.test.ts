import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import {
  formatCitation,
  getItem,
  getReferentiel,
  listItems,
  referentiels,
  safeParseReferentiel,
  UnknownIdError,
  type Referentiel,
} from "./index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Published IDs and their kind. An ID may be added here, never removed or given another kind. */
const published = JSON.parse(
  readFileSync(join(packageDir, "published-ids.json"), "utf8"),
) as Record<string, string>;
const allIds = listItems().map((item) => item.fullId);

const count = (referentiel: Referentiel, key: "kind" | "status" | "group") =>
  referentiel.items.reduce<Record<string, number>>((counts, item) => {
    const value = item[key] ?? "";
    counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  }, {});

describe("every référentiel", () => {
  test.each(referentiels.map((r) => [r.id, r] as const))(
    "%s is valid with no option: schema, unique IDs, links, groups and documents resolve",
    (_, referentiel) => {
      expect(safeParseReferentiel(referentiel)).toEqual({
        success: true,
        data: referentiel,
      });
    },
  );

  test("every item’s source names a document with publisher and year", () => {
    for (const referentiel of referentiels) {
      for (const item of referentiel.items) {
        const document = referentiel.documents.find(
          (d) => d.id === item.source.document,
        );
        expect(
          document?.publisher,
          `${referentiel.id}/${item.id}`,
        ).toBeTruthy();
        expect(document?.year).toBeGreaterThan(2000);
        expect(item.source.section.trim()).not.toBe("");
      }
    }
  });

  test("reconstructed and incomplete items keep their fragment and say why", () => {
    const marked = listItems({ status: ["reconstructed", "incomplete"] });
    for (const item of marked) {
      expect(item.sourceFragment?.trim(), item.fullId).toBeTruthy();
      expect(item.note?.trim(), item.fullId).toBeTruthy();
    }
  });

  test("a withdrawn item names its replacement, which exists", () => {
    for (const item of listItems({ status: "withdrawn" })) {
      expect(item.replacedBy?.length, item.fullId).toBeGreaterThan(0);
      for (const ref of item.replacedBy ?? [])
        expect(getItem(ref).status).not.toBe("withdrawn");
    }
  });

  test("`serves` links go from a competence to an action, project or usage axis", () => {
    for (const item of listItems()) {
      for (const link of item.links ?? []) {
        if (link.relation !== "serves") continue;
        expect(["fcs93-action", "conum-remn"]).toContain(
          getItem(link.target).referentielId,
        );
      }
    }
  });
});

describe("stable IDs", () => {
  test("no published ID was removed or changed kind", () => {
    const current = Object.fromEntries(
      listItems().map((item) => [item.fullId, item.kind]),
    );
    for (const [id, kind] of Object.entries(published))
      expect(current[id], id).toBe(kind);
  });

  test("every ID in the data is in the published list (add new IDs there on purpose)", () => {
    expect(allIds.filter((id) => !(id in published))).toEqual([]);
  });

  test("IDs are unique across référentiels and short", () => {
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const id of allIds) expect(id.length, id).toBeLessThanOrEqual(60);
  });
});

describe("counts match the sources", () => {
  test("fcs93-action: 3 principles, the projet numérique, 3 dimensions, 5 action types, 4 usage axes", () => {
    expect(count(getReferentiel("fcs93-action"), "kind")).toEqual({
      principe: 3,
      projet: 1,
      dimension: 3,
      "type-action": 5,
      "axe-usage": 4,
    });
  });

  test("fcs93-competences: 26 base savoir-faire by domain, 14 savoirs, 9 animation globale, 3 savoir-être", () => {
    const referentiel = getReferentiel("fcs93-competences");
    expect(count(referentiel, "kind")).toEqual({
      definition: 1,
      perimetre: 1,
      contexte: 4,
      "savoir-faire": 35,
      savoir: 14,
      "savoir-etre": 3,
    });
    const byGroup = count(referentiel, "group");
    expect({
      diagnostic: byGroup.diagnostic,
      activite: byGroup.activite,
      communication: byGroup.communication,
      partenariat: byGroup.partenariat,
      equipements: byGroup.equipements,
      pedagogie: byGroup.pedagogie,
      mediation: byGroup.mediation,
      "accompagnement-social": byGroup["accompagnement-social"],
      "animation-globale": byGroup["animation-globale"],
    }).toEqual({
      diagnostic: 6,
      activite: 3,
      communication: 2,
      partenariat: 4,
      equipements: 1,
      pedagogie: 3,
      mediation: 6,
      "accompagnement-social": 1,
      "animation-globale": 9,
    });
    expect(count(referentiel, "status")).toEqual({
      stable: 48,
      incomplete: 9,
      reconstructed: 1,
    });
  });

  test("conum-remn: 1 mission, 4 professional competences, 4 activities, 3 CnFS pillars, the 6-step action cycle", () => {
    expect(count(getReferentiel("conum-remn"), "kind")).toEqual({
      mission: 1,
      "competence-professionnelle": 4,
      activite: 4,
      contexte: 4,
      pilier: 3,
      etape: 6,
    });
  });

  test("hypra-charte: 3 principles and their 7 commitments (2, 3, 2)", () => {
    const referentiel = getReferentiel("hypra-charte");
    expect(count(referentiel, "kind")).toEqual({ principe: 3, engagement: 7 });
    const commitments = count(
      {
        ...referentiel,
        items: listItems({ referentiel: "hypra-charte", kind: "engagement" }),
      },
      "group",
    );
    expect(commitments).toEqual({
      "acculturer-alphabetiser": 2,
      emanciper: 3,
      inclure: 2,
    });
  });

  test("anct-2021: competence fields per job, as far as the seed goes (5, 4, 1)", () => {
    const fields = count(
      {
        ...getReferentiel("anct-2021"),
        items: listItems({
          referentiel: "anct-2021",
          kind: "champ-competences",
        }),
      },
      "group",
    );
    expect(fields).toEqual({
      "mediateurs-numeriques": 5,
      "travailleurs-sociaux": 4,
      "agents-accueil": 1,
    });
  });
});

const seedsDir = join(packageDir, "../../../shared/seeds");
/** Seed 004 (Hypra 2024), apostrophes, spaces and bold markers made plain, lower case. */
const seed004 = (): string => {
  const file = readdirSync(seedsDir).find((name) => name.startsWith("004_"));
  if (!file) throw new Error(`Seed 004 introuvable dans ${seedsDir}.`);
  return plain(readFileSync(join(seedsDir, file), "utf8"));
};
const plain = (text: string): string =>
  text
    .replaceAll("**", "")
    .replaceAll("’", "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

describe("what seed 004 holds: the action cycle and the Hypra charter, word for word", () => {
  const cycle = listItems({ referentiel: "conum-remn", kind: "etape" });

  test("the cycle’s steps are the quiz correction’s « 1 … » to « 6 … », in that order", () => {
    const seed = seed004();
    const start = seed.indexOf("remettre dans l'ordre chronologique");
    const steps = [1, 2, 3, 4, 5, 6].map((n) => {
      const at = seed.indexOf(` ${n} `, seed.indexOf(" 1 ", start));
      const end =
        n < 6
          ? seed.indexOf(` ${n + 1} `, at)
          : seed.indexOf(" que retenir", at);
      return seed.slice(at + 3, end).trim();
    });
    expect(cycle.map((item) => plain(item.text))).toEqual(steps);
    expect(cycle.map((item) => item.label.split(".")[0])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
    ]);
    expect(new Set(cycle.map((item) => item.group))).toEqual(
      new Set(["cycle-action"]),
    );
  });

  test.each(
    [
      ...listItems({ referentiel: "conum-remn", group: "cycle-action" }),
      ...listItems({ referentiel: "hypra-charte" }),
    ].map((item) => [item.fullId, item] as const),
  )("%s: its text and quote are in seed 004", (_, item) => {
    const seed = seed004();
    expect(seed).toContain(plain(item.text).replace(/[.:]$/, ""));
    if (item.source.quote) expect(seed).toContain(plain(item.source.quote));
  });
});

describe("the REMN framework records its legal history", () => {
  test("created by the arrêté of 8 February 2019, renamed « Médiateur numérique » on 20 May 2025", () => {
    const referentiel = getReferentiel("conum-remn");
    const events = (referentiel.history ?? []).map(
      (entry) => `${entry.date} ${entry.event}`,
    );
    expect(events.some((e) => e.startsWith("2019-02-08"))).toBe(true);
    expect(
      events.some(
        (e) => e.startsWith("2025-05-20") && /Médiateur numérique/.test(e),
      ),
    ).toBe(true);
    expect(referentiel.basis).toMatch(/2019/);
  });
});

describe("the documented example", () => {
  test("fcs93-competences/diagnostic-2 resolves, with its permanent URL in the citation", () => {
    const item = getItem("fcs93-competences/diagnostic-2");
    expect(item.group).toBe("diagnostic");
    expect(formatCitation(item, "text")).toContain(
      "https://mediation-numerique.github.io/referentiels/fcs93-competences/diagnostic-2/",
    );
  });

  test("a typo in an ID suggests the right one", () => {
    expect(() => getItem("fcs93-competence/diagnostic-2")).toThrow(
      UnknownIdError,
    );
    try {
      getItem("fcs93-competence/diagnostic-2");
    } catch (error) {
      expect((error as UnknownIdError).suggestions[0]).toBe(
        "fcs93-competences/diagnostic-2",
      );
    }
  });
});
