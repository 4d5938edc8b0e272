import { expectCount, expectList, expectText } from "./guard.js";
import { cutText, listValues, quoteText, spaceFrench } from "./text.js";

export { NBSP, NNBSP, QUOTED_LENGTH } from "./text.js";

/** How many values a message lists before « et N autres ». */
export const LISTED_VALUES = 12;

/**
 * `text` cut to `max` characters with « … » at the end; never splits a surrogate pair. Reads only the
 * first `max` characters, so a 10 MB string costs no more than a short one.
 */
export const cut = (text: string, max = 40): string =>
  cutText(
    expectText(text, "text", Infinity),
    expectCount(max, "max", 2, 100_000),
  );

/** A text between French quotation marks, with the no-break spaces inside, cut to `max` characters. */
export const quote = (text: string, max = 40): string =>
  quoteText(
    expectText(text, "text", Infinity),
    expectCount(max, "max", 2, 100_000),
  );

/**
 * French spacing for a message written with plain spaces (zod’s French locale): no-break space before
 * « : » and inside « », narrow no-break space before « ; », « ? » and « ! ».
 */
export const frenchSpacing = (message: string): string =>
  spaceFrench(expectText(message, "message"));

/** Values joined with commas, the first `max` only: « a, b, c et 4 autres ». */
export function frenchList(
  values: readonly (string | number)[],
  max = LISTED_VALUES,
): string {
  const list = expectList(values, "values");
  const shown = expectCount(max, "max", 1, 1_000);
  for (const value of list.slice(0, shown))
    if (typeof value !== "string" && typeof value !== "number")
      expectText(value, "values");
  return listValues(
    list.map((value) =>
      typeof value === "string" ? cutText(value, 200) : value,
    ),
    shown,
  );
}
