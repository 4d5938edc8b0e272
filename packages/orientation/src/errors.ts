/** Thrown on bad input: names the field and the bad value, and lists the valid values. */
export class OrientationInputError extends Error {
  override readonly name = "OrientationInputError";

  /**
   * `validLabel` introduces `validValues` in the message: « Valeurs possibles » for a
   * field's values, « Champs attendus » when the whole input is at fault.
   */
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly validValues: readonly string[],
    problem: string,
    validLabel = "Valeurs possibles",
  ) {
    const valid =
      validValues.length > 0
        ? ` ${validLabel}\u00A0: ${validValues.join(", ")}.`
        : "";
    super(`${problem}${valid}`);
  }
}
