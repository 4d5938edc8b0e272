import {
  referentiels as packagedReferentiels,
  type Referentiel,
} from "@mediation-numerique/referentiels";
import {
  createInstrument,
  type Instrument,
  type InstrumentId,
} from "./engine/instrument.js";
import { centreDefinition } from "./centre/instrument.js";
import { mediateurDefinition } from "./mediateur/instrument.js";

const definitions = {
  centre: centreDefinition,
  mediateur: mediateurDefinition,
};
const cache = new Map<InstrumentId, Instrument>();

/**
 * The instrument `centre` or `mediateur`, bound to the package’s référentiels, or to the référentiels given
 * (a federation’s own data, or a newer version).
 */
export function getInstrument(
  id: InstrumentId,
  referentiels?: readonly Referentiel[],
): Instrument {
  if (referentiels) return createInstrument(definitions[id], referentiels);
  const cached = cache.get(id);
  if (cached) return cached;
  const instrument = createInstrument(definitions[id], packagedReferentiels);
  cache.set(id, instrument);
  return instrument;
}
