/**
 * The small DOM helpers the tool islands share: elements built from text (never parsed as HTML), a
 * required element found by its selector, French quotes and no-break spaces, and messages announced
 * in a live region. Nothing here knows a tool: each island brings its own selectors and texts.
 */

export const NBSP = "\u00a0";
export const NNBSP = "\u202f";
/** « text » with French no-break spaces. */
export const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

type Child = Node | string | null | undefined | false;

/** A tiny element builder: text children only (never HTML), so nothing from a file is ever parsed as markup. */
export function h(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false)
      element.append(child);
  return element;
}

/** The element of `root` that matches `selector`; its absence is a bug of the page, named by the selector. */
export function required<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

/** Shows (`visible`) or hides each of `elements`. */
export function setVisible(elements: Iterable<HTMLElement>, visible: boolean) {
  for (const element of elements) element.hidden = !visible;
}

/**
 * Scrolls so that `top` starts the screen, unless everything from `top` to `bottom` is already in view:
 * on a phone, the question and its button come up together, without the visitor scrolling.
 */
export function bringIntoView(top: HTMLElement, bottom: HTMLElement): void {
  const first = top.getBoundingClientRect().top;
  const last = bottom.getBoundingClientRect().bottom;
  if (first < 0 || last > window.innerHeight)
    top.scrollIntoView({ block: "start" });
}

/*
 * Announcing in a live region lives with the storage helpers that every tool page already loads:
 * kept there, the pages that do not use the rest of this module do not carry it.
 */
export { announce } from "../tools/persist";
