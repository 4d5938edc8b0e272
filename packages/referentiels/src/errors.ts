import {
  MediationError,
  NBSP,
  NNBSP,
  quote,
  type ProblemPath,
} from "@mediation-numerique/core";

/**
 * The base of every error this package throws: a `MediationError` (`problems`, `code`), so that
 * `instanceof ReferentielError` catches them all and `instanceof MediationError` all the packages’.
 */
export class ReferentielError extends MediationError {
  override readonly name: string = "ReferentielError";
}

/**
 * Thrown by `getItem`, `getReferentiel`, `getGroupPath`, `listItems` and `formatCitation` for an ID
 * that is not in the data. Its one problem has the code `unknown-id`.
 */
export class UnknownIdError extends ReferentielError {
  override readonly name: string = "UnknownIdError";
  constructor(
    /** The ID that was asked for (at most a few hundred characters: longer ones are refused earlier). */
    readonly id: string,
    /** The nearest known IDs, closest first (may be empty). */
    readonly suggestions: readonly string[],
    /** What the ID names, with its preposition: « d’item », « de référentiel », « de groupe ». */
    what = "d’item",
    /** Where the ID was given: `[]` for an argument, `["referentiel", 1]` inside a filter. */
    path: ProblemPath = [],
  ) {
    const hint =
      suggestions.length > 0
        ? ` Vouliez-vous dire${NBSP}: ${suggestions.join(", ")}${NNBSP}?`
        : "";
    super(`Identifiant ${what} inconnu`, [
      {
        path,
        code: "unknown-id",
        message: `identifiant ${what} inconnu${NBSP}: ${quote(id)}.${hint}`,
      },
    ]);
  }
}

/** Thrown when a public function gets an argument of the wrong shape or size; `problems` says each. */
export class InvalidArgumentError extends ReferentielError {
  override readonly name: string = "InvalidArgumentError";
}
