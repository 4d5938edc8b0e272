// Weight budgets, measured in chromium on a first view (empty cache, gzip as a static host serves it).
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { openPage } from "./browser.js";
import { resolveFile } from "./linkcheck.js";
import { PAGE_TYPES, NO_JS_TYPES, TOOL_PAGES } from "./pages.js";

export { TOOL_PAGES };

export const TARGETS = {
  homeHtmlGzip: 14 * 1024,
  /** Every browse page, first view. */
  pageTransfer: 100 * 1024,
  requests: 10,
  /** A page once search has opened (pagefind's script, its WebAssembly, the index and the first 5 results). */
  searchTransfer: 150 * 1024,
  searchRequests: 20,
  /**
   * A tool page's FIRST VIEW: the `<script src>` modules and their static imports (gzip, packages
   * included). This is what a mediator on a weak connection waits for before the tool answers.
   * Code needed only at a later step (the diagnostic's orientation, La Coop's values, the resident's
   * sheet) loads with `import()` when that step is shown, and counts in `toolAllGzip` instead.
   */
  toolFirstViewGzip: 36 * 1024,
  /**
   * EVERYTHING a tool page can load (first view + every `import()` chain, each file once), per page:
   * the figure measured on 2026-12-02 (npm run budget) plus about 10 %. A page that grows past it
   * says so here, with what it now carries.
   */
  toolAllGzip: {
    // 49.8 Ko measured: first view 35.1 Ko (questions, scoring, saved sessions from the diagnostic
    // package) + orientation step 9.6 Ko (explain, its rules and passages) + La Coop's values 5.0 Ko.
    // The resident's sheet (issue 11) joins the orientation step's chunk.
    "diagnostic/": 56 * 1024,
    // 34.8 Ko measured, all at first view (no import()): the centre's questionnaire, scoring, storage.
    "auto-evaluation/centre/": 39 * 1024,
    // 35.6 Ko measured, all at first view: the mediator's questionnaire, scoring, storage.
    "auto-evaluation/mediateur/": 39 * 1024,
    // 5.3 Ko measured: the page's script; its worker (31.0 Ko) is measured apart.
    "auto-evaluation/reseau/": 6 * 1024,
  },
};

/**
 * The JS files a built module imports: statically (`from`, bare `import "…"`), or on demand
 * (`import("…")`, and the files Vite preloads with it, listed in `__vite__mapDeps` relative to the
 * site's root). `unresolved` counts the `import(…)` calls whose target is not a literal file name:
 * the measure could not follow them, so the budget refuses them rather than under-count.
 */
function moduleImports(source) {
  const statics = [
    ...source.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.m?js)["'`]/g),
  ].map((m) => m[1]);
  const dynamics = [
    ...source.matchAll(/\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g),
  ].map((m) => m[1]);
  const preloads = [...source.matchAll(/__vite__mapDeps[\s\S]*?\[([^\]]*)\]/g)]
    .flatMap((m) => [...m[1].matchAll(/["'`]([^"'`]+\.m?js)["'`]/g)])
    .map((m) => path.posix.normalize(`/${m[1]}`));
  const unresolved =
    [...source.matchAll(/\bimport\(/g)].length - dynamics.length;
  // Workers (`new Worker(new URL("…", import.meta.url))`, as Vite builds them): separate files, measured apart.
  const workers = [
    ...source.matchAll(
      /\bnew\s+Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+\.m?js)["'`]/g,
    ),
  ].map((m) => m[1]);
  return { statics, dynamics, preloads, unresolved, workers };
}

/**
 * Gzip size of the JavaScript a built page can run, read from the files (level 6, as a static host
 * compresses): `firstView`, the `<script src>` modules and their static imports; `all`, the total a
 * page can load: the first view plus every `import()` chain it can start, followed to the end.
 * Each file counts once; `workerGzip` (and `workerFiles`), the workers it can start, measured apart
 * (they run in their own thread and load when the page starts them). `unresolved`: `import()` calls
 * the measure cannot follow, and `missing`:
 * files referenced but not found; both must be empty, or the total would be under-counted.
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
  const workers = new Set();
  let unresolved = 0;
  const missing = new Set();
  const walk = (start, seen, withDynamic) => {
    const queue = [...start];
    while (queue.length) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      const full = path.join(dir, file);
      if (!existsSync(full)) {
        missing.add(file);
        continue;
      }
      seen.add(file);
      const source = readFileSync(full);
      sizes.set(file, gzipSync(source).length);
      const imports = moduleImports(source.toString("utf8"));
      for (const next of imports.workers) workers.add(fileOf(next, file));
      for (const next of imports.statics) queue.push(fileOf(next, file));
      if (!withDynamic) continue;
      unresolved += imports.unresolved;
      for (const next of imports.dynamics) queue.push(fileOf(next, file));
      // Already relative to the site's root (Vite adds the base at run time).
      queue.push(...imports.preloads);
    }
    return seen;
  };
  const first = walk(entries, new Set(), false);
  const all = walk(entries, new Set(), true);
  // A worker runs in its own thread and loads when the page starts it: counted apart, with its own imports.
  const workerFiles = walk([...workers], new Set(), true);
  // Inline <script> bodies run too: they count in both figures.
  const bodies = inlineScriptBodies(html);
  const inlineGzip = bodies.length ? gzipSync(bodies.join("\n")).length : 0;
  const sum = (files) =>
    [...files].reduce((total, f) => total + (sizes.get(f) ?? 0), inlineGzip);
  return {
    files: [...all],
    firstViewFiles: first.size,
    firstViewGzip: sum(first),
    allFiles: all.size,
    allGzip: sum(all),
    workerFiles: workerFiles.size,
    workerGzip: [...workerFiles].reduce(
      (total, f) => total + (sizes.get(f) ?? 0),
      0,
    ),
    inlineGzip,
    unresolved,
    missing: [...missing],
  };
}

/** The bodies of the classic/module inline <script> elements of an HTML document (not JSON data). */
function inlineScriptBodies(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/type="application\/(ld\+)?json"/.test(attributes) &&
        !/\ssrc=/.test(attributes),
    )
    .map(([, , body]) => body);
}

