// Consulter les référentiels : lister, retrouver un item, filtrer.
import assert from "node:assert/strict";
import {
  referentiels,
  getItem,
  listItems,
  UnknownIdError,
} from "@mediation-numerique/referentiels";

// Les quatre référentiels, dans l’ordre du site, avec leur version.
for (const referentiel of referentiels) {
  console.log(
    `${referentiel.id} ${referentiel.version} — ${referentiel.shortTitle}`,
  );
}

// Un item par son identifiant complet « <référentiel>/<item> ».
const item = getItem("fcs93-action/projet-numerique");
console.log(item.label, "—", item.status);
assert.equal(item.referentielId, "fcs93-action");

// Un identifiant inconnu lève UnknownIdError, avec les identifiants les plus proches.
try {
  getItem("fcs93-action/projet-numeriqe");
} catch (error) {
  assert.ok(error instanceof UnknownIdError);
  console.log(error.message);
}

// Filtrer : les champs se combinent (ET) ; les mots ignorent la casse et les accents.
const aRelire = listItems({ status: ["reconstructed", "incomplete"] });
console.log(`${aRelire.length} items reconstitués ou incomplets`);
const numerique = listItems({ referentiel: "fcs93-action", text: "numerique" });
assert.ok(numerique.length > 0);
console.log(
  `${numerique.length} items du référentiel d’action parlent de « numérique »`,
);
