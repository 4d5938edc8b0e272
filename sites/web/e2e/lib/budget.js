// Weight budgets, measured in chromium on a first view (empty cache, gzip as a static host serves it).
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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
  /** A tool page: the JavaScript it loads at first view, gzip, its packages included. */
  toolJsGzip: 35 * 1024,
};

/** The tool pages (issue "The site, part 2"): each one is an island of JavaScript over a plain form. */
export const TOOL_PAGES = [
  { type: "outil : diagnostic", path: "diagnostic/" },
  { type: "outil : auto-évaluation centre", path: "auto-evaluation/centre/" },
  {
    type: "outil : auto-évaluation médiateur",
    path: "auto-evaluation/mediateur/",
  },
];
const isToolPath = (p) => TOOL_PAGES.some((tool) => tool.path === p);

/** The JS files a built module imports, statically (`from`, bare `import "…"`) or on demand (`import("…")`). */
function moduleImports(source) {
  const statics = [
    ...source.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.m?js)["'`]/g),
  ].map((m) => m[1]);
  const dynamics = [
    ...source.matchAll(/\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g),
  ].map((m) => m[1]);
  return { statics, dynamics };
}

/**
 * Gzip size of the JavaScript a built page can run, read from the files (level 6, as a static host
 * compresses): `firstView`, the `<script src>` modules and their static imports; `onDemand`, what
 * `import()` can add later (e.g. the orientation rules once asked for). Each file counts once.
 */
export function pageJs(dir, html, base = "/") {
  const fileOf = (url, from) => {
    const absolute = url.startsWith("/")
      ? url.slice(base.length - 1)
      : path.posix.join(path.posix.dirname(from), url);
    return path.posix.normalize(absolute);
  };
  const entries = [
    ...html.matchAll(/<script\b[^>]*\ssrc="([^"]+\.m?js)"[^>]*>/gi),
  ].map((m) => fileOf(m[1], "/"));
  const sizes = new Map();
  const walk = (start, seen, withDynamic) => {
    const queue = [...start];
    while (queue.length) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      const full = path.join(dir, file);
      if (!existsSync(full)) continue;
      seen.add(file);
      const source = readFileSync(full);
      sizes.set(file, gzipSync(source).length);
      const { statics, dynamics } = moduleImports(source.toString("utf8"));
      for (const next of withDynamic ? [...statics, ...dynamics] : statics)
        queue.push(fileOf(next, file));
    }
    return seen;
  };
  const first = walk(entries, new Set(), false);
  const all = walk(entries, new Set(), true);
  const sum = (files) =>
    [...files].reduce((total, f) => total + (sizes.get(f) ?? 0), 0);
  return {
    firstViewFiles: first.size,
    firstViewGzip: sum(first),
    allFiles: all.size,
    allGzip: sum(all),
  };
}

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
  const tools = TOOL_PAGES.filter(
    (tool) => !PAGE_TYPES.some((p) => p.path === tool.path),
  );
  for (const page of [...PAGE_TYPES, ...tools]) {
    const { path, search = false } = page;
    const type =
      TOOL_PAGES.find((tool) => tool.path === path)?.type ?? page.type;
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
        // A tool page carries its island; the other pages must stay without JavaScript.
        noJs: NO_JS_TYPES.has(page.type) && !isToolPath(path),
        search,
        tool: isToolPath(path)
          ? pageJs(dir, html.toString("utf8"), new URL(server.url).pathname)
          : null,
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

/** The tool pages' JavaScript (gzip, packages included): first view, and with what `import()` adds. */
export function formatToolTable(rows) {
  const header = [
    "page d’outil",
    "JS gzip, premier affichage (fichiers)",
    "JS gzip, avec le chargement à la demande (fichiers)",
    "cible",
  ];
  const lines = rows
    .filter((r) => r.tool)
    .map((r) => [
      `${r.type} (${r.path})`,
      `${kb(r.tool.firstViewGzip)} (${r.tool.firstViewFiles})`,
      `${kb(r.tool.allGzip)} (${r.tool.allFiles})${r.tool.allGzip > TARGETS.toolJsGzip ? " au-delà de 35 Ko" : ""}`,
      `≤ ${kb(TARGETS.toolJsGzip)} au premier affichage`,
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
    if (r.tool && r.tool.firstViewGzip > TARGETS.toolJsGzip)
      problems.push(
        `${r.type} : ${kb(r.tool.firstViewGzip)} de JS compressé au premier affichage > ${kb(TARGETS.toolJsGzip)}`,
      );
    if (r.noJs && (r.jsFiles > 0 || r.inlineScript > 0))
      problems.push(
        `${r.type} : du JavaScript avant l’ouverture de la recherche`,
      );
  }
  return problems;
}