/** Bytes of inline JavaScript in an HTML document: classic/module <script> bodies and on* handlers. */
function inlineJs(html) {
  const scripts = inlineScriptBodies(html).reduce(
    (sum, body) => sum + Buffer.byteLength(body),
    0,
  );
  const handlers = [...html.matchAll(/\son[a-z]+="([^"]*)"/g)].reduce(
    (sum, [, body]) => sum + Buffer.byteLength(body),
    0,
  );
  return { scripts, handlers };
}

/** Measures every page type; returns one row per type. */
export async function measure(browser, server, dir) {
  const rows = [];
  for (const page of PAGE_TYPES) {
    const { type, path, search = false, tool = false } = page;
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
        // A tool page carries its island, within its own budget; browse pages stay without JavaScript.
        noJs: NO_JS_TYPES.has(type),
        search,
        tool: tool
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

/** A Markdown table with padded columns: what both budget tables print. */
function markdownTable(header, lines) {
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
  return markdownTable(header, lines);
}

/** A tool page's ceiling for everything it can load (`TARGETS.toolAllGzip`), or undefined. */
export const allCeiling = (r) => TARGETS.toolAllGzip[r.path.slice(1)];

/**
 * The tool pages' JavaScript (gzip, packages included): the first view, against its 36 Ko target,
 * and the total with every `import()` chain, against the page's own ceiling.
 */
export function formatToolTable(rows) {
  const header = [
    "page d’outil",
    "JS gzip, premier affichage (fichiers)",
    "cible",
    "JS gzip, total avec le chargement à la demande (fichiers)",
    "plafond (total)",
    "état",
    "worker, à part (fichiers)",
  ];
  const lines = rows
    .filter((r) => r.tool)
    .map((r) => [
      `${r.type} (${r.path})`,
      `${kb(r.tool.firstViewGzip)} (${r.tool.firstViewFiles})`,
      `≤ ${kb(TARGETS.toolFirstViewGzip)}`,
      `${kb(r.tool.allGzip)} (${r.tool.allFiles})`,
      allCeiling(r) === undefined ? "aucun" : `≤ ${kb(allCeiling(r))}`,
      toolProblems(r).length === 0 ? "respecté" : "DÉPASSÉ",
      r.tool.workerFiles > 0
        ? `${kb(r.tool.workerGzip)} (${r.tool.workerFiles})`
        : "—",
    ]);
  return markdownTable(header, lines);
}

/**
 * What a tool page's JavaScript misses, in French: a first view over 36 Ko, a total over the page's
 * ceiling (or no ceiling), or a measure that cannot be trusted.
 */
export function toolProblems(r) {
  if (!r.tool) return [];
  const problems = [];
  if (r.tool.firstViewGzip > TARGETS.toolFirstViewGzip)
    problems.push(
      `${r.type} : ${kb(r.tool.firstViewGzip)} de JS compressé au premier affichage > ${kb(TARGETS.toolFirstViewGzip)}`,
    );
  const ceiling = allCeiling(r);
  if (ceiling === undefined)
    problems.push(
      `${r.type} : aucun plafond pour le total de la page dans TARGETS.toolAllGzip`,
    );
  else if (r.tool.allGzip > ceiling)
    problems.push(
      `${r.type} : ${kb(r.tool.allGzip)} de JS compressé au total (premier affichage ${kb(r.tool.firstViewGzip)} + chargement à la demande) > ${kb(ceiling)}`,
    );
  if (r.tool.unresolved > 0)
    problems.push(
      `${r.type} : ${r.tool.unresolved} import() dont la cible n’est pas un nom de fichier, impossible à mesurer`,
    );
  if (r.tool.missing.length > 0)
    problems.push(
      `${r.type} : fichiers JS introuvables dans le site construit : ${r.tool.missing.join(", ")}`,
    );
  return problems;
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
    problems.push(...toolProblems(r));
    if (r.noJs && (r.jsFiles > 0 || r.inlineScript > 0))
      problems.push(
        `${r.type} : du JavaScript avant l’ouverture de la recherche`,
      );
  }
  return problems;
}
