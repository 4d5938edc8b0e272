// Exporter un référentiel, et valider celui d’une fédération.
import assert from "node:assert/strict";
import {
  getReferentiel,
  listItems,
  toCSV,
  toJSON,
  referentielJsonSchema,
  validateReferentiel,
} from "@mediation-numerique/referentiels";

const action = getReferentiel("fcs93-action");

// CSV : un item par ligne ; « ; » et BOM pour un tableur en français.
const csv = toCSV(action, { separator: ";", bom: true });
console.log(csv.split("\r\n")[0]);

// JSON : le format publié (identique au fichier data/fcs93-action.json du paquet).
const json = toJSON(action);
assert.deepEqual(JSON.parse(json), action);

// Le schéma JSON qui décrit ce format.
console.log(referentielJsonSchema().title);

// Valider un référentiel (le vôtre, par exemple) : les problèmes disent où et quoi corriger.
const copie = structuredClone(action);
copie.items[0].id = "Pas Un Identifiant";
const resultat = validateReferentiel(copie, {
  knownIds: listItems().map((item) => item.fullId),
});
assert.equal(resultat.ok, false);
for (const probleme of resultat.problems) {
  console.log(`${probleme.path} : ${probleme.message}`);
}
