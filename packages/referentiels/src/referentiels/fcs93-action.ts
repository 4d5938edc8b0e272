import data from "../../data/fcs93-action.json" with { type: "json" };
import type { Referentiel } from "../schema.js";

/** le référentiel d’action « La médiation numérique en centre social » (FCS93, 2018). Importing this subpath loads only this référentiel. */
export const fcs93Action = data as Referentiel;
export default fcs93Action;
