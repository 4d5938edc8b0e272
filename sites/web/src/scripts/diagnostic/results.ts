/**
 * Renders the package's `score` result: levels per domain and overall, obstacles, the package's
 * French explanation (which answers led to which level), and the Coop values.
 */
import {
  explainInFrench,
  score,
  type AutonomyLevelId,
  type DiagnosticResult,
} from "@mediation-numerique/diagnostic";
import { h, NBSP, NNBSP, quoted } from "../ui";
import type { ClientData, Shown, Tool } from "./types";

const percent = (p: number | null) => (p === null ? "—" : `${p}${NNBSP}%`);

function renderResults(
  result: DiagnosticResult,
  data: ClientData,
  body: HTMLElement,
  coop: HTMLElement,
): void {
  const { overall, completeness } = result;
  const level = (id: AutonomyLevelId | null) =>
    id === null ? null : data.levels[id];
  const overallLevel = level(overall.level);
  const skipped = completeness.skipped.length;
  body.replaceChildren(
    h("h3", {}, "Repère global"),
    overallLevel
      ? h(
          "p",
          { class: "dg-level" },
          `${overallLevel.label} (${percent(overall.percent)} des points, sur les questions d’usage répondues)`,
        )
      : h(
          "p",
          { class: "dg-level" },
          `Pas encore de repère${NBSP}: aucune question d’usage n’a de réponse.`,
        ),
    overallLevel ? h("p", {}, overallLevel.description) : "",
    h(
      "p",
      {},
      `${completeness.answered} réponse${completeness.answered > 1 ? "s" : ""} sur ${completeness.total} questions` +
        (skipped > 0
          ? `, dont ${skipped} ${quoted("Je ne sais pas")} ou question${skipped > 1 ? "s" : ""} passée${skipped > 1 ? "s" : ""}${NBSP}: elles ne comptent pas comme zéro.`
          : ".") +
        (completeness.unanswered.length > 0
          ? ` ${completeness.unanswered.length} question${completeness.unanswered.length > 1 ? "s" : ""} sans réponse.`
          : ""),
    ),
    h("h3", {}, "Repère par domaine"),
    h(
      "table",
      { class: "dg-domains" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Domaine"),
          h("th", { scope: "col" }, "Repère"),
          h("th", { scope: "col" }, "Points"),
          h("th", { scope: "col" }, "Réponses"),
        ),
      ),
      h(
        "tbody",
        {},
        ...result.domains.map((d) =>
          h(
            "tr",
            { "data-domain": d.domainId },
            h("th", { scope: "row" }, data.domains[d.domainId] ?? d.domainId),
            h(
              "td",
              {},
              level(d.level)?.label ?? "Pas encore de repère (aucune réponse)",
            ),
            h("td", {}, percent(d.percent)),
            h("td", {}, `${d.answered} sur ${d.total}`),
          ),
        ),
      ),
    ),
    h("h3", {}, "Freins à lever"),
    result.obstacles.length === 0
      ? h("p", {}, "Les réponses ne font apparaître aucun frein.")
      : h(
          "ul",
          { class: "dg-obstacles" },
          ...result.obstacles.map((o) => {
            const obstacle = data.obstacles[o.obstacleId];
            return h(
              "li",
              { "data-obstacle": o.obstacleId },
              h("strong", {}, obstacle?.label ?? o.obstacleId),
              `${NBSP}: ${obstacle?.description ?? ""}`,
            );
          }),
        ),
    h(
      "details",
      { class: "dg-explain" },
      h("summary", {}, "Voir quelles réponses mènent à chaque repère"),
      h(
        "ul",
        {},
        ...explainInFrench(data.questionnaire, result).map((e) =>
          h("li", { "data-scope": e.scope }, e.text),
        ),
      ),
    ),
  );
  const workshop = result.domains.filter((d) => d.workshopLevel !== null);
  coop.replaceChildren(
    h("dt", {}, "Autonomie de la personne (accompagnement individuel)"),
    h(
      "dd",
      {},
      overall.coopAutonomie
        ? h("code", { "data-coop": "autonomie" }, overall.coopAutonomie)
        : `Pas de valeur${NBSP}: aucune question d’usage n’a de réponse.`,
    ),
    h("dt", {}, "Niveau d’atelier conseillé, par domaine"),
    workshop.length === 0
      ? h("dd", {}, `Pas de valeur${NBSP}: aucun domaine n’a de réponse.`)
      : h(
          "dd",
          {},
          h(
            "ul",
            {},
            ...workshop.map((d) =>
              h(
                "li",
                {},
                `${data.domains[d.domainId] ?? d.domainId}${NBSP}: `,
                h(
                  "code",
                  { "data-workshop": d.domainId },
                  d.workshopLevel ?? "",
                ),
              ),
            ),
          ),
        ),
  );
}

/** Scores the session's answers with the diagnostic package and renders the result. */
export function scoreAndRender(tool: Tool): void {
  const { questionnaire } = tool.data;
  tool.result = score(questionnaire, {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    answers: tool.session.answers,
  });
  renderResults(
    tool.result,
    tool.data,
    tool.$(".dg-results-body"),
    tool.$(".dg-coop"),
  );
  tool.dataset.scored = "";
}

export const showResults = (tool: Tool): Shown => ({
  heading: tool.$("#dg-results-title"),
  message: "Résultats du diagnostic affichés.",
});
