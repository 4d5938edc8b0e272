/**
 * The orientation step: `explain()` from the orientation package, loaded with the page (so that it
 * works offline once the page is loaded): its recommendations rendered with their reasons and
 * sources, the facts the mediator gave (« à demander » for those left unanswered), and the package's
 * questions still worth asking.
 */
import type { AutonomyLevelId } from "@mediation-numerique/diagnostic";
import {
  explain,
  OrientationInputError,
  type Explanation,
} from "@mediation-numerique/orientation";
import { h, NBSP, NNBSP, quoted } from "../ui";
import { orientationProblems } from "./problems";
import type { ClientData, Request, Tool } from "./types";

const TO_ASK = "à demander";
const FACT_LABELS = {
  urgent: "Démarche urgente",
  hasTime: "Du temps maintenant",
  wantsToLearn: "Envie d’apprendre à le faire",
} as const;

/** What the mediator said of the person's situation; a fact left unanswered is « à demander », never « non ». */
function describedFacts(request: Request, data: ClientData): HTMLElement {
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? TO_ASK : value ? "oui" : "non";
  const facts = Object.entries(FACT_LABELS) as [
    keyof typeof FACT_LABELS,
    string,
  ][];
  return h(
    "ul",
    { class: "dg-facts" },
    ...facts.map(([fact, label]) =>
      h(
        "li",
        { "data-fact": fact },
        `${label}${NBSP}: ${yesNo(request[fact])}`,
      ),
    ),
    h(
      "li",
      { "data-fact": "nearby" },
      `Près de chez la personne${NBSP}: ${
        request.nearby === undefined
          ? TO_ASK
          : request.nearby.length === 0
            ? "aucun de ces lieux"
            : request.nearby.map((a) => data.actors[a] ?? a).join(`${NNBSP}; `)
      }`,
    ),
  );
}

/** The package's questions still worth asking: their answers could change the orientation. */
const questionsToAsk = (questions: Explanation["questions"]) =>
  questions.length === 0
    ? []
    : [
        h("h4", {}, "À demander à la personne"),
        h("p", {}, "Ces réponses peuvent changer l’orientation."),
        h(
          "ul",
          { class: "dg-to-ask" },
          ...questions.map((q) => h("li", { "data-fact": q.fact }, q.question)),
        ),
      ];

export function orientAndRender(
  request: Request,
  autonomy: AutonomyLevelId | null,
  data: ClientData,
  target: HTMLElement,
): number {
  let explanation: Explanation;
  try {
    explanation = explain({ ...request, ...(autonomy ? { autonomy } : {}) });
  } catch (error) {
    if (error instanceof OrientationInputError)
      throw new Error(
        `La demande n’a pas pu être lue${NBSP}: ${orientationProblems(error)}`,
      );
    throw error;
  }
  const { recommendations, questions } = explanation;
  target.replaceChildren(
    h("h3", { tabindex: "-1" }, "Propositions d’orientation"),
    autonomy
      ? h(
          "p",
          {},
          `Calculées avec le repère global du diagnostic${NBSP}: ${data.levels[autonomy]?.label ?? autonomy}.`,
        )
      : h(
          "p",
          {},
          "Calculées sans repère global (le diagnostic n’en donne pas).",
        ),
    h("h4", {}, "La demande décrite"),
    describedFacts(request, data),
    ...questionsToAsk(questions),
    ...(recommendations.some((r) => r.sources.some((s) => s.interpretation))
      ? [
          h(
            "p",
            { class: "dg-interpretation-help" },
            `Une source marquée ${quoted("Interprétation")} est une lecture du passage par le projet, ou un choix du projet, et non ce que le passage dit en toutes lettres${NBSP}: la note dit ce qui est lu ou choisi.`,
          ),
        ]
      : []),
    h(
      "ol",
      { class: "dg-reco-list" },
      ...recommendations.map((r, i) =>
        h(
          "li",
          { class: "dg-reco", "data-actor": r.actor, "data-mode": r.mode },
          h(
            "h4",
            {},
            `${data.actors[r.actor] ?? r.actor}${i === 0 ? " (proposition principale)" : ""}`,
          ),
          h(
            "p",
            {},
            h("strong", {}, `Mode${NBSP}: `),
            data.modes[r.mode] ?? r.mode,
          ),
          h(
            "p",
            {},
            h("strong", {}, `Pour${NBSP}: `),
            r.needs.map((n) => data.needs[n] ?? n).join(`${NNBSP}; `),
          ),
          h("p", {}, h("strong", {}, `Pourquoi${NBSP}: `), r.reason),
          h("p", { class: "dg-sources-title" }, h("strong", {}, "Sources")),
          h(
            "ul",
            { class: "dg-sources" },
            ...r.sources.map((s) =>
              h(
                "li",
                {},
                h("cite", {}, data.documents[s.document] ?? s.document),
                `, ${quoted(s.section)}`,
                s.quote ? `${NBSP}: ${quoted(s.quote)}` : "",
                s.interpretation &&
                  h(
                    "p",
                    { class: "dg-interpretation" },
                    h("strong", {}, `Interprétation${NBSP}: `),
                    s.interpretation,
                  ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // The resident's sheet, loaded only now: the first view does not carry it.
  const tool = target.closest<Tool>("diagnostic-tool");
  if (tool)
    void import("./sheet").then((sheet) =>
      sheet.showSheet(tool, recommendations),
    );
  return recommendations.length;
}
