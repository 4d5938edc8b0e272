import { NBSP, NNBSP, quote } from "./typography.js";

/** Thrown by `getItem`, `getReferentiel` and `getGroupPath` for an ID that is not in the data. */
export class UnknownIdError extends Error {
  override readonly name = "UnknownIdError";
  constructor(
    /** The ID that was asked for. */
    readonly id: string,
    /** The nearest known IDs, closest first (may be empty). */
    readonly suggestions: readonly string[],
    /** What the ID names, with its preposition: « d’item », « de référentiel », « de groupe ». */
    what = "d’item",
  ) {
    const hint =
      suggestions.length > 0
        ? ` Vouliez-vous dire${NBSP}: ${suggestions.join(", ")}${NNBSP}?`
        : "";
    super(`Identifiant ${what} inconnu${NBSP}: ${quote(id)}.${hint}`);
  }
}

/** Thrown when a public function gets an argument of the wrong shape. */
export class InvalidArgumentError extends Error {
  override readonly name = "InvalidArgumentError";
  constructor(
    message: string,
    readonly problems: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}
