/**
 * Renders the package's `score` result, words first: the overall landmark, each domain's level, what
 * each level reached means (the package's labels and descriptions), the obstacles, then, behind « Détail pour
 * la·le médiateur·trice », the percentages, points and the package's explanation of each level.
 * La Coop's values load apart (coop.ts). Nothing is computed here: every level and figure is the package's.
 */
import {
  explainInFrench,
  score,
  type DiagnosticResult,
} from "@mediation-numerique/diagnostic";
import { h, NBSP, NNBSP, quoted, required } from "../ui";
import type { ClientData, Shown, Tool } from "./types";

const percent = (p: number | null) => (p === null ? "—" : `${p}${NNBSP}%`);
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
const NO_LEVEL = "Pas encore de repère (aucune réponse)";

/** How many questions were answered, skipped or left: counts, not a score. */
function completenessText({ completeness }: DiagnosticResult): string {
  const skipped = completeness.skipped.length;
  const unanswered = completeness.unanswered.length;
  return (
    `${plural(completeness.answered, "réponse")} sur ${completeness.total} questions` +
    (skipped > 0
      ? `, dont ${skipped} ${quoted("Je ne sais pas")} ou ${plural(skipped, "question")} passée${skipped > 1 ? "s" : ""}${NBSP}: elles ne comptent pas comme zéro.`
      : ".") +
    (unanswered > 0 ? ` ${plural(unanswered, "question")} sans réponse.` : "")
  );
}

/**
 * Fills the page's « Détail pour la·le médiateur·trice », folded and printed only when opened: the
 * percentages, the answers per domain and the package's explanation of each level.
 */
function fillMediatorDetail(
  result: DiagnosticResult,
  data: ClientData,
  detail: HTMLElement,
) {
  required(detail, ".dg-detail-overall").textContent =
    result.overall.level === null
      ? `Repère global${NBSP}: aucune question d’usage n’a de réponse.`
      : `Repère global${NBSP}: ${percent(result.overall.percent)} des points, sur les questions d’usage répondues.`;
  required(detail, ".dg-domains tbody").replaceChildren(
    ...result.domains.map((d) =>
      h(
        "tr",
        { "data-domain": d.domainId },
        h("th", { scope: "row" }, data.domains[d.domainId] ?? d.domainId),
        h("td", {}, d.level === null ? NO_LEVEL : data.levels[d.level].label),
        h("td", {}, percent(d.percent)),
        h("td", {}, `${d.answered} sur ${d.total}`),
      ),
    ),
  );
  required(detail, ".dg-explain").replaceChildren(
    ...explainInFrench(data.questionnaire, result).map((e) =>
      h("li", { "data-scope": e.scope }, e.text),
    ),
  );
}

/** What each level reached by a domain means, once per level, in the package's order. */
function levelMeanings(result: DiagnosticResult, data: ClientData) {
  const reached = Object.entries(data.levels).filter(([id]) =>
    result.domains.some((d) => d.level === id),
  );
  if (reached.length === 0) return [];
  return [
    h("p", {}, `Ce que veut dire chaque repère${NBSP}:`),
    h(
      "dl",
      { class: "dg-level-meanings" },
      ...reached.flatMap(([id, { label, description }]) => [
        h("dt", { "data-level": id }, label),
        h("dd", {}, description),
      ]),
    ),
  ];
}

function renderResults(
  result: DiagnosticResult,
  data: ClientData,
  { body, detail }: Record<"body" | "detail", HTMLElement>,
): void {
  const { overall } = result;
  const overallLevel =
    overall.level === null ? null : data.levels[overall.level];
  body.replaceChildren(
    h("h3", {}, "Repère global"),
    h(
      "p",
      { class: "dg-level" },
      overallLevel
        ? overallLevel.label
        : `Pas encore de repère${NBSP}: aucune question d’usage n’a de réponse.`,
    ),
    overallLevel ? h("p", {}, overallLevel.description) : "",
    h("p", {}, completenessText(result)),
    h("h3", {}, "Repère par domaine"),
    h(
      "ul",
      { class: "dg-domain-levels" },
      ...result.domains.map((d) =>
        h(
          "li",
          { "data-domain-level": d.domainId },
          h("strong", {}, `${data.domains[d.domainId] ?? d.domainId}${NBSP}: `),
          d.level === null ? `${NO_LEVEL}.` : `${data.levels[d.level].label}.`,
        ),
      ),
    ),
    ...levelMeanings(result, data),
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
  );
  fillMediatorDetail(result, data, detail);
}

/**
 * La Coop's values load with the results, from their own chunk (`import()`): off the page's first
 * view. Shown on the results, completed once the orientation is computed.
 */
export function loadCoopValues(tool: Tool): void {
  import("./coop").then(
    ({ showCoopValues }) => showCoopValues(tool),
    () =>
      tool.alert(
        "Les valeurs pour le compte rendu d’activité n’ont pas pu être chargées. Rechargez la page.",
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
  renderResults(tool.result, tool.data, {
    body: tool.$(".dg-results-body"),
    detail: tool.$(".dg-detail"),
  });
  tool.dataset.scored = "";
  loadCoopValues(tool);
}

export const showResults = (tool: Tool): Shown => ({
  heading: tool.$("#dg-results-title"),
  message: "Résultats du diagnostic affichés.",
});
