import data from "../../data/hypra-charte.json" with { type: "json" };
import type { Referentiel } from "../schema.js";

/** la charte de la médiation numérique Hypra (2024). Importing this subpath loads only this référentiel. */
export const hypraCharte = data as Referentiel;
export default hypraCharte;
