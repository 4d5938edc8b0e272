import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

/**
 * What changed, read at build time: the packages' CHANGELOG.md files (written by changesets on release)
 * and the changesets still pending in .changeset/. MN_REPO_ROOT lets the tests point at a fixture.
 */
const root = process.env.MN_REPO_ROOT ?? "../..";

export const collections = {
  changelogs: defineCollection({
    loader: glob({ pattern: "packages/*/CHANGELOG.md", base: root }),
  }),
  changesets: defineCollection({
    loader: glob({
      pattern: ["*.md", "!README.md"],
      base: `${root}/.changeset`,
    }),
  }),
};
