// `npm run lighthouse [-- --runs=N]`: Lighthouse mobile scores of four pages of the built site (run the build
// first): the home page, the heaviest item page, the diagnostic and the mediator's self-assessment (issue #15).
// A measurement tool, not a test: `npm test` does not run it.
//
// Lighthouse is NOT a dependency of the project (it is heavy, and the tests do not need it): this script runs
// `npx --yes lighthouse@13.5.0`, which fetches it from the npm registry on first use, with Debian's chromium
// and the e2e tests' flags (`CHROMIUM_ARGS` of `e2e/lib/browser.js`: headless, nothing that phones home).
// Mobile form factor and simulated throttling, Lighthouse's defaults. Each page is measured N times (default 3)
// and the table gives the median of each figure, then the audits that fail outside performance.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/lib/browser.js";
import { PAGE_TYPES, TOOL_PAGES } from "../e2e/lib/pages.js";
import { serve } from "../e2e/lib/server.js";
import { distDir } from "../e2e/lib/site.js";

const LIGHTHOUSE = "lighthouse@13.5.0";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const WANTED = [
  "accueil",
  "item",
  "outil : diagnostic",
  "outil : auto-évaluation médiateur",
];

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs=${values.runs} : un entier ≥ 1, s’il vous plaît.`);
const pages = WANTED.map((type) =>
  [...PAGE_TYPES, ...TOOL_PAGES].find((page) => page.type === type),
);

/** One Lighthouse run of `url`: its report (JSON), read from a temporary file. */
async function lighthouse(url, dir) {
  const output = path.join(dir, "report.json");
  await promisify(execFile)(
    "npx",
    [
      "--yes",
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(await readFile(output, "utf8"));
}

/** The figures of one report: scores out of 100, TBT and LCP in ms, CLS. */
function figures(report) {
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    ...Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        Math.round((report.categories[c]?.score ?? Number.NaN) * 100),
      ]),
    ),
    tbt: audit("total-blocking-time"),
    lcp: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    warnings: report.runWarnings ?? [],
    failed: CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
      report.categories[c].auditRefs
        .filter(
          (ref) =>
            ref.weight > 0 &&
            report.audits[ref.id].score !== null &&
            report.audits[ref.id].score < 1,
        )
        .map((ref) => `${c} : ${ref.id}`),
    ),
  };
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

function row(type, pagePath, results) {
  const m = (key) => median(results.map((r) => r[key]));
  return `| ${type} (\`/${pagePath}\`) | ${CATEGORIES.map((c) => m(c)).join(" | ")} | ${Math.round(m("tbt"))} ms | ${(m("lcp") / 1000).toFixed(2)} s | ${m("cls").toFixed(3)} |`;
}

const server = await serve(distDir);
const dir = await mkdtemp(path.join(tmpdir(), "lighthouse-"));
try {
  const lines = [
    `Lighthouse ${LIGHTHOUSE.split("@")[1]}, mobile (throttling simulé), médiane de ${runs} passage${runs > 1 ? "s" : ""} par page, ${new Date().toISOString().slice(0, 10)}`,
    "",
    "| page | performance | accessibilité | bonnes pratiques | SEO | TBT | LCP | CLS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  const warnings = new Set();
  const failed = [];
  for (const { type, path: pagePath } of pages) {
    const results = [];
    for (let run = 1; run <= runs; run += 1) {
      process.stderr.write(`${type} : passage ${run}/${runs}…\n`);
      results.push(figures(await lighthouse(`${server.url}${pagePath}`, dir)));
    }
    results.flatMap((r) => r.warnings).forEach((w) => warnings.add(w));
    lines.push(row(type, pagePath, results));
    const audits = [...new Set(results.flatMap((r) => r.failed))];
    if (audits.length) failed.push(`${type} : ${audits.join(", ")}`);
  }
  console.log(lines.join("\n"));
  if (failed.length)
    console.log(
      `\nAudits non réussis (hors performance) :\n- ${failed.join("\n- ")}`,
    );
  if (warnings.size)
    console.log(
      `\nAvertissements de Lighthouse :\n- ${[...warnings].join("\n- ")}`,
    );
} finally {
  await rm(dir, { recursive: true, force: true });
  await server.close();
}
