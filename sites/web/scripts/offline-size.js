// What the service worker takes at the first visit of a tool, and what it leaves to be cached as used
// (see integrations/offline.ts). Printed by `npm run budget`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { getManifest } from "workbox-build";
import { PRECACHED } from "../integrations/offline.ts";
import { listFiles } from "../e2e/lib/site.js";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} Ko`;
const gzipOf = async (file) =>
  gzipSync(await readFile(file), { level: 9 }).length;

/** The precache and the rest of the built site `dir`, as French lines. */
export async function offlineSummary(dir) {
  const { manifestEntries, size } = await getManifest({
    globDirectory: dir,
    globPatterns: PRECACHED,
  });
  let gzip = 0;
  for (const { url } of manifestEntries)
    gzip += await gzipOf(path.join(dir, url));
  const worker = path.join(dir, "sw.js");
  const workerBytes = (await readFile(worker)).length;
  const precached = new Set(manifestEntries.map(({ url }) => url));
  let rest = 0;
  for (const file of await listFiles(dir))
    if (!precached.has(file) && file !== "sw.js")
      rest += (await readFile(path.join(dir, file))).length;
  return [
    `Hors ligne : ${manifestEntries.length} fichiers mis en cache à la première visite d’un outil, ${kb(size)} (${kb(gzip)} compressés à transférer).`,
    `Service worker (Workbox) : ${kb(workerBytes)} (${kb(await gzipOf(worker))} compressé), téléchargé une fois, hors de la page.`,
    `Le reste du site (pages des référentiels, index de recherche, données) : ${kb(rest)}, mis en cache à l’usage seulement.`,
  ];
}
