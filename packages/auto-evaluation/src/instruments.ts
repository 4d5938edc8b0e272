import {
  checkString,
  expectedReceived,
  nearest,
  quote,
  type Problem,
} from "@mediation-numerique/core";
import type { Referentiel } from "@mediation-numerique/referentiels/schema";
// One subpath per référentiel (not the package index): a bundle carries only the data of the instruments it uses.
import { fcs93Action } from "@mediation-numerique/referentiels/fcs93-action";
import { fcs93Competences } from "@mediation-numerique/referentiels/fcs93-competences";
import { conumRemn } from "@mediation-numerique/referentiels/conum-remn";
import {
  bindInstrument,
  createInstrument,
  InstrumentId,
  type Instrument,
  type InstrumentDefinition,
} from "./engine/instrument.js";
import { AssessmentArgumentError } from "./engine/errors.js";
import { MAX_ID_ARGUMENT } from "./engine/input.js";
import { centreDefinition } from "./centre/instrument.js";
import { mediateurDefinition } from "./mediateur/instrument.js";

/** Each instrument with the packaged référentiels it assesses (the same data as the package index’s `referentiels`). */
const packaged = new Map<
  string,
  readonly [InstrumentDefinition, readonly Referentiel[]]
>([
  ["centre", [centreDefinition, [fcs93Action]]],
  ["mediateur", [mediateurDefinition, [fcs93Competences, conumRemn]]],
]);
const cache = new Map<string, Instrument>();

/** Why `id` names no instrument: not a text, too long, or unknown (with the nearest ID). */
function unknownInstrument(id: unknown): AssessmentArgumentError {
  const path = ["id"];
  if (typeof id !== "string")
    return new AssessmentArgumentError([
      {
        path,
        code: "invalid-type",
        message: expectedReceived(
          `un identifiant d’instrument (${InstrumentId.options.map((i) => quote(i)).join(" ou ")})`,
          id,
        ),
      },
    ]);
  const [tooLong] = checkString(id, MAX_ID_ARGUMENT, path);
  const [suggestion] = nearest(id, InstrumentId.options, { count: 1 });
  const problem: Problem = tooLong ?? {
    path,
    code: "unknown-instrument",
    message: `L’instrument ${quote(id)} n’existe pas\u00A0: choisissez ${InstrumentId.options.map((i) => quote(i)).join(" ou ")}${suggestion === undefined ? "" : ` (vouliez-vous dire ${quote(suggestion)}\u202F?)`}.`,
  };
  return new AssessmentArgumentError([problem]);
}

/**
 * The instrument `centre` or `mediateur`, bound to the package’s référentiels, or to the référentiels given
 * (a federation’s own data, or a newer version). Throws `AssessmentArgumentError` for an unknown instrument
 * (with the nearest ID) or invalid référentiels.
 */
export function getInstrument(
  id: InstrumentId,
  referentiels?: readonly Referentiel[],
): Instrument {
  const entry = typeof id === "string" ? packaged.get(id) : undefined;
  if (entry === undefined) throw unknownInstrument(id);
  const [definition, own] = entry;
  if (referentiels !== undefined)
    return createInstrument(definition, referentiels);
  const cached = cache.get(id);
  if (cached) return cached;
  const instrument = bindInstrument(definition, own);
  cache.set(id, instrument);
  return instrument;
}
