/** No-break space: French typography before « : » and inside « guillemets ». */
export const NBSP = "\u00A0";
/** Narrow no-break space: French typography before « ; », « ? » and « ! ». */
export const NNBSP = "\u202F";

/** A value between French quotation marks, with the no-break spaces inside: `«\u00A0x\u00A0»`. */
export const quote = (value: unknown): string =>
  `«${NBSP}${typeof value === "string" ? value : JSON.stringify(value)}${NBSP}»`;

/**
 * French spacing for a message written with plain spaces (zod's French locale): no-break space before
 * « : » and inside « », narrow no-break space before « ; », « ? » and « ! ».
 */
export const frenchSpacing = (message: string): string =>
  message
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/ +([;?!])/g, `${NNBSP}$1`)
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`);
