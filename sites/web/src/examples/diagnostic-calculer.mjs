// Calculer un diagnostic d’autonomie numérique à partir des réponses, et l’expliquer.
import assert from "node:assert/strict";
import {
  QUESTIONNAIRE,
  parseAnswers,
  score,
  explainInFrench,
  DiagnosticInputError,
} from "@mediation-numerique/diagnostic";

console.log(`${QUESTIONNAIRE.id}, version ${QUESTIONNAIRE.version}`);

// Des réponses, question par question (ici : la dernière option de chaque question).
const saisie = {
  questionnaireId: QUESTIONNAIRE.id,
  questionnaireVersion: QUESTIONNAIRE.version,
  answers: Object.fromEntries(
    QUESTIONNAIRE.questions.map((question) => [
      question.id,
      question.options.at(-1).id,
    ]),
  ),
};

// parseAnswers vérifie les réponses (par exemple relues depuis localStorage) avant le calcul.
const reponses = parseAnswers(saisie, QUESTIONNAIRE);
const resultat = score(QUESTIONNAIRE, reponses);
console.log("Niveau d’ensemble :", resultat.overall.level);
console.log("Freins repérés :", resultat.obstacles.length);

// Le calcul est pur : les mêmes réponses donnent toujours le même résultat.
assert.deepEqual(score(QUESTIONNAIRE, reponses), resultat);

// Et il s’explique : quelles réponses ont mené à quel niveau.
console.log(explainInFrench(QUESTIONNAIRE, resultat));

// Une réponse inconnue est refusée, avec la liste des problèmes.
try {
  parseAnswers(
    { ...saisie, answers: { ...saisie.answers, appareil: "peut-etre" } },
    QUESTIONNAIRE,
  );
} catch (error) {
  assert.ok(error instanceof DiagnosticInputError);
  console.log(error.problems.map((probleme) => probleme.message).join("\n"));
}
