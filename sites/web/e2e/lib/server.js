// A tiny static server for the built site, as a static host would serve it: directories → index.html,
// a missing trailing slash → 301, unknown paths → 404.html with status 404, gzip when asked.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|manifest))|svg/;

const isFile = async (file) => (await stat(file).catch(() => null))?.isFile();
const isDir = async (file) =>
  (await stat(file).catch(() => null))?.isDirectory();

/**
 * Serves `root` on 127.0.0.1 at a free port, under `base` (e.g. "/sous-chemin/").
 * Returns `{ url, origin, close }`, where `url` ends with the base.
 */
export async function serve(root, { base = "/" } = {}) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, "http://localhost");
      let relative = null;
      if (pathname.startsWith(prefix))
        relative = decodeURIComponent(pathname.slice(prefix.length));
      else if (`${pathname}/` === prefix) return redirect(response, prefix);
      let file = relative === null ? null : path.join(root, relative);
      if (file && !file.startsWith(path.resolve(root))) file = null;
      if (file && (await isDir(file))) {
        if (!pathname.endsWith("/")) return redirect(response, `${pathname}/`);
        file = path.join(file, "index.html");
      }
      let status = 200;
      if (!file || !(await isFile(file))) {
        status = 404;
        file = path.join(root, "404.html");
      }
      let body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      const headers = { "content-type": type, "cache-control": "no-cache" };
      if (
        COMPRESSIBLE.test(type) &&
        /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")
      ) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
      headers["content-length"] = body.length;
      response.writeHead(status, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // Keep-alive connections would hold the port open (and the offline test online) for seconds.
        server.closeAllConnections();
      }),
  };
}

function redirect(response, location) {
  response.writeHead(301, { location });
  response.end();
}
