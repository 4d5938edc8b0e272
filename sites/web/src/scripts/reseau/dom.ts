/**
 * Element helpers of the network page, its own (the page imports no code shared with the other tools, so
 * that its script stays small): the same shape as `h` in src/scripts/auto-evaluation/tool.ts.
 */
type Child = Node | string | null | undefined | false;

/** Creates an element: `h("p", { class: "meta" }, "texte", child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  for (const child of children.flat())
    if (child !== null && child !== undefined && child !== false)
      element.append(child);
  return element;
}

/** Creates an SVG element with its attributes. */
export function s(
  tag: string,
  attributes: Record<string, string | number>,
): Element {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, String(value));
  return element;
}

const oneDecimal = new Intl.NumberFormat("fr-FR", {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
/** A median in French (« 2,5 »), or « — » when there is none. */
export const formatNumber = (value: number | null): string =>
  value === null ? "—" : oneDecimal.format(value);
