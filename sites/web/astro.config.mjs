// @ts-check
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
  // Code blocks: the high-contrast GitHub theme; the plain one draws comments at 3:1 (WCAG asks 4.5:1).
  markdown: { shikiConfig: { theme: "github-dark-high-contrast" } },
  integrations: [mdx(), pagefind(), offline()],
});
