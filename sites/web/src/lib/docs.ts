/** The documentation pages, in reading order: the sidebar of every guide. */
export const DOCS = [
  { path: "documentation/", label: "Installation" },
  { path: "documentation/referentiels/", label: "Guide : référentiels" },
  { path: "documentation/diagnostic/", label: "Guide : diagnostic" },
  { path: "documentation/orientation/", label: "Guide : orientation" },
  { path: "documentation/auto-evaluation/", label: "Guide : auto-évaluation" },
  { path: "documentation/formats/", label: "Formats JSON, CSV, JSON Schema" },
  {
    path: "documentation/citation-et-versions/",
    label: "Citation et versions",
  },
  { path: "documentation/changements/", label: "Journal des changements" },
] as const;
