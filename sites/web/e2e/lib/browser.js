// Browser helpers shared by the e2e tests (and by the next issues' tool pages): Debian's chromium through
// playwright-core, a network log per page, axe-core, and keyboard helpers.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "./server.js";
import { distDir } from "./site.js";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");
let axeSource;

/** WCAG 2.1 A and AA rules of axe-core. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Debian's chromium, or the one CHROMIUM_PATH names. The tests install nothing: `.ci/run` installs
 * the Debian package when it is missing; elsewhere, install it yourself.
 */
export function chromiumPath() {
  const wanted = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(wanted)) return wanted;
  throw new Error(
    `Chromium introuvable (${wanted}). Installez le paquet Debian « chromium » (apt-get install chromium, ` +
      "ou lancez .ci/run, qui l’installe) ou donnez son chemin dans CHROMIUM_PATH. " +
      "Les tests n’installent rien et ne téléchargent jamais de navigateur.",
  );
}

/** Chromium's flags: headless, with nothing that phones home (also given to Lighthouse, scripts/lighthouse.js). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** Launches Debian's chromium, headless, with nothing that phones home. */
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens `url` in a fresh context (empty cache: a first view) and records every request.
 * Requests that leave `allowedOrigin` are blocked and listed in `external`.
 * Returns `{ context, page, response, requests, external, close }`; each request is
 * `{ url, type, status, bytes }` where bytes is what went over the wire (headers + body).
 */
export async function openPage(
  browser,
  url,
  {
    viewport = { width: 1366, height: 768 },
    permissions = [],
    waitUntil = "load",
  } = {},
) {
  const allowedOrigin = new URL(url).origin;
  const context = await browser.newContext({
    viewport,
    locale: "fr-FR",
    permissions,
  });
  const page = await context.newPage();
  const requests = [];
  const external = [];
  await page.route("**/*", (route) => {
    const target = route.request().url();
    if (
      /^(data|blob|about):/.test(target) ||
      new URL(target).origin === allowedOrigin
    )
      return route.continue();
    external.push(target);
    return route.abort("blockedbyclient");
  });
  page.on("requestfinished", async (request) => {
    const entry = {
      url: request.url(),
      type: request.resourceType(),
      status: 0,
      bytes: 0,
    };
    requests.push(entry);
    try {
      const sizes = await request.sizes();
      entry.bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      entry.status = (await request.response())?.status() ?? 0;
    } catch {
      /* the page closed first */
    }
  });
  const response = await page.goto(url, { waitUntil });
  return {
    context,
    page,
    response,
    requests,
    external,
    close: () => context.close(),
  };
}

/** Runs axe-core (WCAG 2.1 AA) on the page; returns the violations, each with its rule and nodes. */
export async function runAxe(page, { exclude = [] } = {}) {
  // Evaluated through the DevTools protocol: a <script> tag would break the page's Content-Security-Policy,
  // which the tests keep on, as visitors have it.
  axeSource ??= await readFile(AXE_SOURCE, "utf8");
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const result = await globalThis.axe.run(
        { include: [document], exclude },
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
      );
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(" ")),
      }));
    },
    { tags: WCAG_TAGS, exclude },
  );
}

/** A readable summary of axe violations for an assertion message. */
export const formatViolations = (violations) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}) : ${v.help}\n    ${v.nodes.slice(0, 5).join("\n    ")}`,
    )
    .join("\n");

/** What has the keyboard focus: tag, id, text, href, and whether a focus outline is visible. */
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? "").trim().slice(0, 80),
      href: element.getAttribute("href"),
      type: element.getAttribute("type"),
      visibleFocus:
        style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    };
  });
}

/**
 * Presses Tab (from the current focus) until `matches(focusedInfo)` is true; returns the focused element's
 * info and the number of key presses, or null after `max` presses.
 */
export async function tabUntil(page, matches, { max = 80, key = "Tab" } = {}) {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(key);
    const info = await focused(page);
    if (info && matches(info)) return { ...info, presses };
  }
  return null;
}

/** Headings, landmarks and skip link of the page, for structure checks. */
export function structure(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    headings: [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) =>
      Number(h.tagName[1]),
    ),
    landmarks: {
      header: document.querySelectorAll("body > header, [role=banner]").length,
      nav: document.querySelectorAll("nav").length,
      main: document.querySelectorAll("main").length,
      footer: document.querySelectorAll("body > footer, [role=contentinfo]")
        .length,
    },
    firstLink: document.querySelector("a")?.getAttribute("href") ?? null,
    horizontalScroll:
      document.documentElement.scrollWidth >
      document.documentElement.clientWidth,
  }));
}

/**
 * Registers the hooks of a test file that drives the built site: serve `dist/` on localhost and
 * launch chromium before the tests, close both after. Returns `{ server, browser }`, filled in `before`.
 */
export function servedSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serve(distDir);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
