import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

/**
 * What changed, read at build time: the packages' CHANGELOG.md files (written by changesets on release)
 * and the changesets still pending in .changeset/.
 */
export const collections = {
  changelogs: defineCollection({
    loader: glob({ pattern: "packages/*/CHANGELOG.md", base: "../.." }),
  }),
  changesets: defineCollection({
    loader: glob({ pattern: ["*.md", "!README.md"], base: "../../.changeset" }),
  }),
};
