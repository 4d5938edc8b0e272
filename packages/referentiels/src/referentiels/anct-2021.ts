import data from "../../data/anct-2021.json" with { type: "json" };
import type { Referentiel } from "../schema.js";

/** les champs de compétences par métier du plan national de formation (ANCT, 2021). Importing this subpath loads only this référentiel. */
export const anct2021 = data as Referentiel;
export default anct2021;
