// `npm run search-cost`: what a first search costs on a slow connection (issue 15), on the built site.
// From the home page, in Debian's chromium with slow 3G (400 kbit/s each way, 400 ms latency) and the
// CPU slowed 4×, a person types « médiateur » in the header search and submits; the run ends when the
// first result is visible. Bytes are what went over the wire (CDP `encodedDataLength`), from the start
// and from the submit on. Three runs in fresh browser contexts (empty cache), then the median.
// Options: `--detail` (the requests of the last run after the submit, with their times), `--runs=<n>`,
// `--dist=<folder>` (another build, e.g. to measure before and after a change side by side).
import path from "node:path";
import { launch } from "../e2e/lib/browser.js";
import { serve } from "../e2e/lib/server.js";
import { distDir } from "../e2e/lib/site.js";

const QUERY = "médiateur";
/** `--name=value` from the command line. */
const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(option("runs") ?? 3);
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};
const CPU_SLOWDOWN = 4;
const FIRST_RESULT = "#resultats li";

/** Records in the page the wall-clock time at which the first result is on screen. */
const watchFirstResult = (selector) => {
  const seen = () => {
    const element = document.querySelector(selector);
    if (!element?.checkVisibility()) return false;
    requestAnimationFrame(() => {
      globalThis.firstResultAt ??= performance.timeOrigin + performance.now();
    });
    return true;
  };
  const observer = new MutationObserver(() => seen() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
};

/** One first search in a fresh context; returns bytes, requests and time, before and after the submit. */
async function measureOnce(browser, server) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: "fr-FR",
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstResult, FIRST_RESULT);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const requests = new Map();
    let afterSubmit = false;
    cdp.on(
      "Network.requestWillBeSent",
      ({ requestId, request, timestamp, wallTime }) => {
        const known = requests.get(requestId);
        // A redirect keeps its id: count the new request, and its bytes, once more.
        requests.set(`${requestId}${known ? "+" : ""}`, {
          url: request.url,
          afterSubmit,
          bytes: 0,
          start: timestamp,
          end: timestamp,
          wallTime,
        });
      },
    );
    cdp.on(
      "Network.loadingFinished",
      ({ requestId, encodedDataLength, timestamp }) => {
        const entry = requests.get(requestId);
        if (!entry) return;
        entry.bytes = encodedDataLength;
        entry.end = timestamp;
      },
    );
    await page.goto(server.url, { waitUntil: "load" });
    const field = page.locator("header input[type=search]");
    await field.pressSequentially(QUERY);
    afterSubmit = true;
    const submittedAt = Date.now();
    await field.press("Enter");
    // The first result, or the message of a search that failed (then the measure stops there).
    await page.waitForSelector(
      `${FIRST_RESULT}, .search-failed:not([hidden])`,
      {
        state: "visible",
        timeout: 120_000,
      },
    );
    if (!(await page.isVisible(FIRST_RESULT)))
      throw new Error(
        `La recherche n’a rien affiché : ${await page.textContent("#resultats [role=status]")}`,
      );
    const shownAt = await page.waitForFunction(() => globalThis.firstResultAt);
    const shown = await shownAt.jsonValue();
    const seconds = (shown - submittedAt) / 1000;
    const all = [...requests.values()];
    const after = all.filter((r) => r.afterSubmit);
    const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
    return {
      bytes: sum(all),
      bytesAfter: sum(after),
      requests: all.length,
      requestsAfter: after.length,
      seconds,
      detail: after,
      // Wall-clock milestones for --detail: the submit, and the first result on screen.
      submittedAt: submittedAt / 1000,
      shownAt: shown / 1000,
    };
  } finally {
    await context.close();
  }
}

const median = (values) =>
  [...values].sort((a, b) => a - b)[values.length >> 1];
const kb = (bytes) => (bytes / 1000).toFixed(1);
const COLUMNS = [
  ["", (r) => r.label],
  ["kB depuis l’accueil", (r) => kb(r.bytes)],
  ["kB après envoi", (r) => kb(r.bytesAfter)],
  ["requêtes depuis l’accueil", (r) => String(r.requests)],
  ["requêtes après envoi", (r) => String(r.requestsAfter)],
  ["s jusqu’au 1er résultat", (r) => r.seconds.toFixed(2)],
];

function formatTable(rows) {
  const cells = [
    COLUMNS.map(([title]) => title),
    ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row))),
  ];
  const widths = COLUMNS.map((_, i) =>
    Math.max(...cells.map((line) => line[i].length)),
  );
  return cells
    .map((line) =>
      line
        .map((cell, i) =>
          i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
        )
        .join(" | "),
    )
    .join("\n");
}

const server = await serve(path.resolve(option("dist") ?? distDir));
const browser = await launch();
try {
  const runs = [];
  for (let run = 1; run <= RUNS; run += 1)
    runs.push({
      label: `essai ${run}`,
      ...(await measureOnce(browser, server)),
    });
  const middle = { label: "médiane" };
  for (const key of [
    "bytes",
    "bytesAfter",
    "requests",
    "requestsAfter",
    "seconds",
  ])
    middle[key] = median(runs.map((r) => r[key]));
  console.log(
    `Première recherche de « ${QUERY} » depuis l’en-tête de l’accueil : 3G lente (400 kbit/s, 400 ms), processeur ralenti ${CPU_SLOWDOWN}×.\n`,
  );
  console.log(formatTable([...runs, middle]));
  console.log(
    "\nkB : octets transférés (en-têtes compris, 1 kB = 1000 octets) ; temps : de l’envoi au premier résultat affiché.",
  );
  if (process.argv.includes("--detail")) {
    const { detail, submittedAt, shownAt } = runs.at(-1);
    // CDP times are monotonic; the first request's wall-clock time ties them to the submit.
    const zero = detail[0].start - (detail[0].wallTime - submittedAt);
    const at = (time) => (time - zero).toFixed(2).padStart(5);
    console.log("\nDernier essai, en secondes depuis l’envoi :");
    for (const { url, bytes, start, end } of detail) {
      console.log(
        `${kb(bytes).padStart(6)} kB ${at(start)} → ${at(end)}  ${url.replace(server.origin, "")}`,
      );
    }
    console.log(
      `          ${(shownAt - submittedAt).toFixed(2).padStart(5)}  premier résultat affiché`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
