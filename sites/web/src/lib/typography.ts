/**
 * French typography for display: a no-break space before « : » and a narrow one before « ; ? ! », and
 * no-break spaces inside « ». Only whitespace changes; words are never touched.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(/(^|\S)[ \t]+:(?=\s|$)/g, "$1\u00a0:")
    .replace(/(^|\S)[ \t]+([;?!])(?=\s|$)/g, "$1\u202f$2")
    .replace(/«[ \t]+/g, "«\u00a0")
    .replace(/[ \t]+»/g, "\u00a0»");
}

const SKIP = /(<(script|style|pre|code|textarea)\b[\s\S]*?<\/\2>|<[^>]*>)/gi;

/** Applies `frenchSpaces` to the text of an HTML page, outside tags, code, scripts and text fields. */
export function frenchSpacesInHtml(html: string): string {
  return html
    .split(SKIP)
    // split() with two capture groups yields [text, match, tag name, text, …]: text is at 0, 3, 6…
    .map((part, i) => (i % 3 === 0 ? frenchSpaces(part) : (part ?? "")))
    .join("");
}
