import type { Referentiel } from "@mediation-numerique/referentiels/schema";
// One subpath per référentiel (not the package index): a bundle carries only the data of the instruments it uses.
import { fcs93Action } from "@mediation-numerique/referentiels/fcs93-action";
import { fcs93Competences } from "@mediation-numerique/referentiels/fcs93-competences";
import { conumRemn } from "@mediation-numerique/referentiels/conum-remn";
import {
  createInstrument,
  type Instrument,
  type InstrumentId,
} from "./engine/instrument.js";
import { centreDefinition } from "./centre/instrument.js";
import { mediateurDefinition } from "./mediateur/instrument.js";

/** Each instrument with the packaged référentiels it assesses (the same data as the package index’s `referentiels`). */
const packaged = {
  centre: [centreDefinition, [fcs93Action]],
  mediateur: [mediateurDefinition, [fcs93Competences, conumRemn]],
} as const;
const cache = new Map<InstrumentId, Instrument>();

/**
 * The instrument `centre` or `mediateur`, bound to the package’s référentiels, or to the référentiels given
 * (a federation’s own data, or a newer version).
 */
export function getInstrument(
  id: InstrumentId,
  referentiels?: readonly Referentiel[],
): Instrument {
  const [definition, own] = packaged[id];
  if (referentiels) return createInstrument(definition, referentiels);
  const cached = cache.get(id);
  if (cached) return cached;
  const instrument = createInstrument(definition, own);
  cache.set(id, instrument);
  return instrument;
}
