// The README’s section on networks is checked as written: its SQL queries, run by DuckDB on the tidy CSV, give
// the figures of `aggregate()`, and its example runs (on the built package).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { fc } from "@fast-check/vitest";
import { afterAll, describe, expect, test } from "vitest";
import { aggregatePart, networkReport } from "./aggregate.js";
import { networkCSV } from "./export.js";
import { networkDocumentArb } from "./network.test-helpers.js";
import type { ItemFigures } from "./report.js";
import { getInstrument } from "../instruments.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "../..");
const readme = readFileSync(join(packageDir, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## Agréger les auto-évaluations d’un réseau"),
  readme.indexOf("## Licence"),
);
const blocks = (language: string) =>
  [
    ...section.matchAll(
      new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"),
    ),
  ].map((match) => match[1] ?? "");

const centre = getInstrument("centre");
const instrument = centre;

/** 40 centres, each created on its own day; three with an identity; two files sent twice; one unreadable. */
const documents = fc
  .sample(networkDocumentArb(centre), { seed: 14, numRuns: 40 })
  .map((document, i) => {
    const createdAt = new Date(Date.UTC(2024, 0, 1 + i)).toISOString();
    const rest: Partial<typeof document> = { ...document };
    delete rest.structure;
    return {
      ...rest,
      createdAt,
      updatedAt: createdAt,
      ...(i < 3
        ? { structure: { nom: `Centre social n° ${i}`, commune: "Bobigny" } }
        : {}),
    };
  });
const files = [
  ...documents.map((content, i) => ({ name: `centre-${i}.json`, content })),
  { name: "copie.json", content: documents[0] },
  { name: "copie-2.json", content: documents[1] },
  { name: "illisible.json", content: "{" },
];
const part = aggregatePart(files, { instrument });
const report = networkReport(part, { instrument });

const directory = mkdtempSync(join(tmpdir(), "reseau-"));
const csvPath = join(directory, "reseau.csv");
writeFileSync(csvPath, networkCSV(part, { instrument }));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Runs a README query on the CSV written above; numbers as numbers. */
async function run(sql: string): Promise<Record<string, unknown>[]> {
  const database = await DuckDBInstance.create(":memory:");
  const connection = await database.connect();
  try {
    const reader = await connection.runAndReadAll(
      sql.replaceAll("'reseau.csv'", `'${csvPath}'`),
    );
    return reader
      .getRowObjectsJS()
      .map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === "bigint" ? Number(value) : value,
          ]),
        ),
      );
  } finally {
    connection.closeSync();
    database.closeSync();
  }
}

describe("the README’s SQL on the tidy CSV gives the figures of aggregate()", () => {
  const [perItem = "", distribution = ""] = blocks("sql");

  test("the README has the two queries, on 'reseau.csv'", () => {
    expect(blocks("sql")).toHaveLength(2);
    expect(perItem).toContain("'reseau.csv'");
    expect(report.documents).toBe(40);
  });

  test("per item and indicator: answers, « non concerné », yes, median, mean", async () => {
    const rows = await run(perItem);
    const row = (type: string, id: string) =>
      rows.find((r) => r["type"] === type && r["identifiant"] === id);
    expect(rows).toHaveLength(centre.items.length + report.indicators.length);
    for (const item of report.items as ItemFigures[]) {
      const found = row("item", item.item);
      expect(found?.["reponses"]).toBe(item.answered);
      expect(found?.["non_concerne"]).toBe(item.notApplicable);
      expect(found?.["mediane"]).toBe(item.median);
      if (item.mean === null) expect(found?.["moyenne"]).toBeNull();
      else expect(found?.["moyenne"]).toBeCloseTo(item.mean, 10);
    }
    for (const indicator of report.indicators) {
      const found = row("indicateur", indicator.indicator);
      expect(found?.["reponses"], indicator.indicator).toBe(indicator.answered);
      const mean =
        indicator.kind === "boolean" ? indicator.share : indicator.mean;
      if (indicator.kind === "boolean")
        expect(found?.["somme"]).toBe(indicator.distribution["true"] ?? 0);
      if (indicator.kind === "count")
        expect(found?.["mediane"]).toBe(indicator.median);
      if (indicator.kind === "category") continue;
      if (mean === null) expect(found?.["moyenne"]).toBeNull();
      else expect(found?.["moyenne"]).toBeCloseTo(mean, 10);
    }
  });

  test("the distribution of levels and answers", async () => {
    const rows = await run(distribution);
    const expected = [
      ...(report.items as ItemFigures[]).flatMap((item) =>
        Object.entries(item.distribution)
          .filter(([, n]) => n > 0)
          .map(([valeur, documents]) => ["item", item.item, valeur, documents]),
      ),
      ...report.indicators.flatMap((indicator) =>
        Object.entries(indicator.distribution).map(([valeur, documents]) => [
          "indicateur",
          indicator.indicator,
          valeur,
          documents,
        ]),
      ),
    ];
    const key = (row: unknown[]) => row.slice(0, 3).join("|");
    expect(
      rows
        .map((r) => [r["type"], r["identifiant"], r["valeur"], r["documents"]])
        .sort((a, b) => key(a).localeCompare(key(b))),
    ).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
  });
});

describe("the README’s example", () => {
  test("runs on the built package and prints what its comments say", () => {
    const [example = ""] = blocks("ts");
    const result = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", example],
      { cwd: packageDir, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("1");
    expect(lines[1]).toMatch(
      /^Le réseau\u00a0: oui pour 100\u00a0% \(1 sur 1 centre\) — 81\u00a0% des centres/,
    );
    expect(lines[2]).toMatch(
      /^Illisible\u00a0: Ce fichier est incomplet ou abîmé\u00a0: il ne peut pas être lu\./,
    );
    expect(lines[3]).toBe("2");
    expect(lines[4]).toBe(
      "document,nom,commune,siret,code_insee,mis_a_jour,type,identifiant,groupe,statut,valeur,nombre true true",
    );
  });
});
