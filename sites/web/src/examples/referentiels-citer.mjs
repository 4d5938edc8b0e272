// Citer un item et construire son adresse permanente.
import assert from "node:assert/strict";
import { formatCitation, itemUrl } from "@mediation-numerique/referentiels";

const id = "fcs93-action/projet-numerique";

// L’adresse permanente, sur le site public par défaut ou sur le vôtre.
console.log(itemUrl(id));
const url = itemUrl(id, { baseUrl: "https://intranet.exemple.org/outils" });
assert.equal(
  url,
  "https://intranet.exemple.org/outils/referentiels/fcs93-action/projet-numerique/",
);

// Trois styles : texte (en français), BibTeX, CSL-JSON (Zotero, Pandoc).
console.log(formatCitation(id, "text"));
console.log(formatCitation(id, "bibtex", { accessed: "2025-01-15" }));
const [csl] = JSON.parse(formatCitation(id, "csl-json"));
assert.equal(csl.id, id);
