import {
  cut,
  describeValue,
  MediationError,
  type Problem,
} from "@mediation-numerique/core";

/** The bad value of the first problem, short: a string cut to 40 characters, a number or boolean as is. */
export type ShownValue = string | number | boolean | null | undefined;

/** A value for `OrientationInputError.value`: never the raw value, which may be huge or hostile. */
export const shownValue = (value: unknown): ShownValue =>
  typeof value === "string"
    ? cut(value)
    : typeof value === "number" ||
        typeof value === "boolean" ||
        value === null ||
        value === undefined
      ? value
      : describeValue(value);

/**
 * Thrown on bad input (a situation, an intervention description, a custom rules table): every
 * problem in `problems` (path, kebab-case code, French message), as every `MediationError`.
 * `field`, `value` and `validValues` describe the first problem, for a short message in a form.
 */
export class OrientationInputError extends MediationError {
  override readonly name: string = "OrientationInputError";
  /** The first problem's path, dotted (`needs.1`); `""` for the whole input. */
  readonly field: string;
  /** The first problem's bad value, cut or described (« un objet »), never the raw value. */
  readonly value: ShownValue;
  /** The valid values of the first problem's field, when they are a short list (else `[]`). */
  readonly validValues: readonly string[];

  constructor(
    summary: string,
    problems: readonly [Problem, ...Problem[]],
    first: { value?: unknown; validValues?: readonly string[] } = {},
  ) {
    super(summary, problems);
    this.field = problems[0].path.join(".");
    this.value = shownValue(first.value);
    this.validValues = first.validValues ?? [];
  }
}
