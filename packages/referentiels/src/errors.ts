/** Thrown by `getItem` and `getReferentiel` for an ID that is not in the data. */
export class UnknownIdError extends Error {
  override readonly name = "UnknownIdError";
  constructor(
    /** The ID that was asked for. */
    readonly id: string,
    /** The nearest known IDs, closest first (may be empty). */
    readonly suggestions: readonly string[],
    what = "item",
  ) {
    const hint =
      suggestions.length > 0
        ? ` Vouliez-vous dire : ${suggestions.join(", ")} ?`
        : "";
    super(`Identifiant d’${what} inconnu : « ${id} ».${hint}`);
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
