/** Thrown on bad input: names the field and the bad value, and lists the valid values. */
export class OrientationInputError extends Error {
  override readonly name = "OrientationInputError";

  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly validValues: readonly string[],
    problem: string,
  ) {
    const valid =
      validValues.length > 0
        ? ` Valeurs possibles\u00A0: ${validValues.join(", ")}.`
        : "";
    super(`${problem}${valid}`);
  }
}
