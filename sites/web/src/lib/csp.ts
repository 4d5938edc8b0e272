import { createHash } from "node:crypto";
import type { AstroGlobal } from "astro";
import SEARCH_SOURCE from "../components/search-results.inline.js?raw";

/*
 * The two inline scripts the Content-Security-Policy allows by their hash (astro.config.mjs sets the
 * policy; Astro hashes the scripts it bundles itself). A page that shows one of them calls the matching
 * function in its frontmatter: the policy is written in <head>, before the components of the body run.
 */

const sha256 = (text: string) =>
  `sha256-${createHash("sha256").update(text).digest("base64")}` as const;

/**
 * The copy button of a citation (Citation.astro): an inline `onclick` of a few hundred bytes that runs on
 * a click and never before, so that an item page loads no script at all.
 */
export const COPY_HANDLER =
  "var f=this.parentNode,t=f.querySelector('textarea'),s=f.querySelector('[role=status]');" +
  "t.select();(navigator.clipboard?navigator.clipboard.writeText(t.value):Promise.reject())" +
  ".catch(function(){document.execCommand('copy')})" +
  ".then(function(){s.textContent='Citation copiée.'})";

/** Allows the citation’s copy handler, and no other inline handler. */
export function allowCopyButton(astro: AstroGlobal): void {
  astro.csp?.insertScriptResource({
    resource: "'unsafe-hashes'",
    kind: "attribute",
  });
  astro.csp?.insertScriptHash({
    hash: sha256(COPY_HANDLER),
    kind: "attribute",
  });
}

/**
 * The search script (search-results.inline.js) as it is inlined: without its comment lines and its
 * indentation, half a kilobyte less over the wire on the search page (the script holds no multi-line
 * string that this could change).
 */
export const SEARCH_SCRIPT = SEARCH_SOURCE.replace(/^\s*\/\/.*$/gm, "").replace(
  /^\s+/gm,
  "",
);

/** Allows the search script and the WebAssembly that pagefind compiles, on the pages that search only. */
export function allowSearch(astro: AstroGlobal): void {
  astro.csp?.insertScriptHash(sha256(SEARCH_SCRIPT));
  // A resource of our own replaces Astro’s default 'self': name it again, for pagefind’s own script.
  astro.csp?.insertScriptResource("'self'");
  astro.csp?.insertScriptResource("'wasm-unsafe-eval'");
}
