import type { AstroIntegration } from "astro";
import { readdir, readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { createIndex, close } from "pagefind";

/**
 * The two search bundles, both written under `<outDir>/pagefind/` and downloaded only by the pages that
 * search (the search page, the 404), on demand:
 * - `pagefind/`: the référentiels (items and référentiel pages) and « À propos », what every search reads;
 * - `pagefind/documentation/`: the documentation for developers, merged into a search only when asked
 *   (« dans la documentation » on the search page, or a search from a documentation page). Kept apart, it
 *   adds nothing to what a mediator downloads for a first search.
 */
const BUNDLES = [
  {
    dir: "pagefind",
    keep: (file: string) => !isDocumentation(file),
    primary: true,
  },
  { dir: "pagefind/documentation", keep: isDocumentation, primary: false },
] as const;

/** The language of the index: its WebAssembly, `wasm.fr.pagefind`, is preloaded by SearchResults.astro. */
const LANGUAGE = "fr";

/**
 * What the search script reads from a bundle. Pagefind also writes its ready-made interfaces, a web
 * worker and a WebAssembly for other languages (about 600 kB a bundle, never downloaded here): they are
 * removed. A merged bundle (the documentation) is read with the primary bundle's script and WebAssembly.
 */
const isUsed = (name: string, primary: boolean) =>
  name === "pagefind-entry.json" ||
  name.endsWith(".pf_meta") ||
  ["index", "fragment", "filter"].includes(name) ||
  (primary && ["pagefind.js", `wasm.${LANGUAGE}.pagefind`].includes(name));

/**
 * What a search does not read: the lists of other items (each item is found on its own page, not on every
 * page that lists it), the fact sheets (référentiel, version, publisher: the same words on a hundred
 * pages, kept as result metadata) and the download links. Smaller fragments, and « médiateur » no longer
 * finds every item of a référentiel whose title says it.
 */
const EXCLUDED = [
  ".item-list",
  ".facts",
  "section[aria-labelledby=telecharger]",
];

function isDocumentation(file: string) {
  return file.startsWith("documentation/");
}

/**
 * Pagefind splits its word index into chunks of about 20,000 word positions (about 20 kB each here), and a
 * one-word search downloads one of them. This site has about 35,000: chunks of 1,000 keep a first search
 * to one file of 1 to 2 kB, for about 30 files in all. Pagefind 1.6 reads this size from an environment
 * variable it calls unstable: the version is pinned in package.json, and e2e/search.test.js checks that
 * the chunks stay small, so an upgrade that drops the variable fails a test instead of going unseen.
 */
const INDEX_CHUNK_SIZE = 1000;

/** Starts pagefind's indexing service with the chunk size above (it reads its environment at launch). */
async function createSmallChunkIndex() {
  const variable = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE";
  const previous = process.env[variable];
  process.env[variable] = String(INDEX_CHUNK_SIZE);
  try {
    return await createIndex({
      forceLanguage: LANGUAGE,
      excludeSelectors: EXCLUDED,
    });
  } finally {
    if (previous === undefined) delete process.env[variable];
    else process.env[variable] = previous;
  }
}

/** Writes one bundle: `files` (paths relative to `root`), indexed as pagefind's CLI would index them. */
async function writeBundle(
  root: string,
  files: string[],
  outputPath: string,
  primary: boolean,
): Promise<number> {
  const { index, errors } = await createSmallChunkIndex();
  if (!index) throw new Error(errors.join("\n"));
  for (const sourcePath of files) {
    const content = await readFile(path.join(root, sourcePath), "utf8");
    const added = await index.addHTMLFile({ sourcePath, content });
    if (added.errors.length) throw new Error(added.errors.join("\n"));
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join("\n"));
  const entry = JSON.parse(
    await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8"),
  );
  await index.deleteIndex();
  for (const name of await readdir(outputPath))
    if (!isUsed(name, primary))
      await rm(path.join(outputPath, name), { recursive: true });
  return Object.values(
    entry.languages as Record<string, { page_count: number }>,
  ).reduce((total, language) => total + language.page_count, 0);
}

/** Indexes the built site with pagefind (as Starlight does), after the build. */
export default function pagefind(): AstroIntegration {
  return {
    name: "mediation-numerique:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith(".html"))
          .map((file) => file.split(path.sep).join("/"))
          .sort();
        try {
          for (const bundle of BUNDLES) {
            const count = await writeBundle(
              root,
              files.filter(bundle.keep),
              path.join(root, bundle.dir),
              bundle.primary,
            );
            logger.info(`${bundle.dir}/ : ${count} pages indexées.`);
          }
        } finally {
          await close();
        }
      },
    },
  };
}
