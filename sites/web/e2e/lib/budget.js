// Weight budgets, measured in chromium on a first view (empty cache, gzip as a static host serves it).
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { openPage } from "./browser.js";
import { resolveFile } from "./linkcheck.js";
import { PAGE_TYPES, NO_JS_TYPES } from "./pages.js";

export const TARGETS = {
  homeHtmlGzip: 14 * 1024,
  /** Every browse page, first view. */
  pageTransfer: 100 * 1024,
  requests: 10,
  /** A page once search has opened (pagefind's script, its WebAssembly, the index and 10 results). */
  searchTransfer: 150 * 1024,
  searchRequests: 20,
};

/** Bytes of inline JavaScript in an HTML document: classic/module <script> bodies and on* handlers. */
function inlineJs(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/type="application\/(ld\+)?json"/.test(attributes) &&
        !/\ssrc=/.test(attributes),
    )
    .reduce((sum, [, , body]) => sum + Buffer.byteLength(body), 0);
  const handlers = [...html.matchAll(/\son[a-z]+="([^"]*)"/g)].reduce(
    (sum, [, body]) => sum + Buffer.byteLength(body),
    0,
  );
  return { scripts, handlers };
}

/** Measures every page type; returns one row per type. */
export async function measure(browser, server, dir) {
  const rows = [];
  for (const { type, path, search = false } of PAGE_TYPES) {
    const view = await openPage(browser, server.url + path, {
      waitUntil: "networkidle",
    });
    try {
      const file =
        resolveFile(
          dir,
          new URL(server.url + path).pathname.replace(/\?.*$/, ""),
          new URL(server.url).pathname,
        ) ?? `${dir}/404.html`;
      const html = readFileSync(file);
      const inline = inlineJs(html.toString("utf8"));
      const scripts = view.requests.filter((r) => r.type === "script");
      rows.push({
        type,
        path: `/${path}`,
        htmlBytes: html.length,
        htmlGzip: gzipSync(html).length,
        jsFiles: scripts.length,
        jsBytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
        inlineScript: inline.scripts,
        inlineHandlers: inline.handlers,
        transferred: view.requests.reduce((sum, r) => sum + r.bytes, 0),
        requests: view.requests.length,
        external: view.external.length,
        noJs: NO_JS_TYPES.has(type),
        search,
      });
    } finally {
      await view.close();
    }
  }
  return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} Ko`;

/** The table that `npm run budget` prints. */
export function formatTable(rows) {
  const header = [
    "type de page",
    "HTML",
    "HTML gzip",
    "JS (fichiers)",
    "JS inline",
    "transféré",
    "requêtes",
    "tiers",
  ];
  const lines = rows.map((r) => [
    r.type,
    kb(r.htmlBytes),
    kb(r.htmlGzip),
    `${kb(r.jsBytes)} (${r.jsFiles})`,
    r.inlineScript + r.inlineHandlers
      ? `${r.inlineScript} o script + ${r.inlineHandlers} o onclick`
      : "0",
    kb(r.transferred),
    String(r.requests),
    String(r.external),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.map((l) => l[i].length)),
  );
  const format = (cells) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [
    format(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...lines.map(format),
  ].join("\n");
}

/** Targets that a row misses, in French. */
export function overBudget(rows) {
  const problems = [];
  for (const r of rows) {
    if (r.type === "accueil" && r.htmlGzip > TARGETS.homeHtmlGzip)
      problems.push(`accueil : HTML ${kb(r.htmlGzip)} compressé > 14 Ko`);
    const transfer = r.search ? TARGETS.searchTransfer : TARGETS.pageTransfer;
    const requests = r.search ? TARGETS.searchRequests : TARGETS.requests;
    if (r.transferred > transfer)
      problems.push(
        `${r.type} : ${kb(r.transferred)} transférés > ${kb(transfer)}`,
      );
    if (r.requests > requests)
      problems.push(`${r.type} : ${r.requests} requêtes > ${requests}`);
    if (r.external > 0)
      problems.push(`${r.type} : ${r.external} requêtes vers un tiers`);
    if (r.noJs && (r.jsFiles > 0 || r.inlineScript > 0))
      problems.push(
        `${r.type} : du JavaScript avant l’ouverture de la recherche`,
      );
  }
  return problems;
}
