import { fcs93Action } from "./referentiels/fcs93-action.js";
import { fcs93Competences } from "./referentiels/fcs93-competences.js";
import { conumRemn } from "./referentiels/conum-remn.js";
import { anct2021 } from "./referentiels/anct-2021.js";
import { hypraCharte } from "./referentiels/hypra-charte.js";

/** Every référentiel of the package, in the order the site lists them. */
export const referentiels = [
  fcs93Action,
  fcs93Competences,
  conumRemn,
  anct2021,
  hypraCharte,
] as const;
