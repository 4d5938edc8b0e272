// Paths of the build and HTML parsing for the tests that need no browser.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const siteDir = fileURLToPath(new URL("../..", import.meta.url));
export const distDir = path.join(siteDir, "dist");

/** Every file of a folder, recursively, as paths relative to it (with forward slashes). */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    );
}

export const listHtmlFiles = async (dir) =>
  (await listFiles(dir)).filter((file) => file.endsWith(".html"));

/** The URL path a static host serves a built HTML file at: `a/b/index.html` → `<base>a/b/`. */
export const pagePath = (file, base = "/") =>
  base + file.replace(/(^|\/)index\.html$/, "$1");

const ATTRIBUTES =
  /<(a|link|script|img|form|iframe|source)\b[^>]*?\s(href|src|action)="([^"]*)"/gi;

/** The URLs an HTML document points to, with the tag they come from. */
export function extractLinks(html) {
  const withoutInline = html.replace(
    /<script\b[^>]*>[\s\S]*?<\/script>/gi,
    (tag) => tag.replace(/>[\s\S]*<\/script>$/i, "></script>"),
  );
  return [...withoutInline.matchAll(ATTRIBUTES)].map((match) => ({
    tag: match[1].toLowerCase(),
    url: match[3].replace(/&amp;/g, "&"),
  }));
}

/** The `id` attributes of a document, for fragment links. */
export const extractIds = (html) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

export const readText = (file) => readFile(file, "utf8");
