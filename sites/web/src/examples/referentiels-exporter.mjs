// Exporter un référentiel, et valider celui d’une fédération.
import assert from "node:assert/strict";
import {
  getReferentiel,
  toCSV,
  toJSON,
  referentielJsonSchema,
  safeParseReferentiel,
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
// Les liens vers les items du paquet sont connus sans option.
assert.equal(safeParseReferentiel(action).success, true);
const copie = structuredClone(action);
copie.items[0].id = "Pas Un Identifiant";
const resultat = safeParseReferentiel(copie);
assert.equal(resultat.success, false);
for (const probleme of resultat.problems) {
  console.log(
    `${probleme.path.join(".")} (${probleme.code}) : ${probleme.message}`,
  );
}
