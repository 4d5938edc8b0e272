/**
 * The sheet's pictograms, drawn here as simple strokes (no third party): a star for what the
 * person knows how to do, a signpost for the next steps, a bag for what to bring, a house for the
 * centre. Decorative: the part's title says the same, so they are hidden from screen readers.
 */
type Kind = "know-how" | "next-steps" | "bring" | "contact";

const PATHS: Record<Kind, string[]> = {
  // A five-pointed star.
  "know-how": [
    "M24 4l6 13 14 1.5-10.5 9.5 3 14L24 35l-12.5 7 3-14L4 18.5 18 17z",
  ],
  // A signpost: a pole and two arrows.
  "next-steps": ["M22 44V4", "M22 8h16l6 5-6 5H22z", "M22 22H10l-6 5 6 5h12z"],
  // A bag with its handle.
  bring: ["M8 16h32l-3 28H11z", "M17 16v-4a7 7 0 0 1 14 0v4"],
  // A house with its door.
  contact: ["M5 23L24 6l19 17", "M10 19v25h28V19", "M20 44V31h8v13"],
};

const SVG = "http://www.w3.org/2000/svg";

export function pictogram(kind: Kind): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [name, value] of Object.entries({
    class: "rs-picto",
    viewBox: "0 0 48 48",
    width: "48",
    height: "48",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "4",
    "stroke-linejoin": "round",
    "stroke-linecap": "round",
    "aria-hidden": "true",
    focusable: "false",
  }))
    svg.setAttribute(name, value);
  for (const d of PATHS[kind]) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}
