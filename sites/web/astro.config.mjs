// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { DEFAULT_BASE_URL } from "@mediation-numerique/referentiels";
import pagefind from "./integrations/pagefind.ts";
import offline from "./integrations/offline.ts";

/**
 * Where the site is deployed, from the environment so that one build command serves every host:
 * - SITE_URL: origin of the permanent addresses (default: the package's DEFAULT_BASE_URL);
 * - BASE_PATH: sub-path, e.g. `/outils/` (default: the domain root);
 * - OUT_DIR: output folder (default: `dist`), used by the sub-path test.
 */
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  site: process.env.SITE_URL || DEFAULT_BASE_URL,
  base,
  outDir: process.env.OUT_DIR || "./dist",
  trailingSlash: "ignore",
  build: { format: "directory", inlineStylesheets: "always" },
  // Keep the whitespace between inline elements (the compressor drops spaces before a line break).
  compressHTML: false,
  devToolbar: { enabled: false },
  prefetch: false,
  // A strict Content-Security-Policy in each page’s <meta>: Astro hashes every script and style it emits;
  // nothing may load from elsewhere, nor be sent anywhere. Pagefind’s WebAssembly is allowed on the pages
  // that search (src/components/SearchResults.astro).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  // Code blocks in plain text with the site’s own colours: Shiki’s themes colour each word with a style
  // attribute, which the Content-Security-Policy refuses, and its default theme drew comments at 3:1.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), pagefind(), offline()],
  // The self-assessments' islands are built from the auto-evaluation package's sources, not from its
  // one-file dist bundle: Rollup can then split the engine module by module, and the mediator's page no
  // longer carries the centre's survey figures and their schemas (both pages shared one chunk): 37.6 →
  // 33.2 KB gzip for the mediator, 35.3 → 31.6 KB for the centre (December 2026), and less work at
  // start. The network page's worker imports the same entry and is built the same way. Only the
  // browser's "/engine" entry is aliased: server code imports the package's main entry (dist), and must
  // not import "/engine" too (two copies of the schemas in zod's global registry).
  vite: {
    resolve: {
      alias: [
        {
          find: /^@mediation-numerique\/auto-evaluation\/engine$/,
          replacement: fileURLToPath(
            new URL(
              "../../packages/auto-evaluation/src/engine.ts",
              import.meta.url,
            ),
          ),
        },
      ],
    },
  },
});
