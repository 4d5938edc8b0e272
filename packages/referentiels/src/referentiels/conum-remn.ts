import data from "../../data/conum-remn.json" with { type: "json" };
import type { Referentiel } from "../schema.js";

/** la mission et les compétences du conseiller numérique, REMN CCP1 (Hypra, 2024). Importing this subpath loads only this référentiel. */
export const conumRemn = data as Referentiel;
export default conumRemn;
