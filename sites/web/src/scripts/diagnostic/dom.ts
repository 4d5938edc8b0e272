/** A tiny element builder: text children only (never HTML), so nothing from a file is ever parsed as markup. */
export function h(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false)
      element.append(child);
  return element;
}

export const NBSP = "\u00a0";
export const NNBSP = "\u202f";
/** « text » with French no-break spaces. */
export const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
