import { expect, test } from "vitest";
import { explainInFrench } from "./explain.js";
import { score } from "./score.js";
import { TINY } from "./test-support/fixtures.js";

test("the French explanation names the answers, the level and the next landmark", () => {
  const result = score(TINY, {
    questionnaireId: "mini",
    questionnaireVersion: 2,
    answers: { mail: "aide" },
  });
  const [acces, usages] = explainInFrench(TINY, result);
  expect(acces?.text).toBe(
    "Accès\u00a0: pas encore de repère, aucune réponse comptée.",
  );
  expect(usages?.text).toBe(
    "Usages\u00a0: Usage avec de l’aide (33\u202f%, repère atteint à partir de 20\u202f%). " +
      "Réponses\u00a0: «\u00a0Mail ?\u00a0» → «\u00a0Avec aide.\u00a0» (1/3). " +
      "Prochain repère\u00a0: En partie autonome, à partir de 50\u202f%.",
  );
});
