// Orienter une personne : vers qui, selon quel mode, pourquoi, et d’après quelle source.
import assert from "node:assert/strict";
import { orient, explain } from "@mediation-numerique/orientation";

const situation = {
  needs: ["recherche-emploi"],
  urgent: false,
  hasTime: true,
  wantsToLearn: false,
  nearby: ["mediation-numerique"], // ce qui existe à proximité (absent : on ne sait pas)
};

const [premiere] = orient(situation);
console.log(premiere.actor, "—", premiere.reason);
assert.ok(premiere.sources.length > 0, "chaque recommandation cite sa source");

// Pourquoi : chaque règle est retenue, dépassée par une autre, ou ses conditions ne sont pas remplies.
for (const regle of explain(situation).rules) {
  console.log(`${regle.rule} : ${regle.outcome}`);
}
