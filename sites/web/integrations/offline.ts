import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { generateSW } from "workbox-build";

/**
 * What is downloaded once, at the first visit to a tool, so that the tools work with no network: the
 * home page, the tool pages and their scripts, workers and styles, the 404 page, the manifest and the icon.
 * Everything else (référentiel pages, search index, downloads) is cached as it is used: all of it is
 * about 3 MB, too much to take at once over a weak connection (see the README of the site).
 */
export const PRECACHED = [
  "index.html",
  "404.html",
  "diagnostic/index.html",
  "auto-evaluation/centre/index.html",
  "auto-evaluation/mediateur/index.html",
  "auto-evaluation/reseau/index.html",
  "_astro/**/*.{js,css}",
  "manifest.webmanifest",
  "icon.svg",
];

/**
 * Writes `sw.js` into the built site `root`, served under `base` (`/` or `/sous-chemin/`), with Workbox.
 * Updates are atomic: a new worker downloads the whole new precache before it takes over, never serves
 * old and new files together, and waits until the page asks it to (the « nouvelle version » notice).
 */
export async function writeServiceWorker(root: string, base: string) {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return generateSW({
    swDest: path.join(root, "sw.js"),
    globDirectory: root,
    globPatterns: PRECACHED,
    modifyURLPrefix: { "": prefix },
    directoryIndex: "index.html",
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    cacheId: "mediation-numerique",
    runtimeCaching: [
      {
        // The search page, whatever the words in its address: offline, the last copy opens and searches
        // what the index has cached so far (or says that the search could not load).
        urlPattern: new RegExp(`^https?://[^/]+${escaped}recherche/(\\?.*)?$`),
        handler: "NetworkFirst",
        options: {
          cacheName: "mediation-numerique-page-recherche",
          networkTimeoutSeconds: 6,
          matchOptions: { ignoreSearch: true },
          expiration: { maxEntries: 1 },
        },
      },
      {
        // Pagefind asks for its entry point at a new address each time (`?ts=` and the time): offline,
        // the last copy stands for all of them.
        urlPattern: new RegExp(
          `^https?://[^/]+${escaped}pagefind/(documentation/)?pagefind-entry\\.json\\?`,
        ),
        handler: "NetworkFirst",
        options: {
          cacheName: "mediation-numerique-recherche-entree",
          networkTimeoutSeconds: 6,
          matchOptions: { ignoreSearch: true },
          expiration: { maxEntries: 4 },
        },
      },
      {
        // Pages: the network first, so that a visit online always gets the current page; the last copy
        // when offline. Browse pages carry their styles inline and no script: a copy never needs another
        // version’s files.
        urlPattern: ({ request, sameOrigin }) =>
          sameOrigin && request.mode === "navigate",
        handler: "NetworkFirst",
        options: {
          cacheName: "mediation-numerique-pages",
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 300 },
        },
      },
      {
        // The search index’s entry points are not fingerprinted: the network first, as for pages.
        urlPattern: new RegExp(
          `^https?://[^/]+${escaped}pagefind/(pagefind[^/]*\\.(js|json)|wasm\\.[^/]*)$`,
        ),
        handler: "NetworkFirst",
        options: {
          cacheName: "mediation-numerique-recherche",
          networkTimeoutSeconds: 6,
        },
      },
      {
        // Its chunks and fragments are named by their content: a cached copy is always right.
        urlPattern: new RegExp(`^https?://[^/]+${escaped}pagefind/`),
        handler: "CacheFirst",
        options: {
          cacheName: "mediation-numerique-recherche",
          expiration: { maxEntries: 400 },
        },
      },
    ],
  });
}

/** Writes the service worker after the build (after pagefind, which does not touch what it precaches). */
export default function offline(): AstroIntegration {
  let base = "/";
  return {
    name: "mediation-numerique:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(
          fileURLToPath(dir),
          base,
        );
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `Hors ligne : ${count} fichiers mis en cache à la première visite d’un outil (${(size / 1024).toFixed(0)} Ko).`,
        );
      },
    },
  };
}
