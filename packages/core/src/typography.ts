/** No-break space: French typography before « : » and inside « guillemets ». */
export const NBSP = "\u00A0";
/** Narrow no-break space: French typography before « ; », « ? » and « ! ». */
export const NNBSP = "\u202F";

/** How many characters of a bad value a message quotes. */
export const QUOTED_LENGTH = 40;

/**
 * `text` cut to `max` characters with « … » at the end; never splits a surrogate pair. Reads only the
 * first `max` characters, so a 10 MB string costs no more than a short one.
 */
export function cut(text: string, max = QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A text between French quotation marks, with the no-break spaces inside, cut to `max` characters. */
export const quote = (text: string, max = QUOTED_LENGTH): string =>
  `«${NBSP}${cut(text, max)}${NBSP}»`;

/**
 * French spacing for a message written with plain spaces (zod’s French locale): no-break space before
 * « : » and inside « », narrow no-break space before « ; », « ? » and « ! ».
 */
export const frenchSpacing = (message: string): string =>
  message
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/ +([;?!])/g, `${NNBSP}$1`)
    .replace(/« */g, `«${NBSP}`)
    .replace(/ *»/g, `${NBSP}»`);

/** How many values a message lists before « et N autres ». */
export const LISTED_VALUES = 12;

/** Values joined with commas, the first `max` only: « a, b, c et 4 autres ». */
export function frenchList(
  values: Iterable<string | number>,
  max = LISTED_VALUES,
): string {
  const shown: string[] = [];
  let more = 0;
  for (const value of values) {
    if (shown.length < max) shown.push(String(value));
    else more++;
  }
  return more > 0
    ? `${shown.join(", ")} et ${more} autre${more > 1 ? "s" : ""}`
    : shown.join(", ");
}
