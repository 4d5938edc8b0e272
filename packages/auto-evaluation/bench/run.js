// Benchmark: `aggregate()` over 1,000, 10,000 and 100,000 generated centre documents (the built dist, one
// thread), given as parsed values and as JSON texts (what a page reads from files), and in 10 parts merged
// (what a page does with a Web Worker). Prints wall time and CPU time (user + system, garbage collector
// threads included). Run with `npm run bench -w @mediation-numerique/auto-evaluation`.
import { timeCall } from "@mediation-numerique/tooling/hardening";
import {
  aggregate,
  aggregatePart,
  getInstrument,
  mergeParts,
  networkReport,
  SCHEMA_VERSION,
} from "../dist/index.js";

const instrument = getInstrument("centre");

/** A deterministic pseudo-random generator (LCG), so that every run measures the same documents. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` complete centre documents, each its own centre (distinct dates and names), with indicators. */
function centreDocuments(count) {
  const next = random(42);
  const pick = (values) => values[Math.floor(next() * values.length)];
  const levels = instrument.scale.levels.map((level) => level.id);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
    const staff = Math.floor(next() * 4);
    return {
      schemaVersion: SCHEMA_VERSION,
      instrument: "centre",
      referentiels: { ...instrument.versions },
      createdAt: date,
      updatedAt: date,
      answers: Object.fromEntries(
        instrument.items.map(({ id }) => [
          id,
          next() < 0.1 ? { notApplicable: true } : { level: pick(levels) },
        ]),
      ),
      indicators: {
        dedicatedRoom: next() < 0.7,
        computers: Math.floor(next() * 20),
        equipmentState: pick(["bon", "correct", "mauvais", "tres-mauvais"]),
        bandwidth: pick(["bon", "correct", "faible", "extremement-faible"]),
        publicWifi: next() < 0.5,
        freeAccess: next() < 0.8,
        digitalWorkshops: next() < 0.8,
        peoplePerWeek: Math.floor(next() * 40),
        digitalStaff: staff,
        salariedStaff: Math.min(staff, 1),
        cafDigitalPoint: next() < 0.3,
      },
      structure: { nom: `Centre social n° ${i + 1}`, commune: "Bobigny" },
    };
  });
}

/** Wall time of one run, and the fastest CPU time over `tries` runs. */
function measure(fn, args, tries) {
  const start = performance.now();
  fn(...args);
  const wall = performance.now() - start;
  const { ms, error } = timeCall(fn, args, { budgetMs: 0, tries });
  if (error) throw error;
  return { wall, cpu: ms };
}

const format = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

for (const count of [1_000, 10_000, 100_000]) {
  const documents = centreDocuments(count);
  const texts = documents.map((document) => JSON.stringify(document));
  const files = texts.map((content, i) => ({
    name: `centre-${i + 1}.json`,
    content,
  }));
  const chunk = Math.ceil(count / 10);
  const inParts = () =>
    networkReport(
      mergeParts(
        Array.from({ length: 10 }, (_, i) =>
          aggregatePart(files.slice(i * chunk, (i + 1) * chunk), {
            instrument,
          }),
        ),
      ),
      { instrument },
    );
  const tries = count >= 100_000 ? 1 : 3;
  aggregate(documents.slice(0, 200), { instrument }); // warm-up
  const runs = [
    ["parsed values", measure(aggregate, [documents, { instrument }], tries)],
    ["JSON texts", measure(aggregate, [texts, { instrument }], tries)],
    ["10 parts merged", measure(inParts, [], tries)],
  ];
  for (const [what, { wall, cpu }] of runs)
    console.log(
      `aggregate() ${count.toLocaleString("en").padStart(7)} centre documents, ${what.padEnd(15)}: ${format(wall)} wall, ${format(cpu)} CPU (${((cpu * 1000) / count).toFixed(1)} µs CPU a document)`,
    );
}
