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
  return (
    html
      .split(SKIP)
      // split() with two capture groups yields [text, element, tag name, text, …]: the text (0, 3, 6…)
      // gets the spaces, the element (1, 4, 7…) is kept, the tag name (2, 5, 8…) is already in it.
      .map((part, i) =>
        i % 3 === 0 ? frenchSpaces(part) : i % 3 === 1 ? part : "",
      )
      .join("")
  );
}
