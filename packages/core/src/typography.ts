import {
  CoreArgumentError,
  expectCount,
  expectList,
  expectText,
} from "./guard.js";
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

/** How many values `frenchList` reads at most from an iterable: the rest is counted as « et plus ». */
const MAX_READ = 100_000;

/** Values joined with commas, the first `max` only: « a, b, c et 4 autres ». Reads an array or any iterable. */
export function frenchList(
  values: Iterable<string | number>,
  max = LISTED_VALUES,
): string {
  const shown = expectCount(max, "max", 1, 1_000);
  const read: unknown[] = [];
  try {
    if (
      typeof (values as Partial<Iterable<unknown>> | null)?.[
        Symbol.iterator
      ] !== "function"
    )
      expectList(values, "values");
    for (const value of values) {
      if (read.length >= MAX_READ) break;
      if (
        read.length < shown &&
        typeof value !== "string" &&
        typeof value !== "number"
      )
        expectText(value, "values");
      read.push(value);
    }
  } catch (error) {
    if (error instanceof CoreArgumentError) throw error;
    expectList(undefined, "values (illisibles)");
  }
  return listValues(
    read.map((value) =>
      typeof value === "string" ? cutText(value, 200) : value,
    ),
    shown,
  );
}
