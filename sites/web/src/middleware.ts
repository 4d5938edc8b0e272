import { defineMiddleware } from "astro:middleware";
import { frenchSpacesInHtml } from "./lib/typography";

/** Runs at build time on every page: French no-break spaces in the text, data included. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.includes("text/html")) {
    return response;
  }
  return new Response(frenchSpacesInHtml(await response.text()), {
    status: response.status,
    headers: response.headers,
  });
});
