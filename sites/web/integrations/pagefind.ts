import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { createIndex, close } from "pagefind";

/**
 * Indexes the built site with pagefind (as Starlight does): the search index is written to
 * `<outDir>/pagefind/` and is only downloaded by the search page, on demand.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: "mediation-numerique:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: "fr" });
          if (!index) throw new Error(errors.join("\n"));
          const added = await index.addDirectory({ path: root });
          if (added.errors.length) throw new Error(added.errors.join("\n"));
          const written = await index.writeFiles({
            outputPath: path.join(root, "pagefind"),
          });
          if (written.errors.length) throw new Error(written.errors.join("\n"));
          logger.info(`${added.page_count} pages indexées pour la recherche.`);
        } finally {
          await close();
        }
      },
    },
  };
}
