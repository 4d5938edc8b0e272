// Auto-évaluation d’un·e médiateur·trice : saisir, enregistrer, relire, calculer le profil et les pistes.
import assert from "node:assert/strict";
import {
  AssessmentDocumentError,
  benchmarkComparison,
  compare,
  createDocument,
  getInstrument,
  parse,
  profile,
  serialize,
  trainingLeads,
} from "@mediation-numerique/auto-evaluation";

const mediateur = getInstrument("mediateur");
console.log(`${mediateur.label} : ${mediateur.items.length} items`);

// Un premier bilan : les fonctions ne lisent jamais l’horloge, la date est donnée.
const avant = createDocument(mediateur, {
  date: "2026-01-15T10:00:00.000Z",
  answers: {
    "fcs93-competences/savoir-7": {
      level: "decouverte",
      comment: "RGPD à revoir",
    },
    "fcs93-competences/diagnostic-3": { level: "avec-aide" },
    "fcs93-competences/pedagogie-2": { notApplicable: true },
  },
});

// Enregistré (localStorage, fichier…), puis relu : parse refuse tout document invalide.
const relu = parse(serialize(avant), { instrument: mediateur });
assert.deepEqual(relu, avant);

const resultat = profile(relu, mediateur, { target: "autonomie" });
console.log(`Complétude : ${Math.round(resultat.overall.completion * 100)} %`);
assert.ok(resultat.overall.completion > 0 && resultat.overall.completion < 1);
for (const piste of trainingLeads(resultat)) {
  console.log(
    `Piste pour « ${piste.label} » :`,
    piste.trainings.map((t) => t.id).join(", "),
  );
}

// Six mois plus tard : les progrès, domaine par domaine.
const apres = createDocument(mediateur, {
  date: "2026-07-15T10:00:00.000Z",
  answers: {
    "fcs93-competences/savoir-7": { level: "autonomie" },
    "fcs93-competences/diagnostic-3": { level: "avec-aide" },
  },
});
const progres = compare(avant, apres, mediateur);
console.log("Items en progrès :", progres.improved.length);

// Un centre se situe à côté des enquêtes fédérales de 2017 et 2022.
console.log(benchmarkComparison({ dedicatedRoom: true })[0]?.summary);

// Un document altéré est refusé, avec chaque problème et son chemin.
try {
  parse('{"schemaVersion": 99}', { instrument: mediateur });
} catch (error) {
  assert.ok(error instanceof AssessmentDocumentError);
  console.log(
    error.problems.map((p) => `${p.path.join(".")} : ${p.message}`).join("\n"),
  );
}
