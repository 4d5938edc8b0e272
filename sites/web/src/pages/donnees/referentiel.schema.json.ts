import type { APIRoute } from "astro";
import { referentielJsonSchema } from "@mediation-numerique/referentiels";

/** The JSON Schema of a référentiel file, from the package (generated from its zod schema). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(referentielJsonSchema(), null, 2)}\n`);
