// Screenshots of built pages at a phone and a laptop size, to look at them: `node e2e/lib/screenshot.js
// <out dir> <path>…` (paths under the site, e.g. `diagnostic/`). Not a test: a tool for reviewing screens.
import path from "node:path";
import { launch } from "./browser.js";
import { serve } from "./server.js";
import { distDir } from "./site.js";

const [out, ...pages] = process.argv.slice(2);
const SIZES = [
  { name: "360x740", width: 360, height: 740 },
  { name: "1366x768", width: 1366, height: 768 },
];
const server = await serve(distDir);
const browser = await launch();
try {
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      locale: "fr-FR",
    });
    const page = await context.newPage();
    for (const pagePath of pages) {
      await page.goto(`${server.url}${pagePath}`);
      const name = `${pagePath.replace(/\W+/g, "-") || "home"}-${size.name}.png`;
      await page.screenshot({ path: path.join(out, name) });
      console.log(path.join(out, name));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
