// Benchmark: throughput of `score` on random complete answer sets (one core, the built dist),
// and gzip sizes of the scoring code without the data, bundled and minified with esbuild.
// Run with `npm run bench`.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { QUESTIONNAIRE, score } from "../dist/index.js";

const src = new URL("../src/", import.meta.url).pathname;

async function gzipSize(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external,
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function randomDocuments(count, seed) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () => ({
    questionnaireId: QUESTIONNAIRE.id,
    questionnaireVersion: QUESTIONNAIRE.version,
    answers: Object.fromEntries(
      QUESTIONNAIRE.questions.map((q) => [
        q.id,
        q.options[Math.floor(next() * q.options.length)].id,
      ]),
    ),
  }));
}

function throughput(documents, milliseconds) {
  let runs = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    for (const doc of documents)
      sink += score(QUESTIONNAIRE, doc).overall.points;
    runs += documents.length;
    elapsed = performance.now() - start;
  }
  return { perSecond: (runs / elapsed) * 1000, runs, sink };
}

const documents = randomDocuments(10_000, 42);
throughput(documents, 500); // warm-up
const rounds = [1, 2, 3].map(() => throughput(documents, 1000).perSecond);
const median = rounds.sort((a, b) => a - b)[1];
console.log(
  `score(): ${Math.round(median).toLocaleString("en")} scorings/s (median of 3 × 1 s, ${QUESTIONNAIRE.questions.length} questions, random complete answers, one core; target ≥ 100,000)`,
);

const sizes = [
  ["score() alone", 'export { score } from "./score.ts";'],
  [
    "./scoring entry (score, migrateAnswers, error, Coop mapping)",
    'export * from "./scoring.ts";',
  ],
  [
    "questionnaire data alone",
    'export { QUESTIONNAIRE } from "./data/questionnaire.ts";',
  ],
  [
    "main entry, zod external (includes the data)",
    'export * from "./index.ts";',
    ["zod"],
  ],
];
for (const [name, contents, external] of sizes) {
  const { raw, gzip } = await gzipSize(contents, external);
  console.log(
    `${name}: ${(gzip / 1024).toFixed(2)} KB gzip (${(raw / 1024).toFixed(2)} KB minified)`,
  );
}
