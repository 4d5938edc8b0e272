import data from "../../data/fcs93-competences.json" with { type: "json" };
import type { Referentiel } from "../schema.js";

/** le référentiel de compétences du médiateur·trice social·e numérique (FCS93, 2018). Importing this subpath loads only this référentiel. */
export const fcs93Competences = data as Referentiel;
export default fcs93Competences;
