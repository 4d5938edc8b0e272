// The link checker: every internal link of every built HTML file must resolve to a built file, and
// every `#fragment` to an element of the target page. No browser needed: it parses the HTML.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import {
  extractIds,
  extractLinks,
  listHtmlFiles,
  pagePath,
  readText,
} from "./site.js";

/** Resolves an URL path under `base` to the file a static host would serve, or null. */
export function resolveFile(dir, urlPath, base = "/") {
  if (!urlPath.startsWith(base)) return null;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const candidate = path.join(dir, relative);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  if (existsSync(index)) return index;
  return null;
}

/**
 * Checks the whole build in `dir` deployed at `origin` + `base`.
 * Returns `{ pages, links, broken: [{ page, url, reason }] }`.
 */
export async function checkLinks(
  dir,
  { base = "/", origin = "https://example.invalid" } = {},
) {
  const files = await listHtmlFiles(dir);
  const html = new Map();
  for (const file of files)
    html.set(path.join(dir, file), await readText(path.join(dir, file)));
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) ids.set(file, extractIds(html.get(file) ?? ""));
    return ids.get(file);
  };
  const broken = [];
  let links = 0;
  for (const file of files) {
    const page = pagePath(file, base);
    const pageUrl = new URL(page, origin);
    for (const { url } of extractLinks(html.get(path.join(dir, file)))) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(url)) continue;
      const target = new URL(url, pageUrl);
      if (target.origin !== pageUrl.origin) continue; // external: not a request, not checked here
      links += 1;
      const resolved = resolveFile(dir, target.pathname, base);
      if (!resolved) {
        broken.push({ page, url, reason: "aucun fichier" });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (
        fragment &&
        resolved.endsWith(".html") &&
        !idsOf(resolved).has(fragment)
      ) {
        broken.push({ page, url, reason: `ancre #${fragment} absente` });
      }
    }
  }
  return { pages: files.length, links, broken };
}
