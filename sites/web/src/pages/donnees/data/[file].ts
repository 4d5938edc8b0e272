import type { APIRoute, GetStaticPaths } from "astro";
import {
  referentiels,
  toCSV,
  toJSON,
  type Referentiel,
} from "@mediation-numerique/referentiels";
import { siteBaseUrl } from "../../../lib/site";

/** The downloads of each référentiel, written as static files by the build. */
const formats = {
  json: (referentiel: Referentiel) => toJSON(referentiel),
  csv: (referentiel: Referentiel) =>
    toCSV(referentiel, { baseUrl: siteBaseUrl }),
  "tableur.csv": (referentiel: Referentiel) =>
    toCSV(referentiel, { baseUrl: siteBaseUrl, separator: ";", bom: true }),
};

export const getStaticPaths = (() =>
  referentiels.flatMap((referentiel) =>
    Object.entries(formats).map(([format, write]) => ({
      params: {
        file: `${referentiel.id}${format === "tableur.csv" ? "-" : "."}${format}`,
      },
      props: { body: write(referentiel) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string);
