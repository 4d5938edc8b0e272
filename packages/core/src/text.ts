// The raw text helpers, for the core’s own modules; the public, checked ones are in typography.ts.

/** No-break space: French typography before « : » and inside « guillemets ». */
export const NBSP = "\u00A0";
/** Narrow no-break space: French typography before « ; », « ? » and « ! ». */
export const NNBSP = "\u202F";
/** How many characters of a bad value a message quotes. */
export const QUOTED_LENGTH = 40;

/** `text` cut to `max` characters with « … »; never splits a surrogate pair; reads only the start. */
export function cutText(text: string, max = QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A text between « » with the no-break spaces inside, cut to `max` characters. */
export const quoteText = (text: string, max = QUOTED_LENGTH): string =>
  `«${NBSP}${cutText(text, max)}${NBSP}»`;

/** French spacing for a message written with plain spaces. */
export const spaceFrench = (message: string): string =>
  message
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/ +([;?!])/g, `${NNBSP}$1`)
    .replace(/« */g, `«${NBSP}`)
    .replace(/ *»/g, `${NBSP}»`);

/** Values joined with commas, the first `max` only: « a, b, c et 4 autres ». */
export function listValues(values: readonly unknown[], max: number): string {
  const shown = values.slice(0, max).map(String).join(", ");
  const more = values.length - Math.min(values.length, max);
  return more > 0 ? `${shown} et ${more} autre${more > 1 ? "s" : ""}` : shown;
}
