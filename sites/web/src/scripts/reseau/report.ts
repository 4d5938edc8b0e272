/**
 * The network report, drawn from the package’s `networkReport`: it computes nothing itself. Centres: the
 * completeness, the network beside the surveys (chart + table), the distribution per domain and item, the
 * list of centres. Mediators: the same distribution and the training needs, with the package’s reason where
 * a figure is withheld (fewer than `MIN_GROUP` self-assessments). Then every file set aside, and why.
 */
import type {
  GroupFigures,
  Instrument,
  ItemFigures,
  NetworkReport,
  Withheld,
} from "@mediation-numerique/auto-evaluation/engine";
import { formatNumber, h } from "./dom";
import { surveyChart, surveyTable } from "./chart";
import type { PageSetAside } from "./collect";

const whole = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const share = (value: number | null) =>
  value === null ? "—" : `${whole.format(value * 100)}\u00a0%`;
const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" });

const isWithheld = (value: object): value is Withheld => "withheld" in value;
const th = (text: string, numeric = false) =>
  h("th", { scope: "col", ...(numeric ? { class: "num" } : {}) }, text);
const num = (text: string) => h("td", { class: "num" }, text);

function section(id: string, title: string, ...children: (Node | null)[]) {
  return h(
    "section",
    { class: "net-section", "aria-labelledby": id },
    h("h4", { id }, title),
    ...children,
  );
}

function completenessText(report: NetworkReport, what: string): HTMLElement {
  const { completeness } = report;
  if (isWithheld(completeness))
    return h("p", { class: "notice" }, completeness.withheld);
  return h(
    "p",
    {},
    `Complétude des ${what}\u00a0: ${share(completeness.mean)} des questions traitées en moyenne (médiane ${share(completeness.median)})\u202f; ${completeness.complete} sur ${completeness.documents} ${completeness.complete > 1 ? "sont complètes" : "est complète"}.`,
  );
}

/** One table of level counts: one row per domain or item, a column per level. */
function levelsTable(
  caption: string,
  rows: readonly ((GroupFigures | ItemFigures | Withheld) & { name: string })[],
  instrument: Instrument,
): HTMLTableElement {
  const levels = instrument.scale.levels;
  return h(
    "table",
    { class: "net-table" },
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("Question"),
        ...levels.map((level) => th(level.label, true)),
        th("Non concerné", true),
        th("Sans réponse", true),
        th(`Médiane (1 à ${levels.length})`, true),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((row) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, row.name),
          isWithheld(row)
            ? h("td", { colspan: String(levels.length + 3) }, row.withheld)
            : [
                ...levels.map((level) =>
                  num(String(row.distribution[level.id] ?? 0)),
                ),
                num(String(row.notApplicable)),
                num(String(row.unanswered)),
                num(formatNumber(row.median)),
              ],
        ),
      ),
    ),
  );
}

/** The distribution per domain, then one table per domain with its items. */
function distribution(
  report: NetworkReport,
  instrument: Instrument,
  itemLabels: Readonly<Record<string, string>>,
): HTMLElement[] {
  const groups = levelsTable(
    "Tous les domaines\u00a0: nombre de réponses à chaque niveau",
    report.groups.map((group) => ({ ...group, name: group.label })),
    instrument,
  );
  groups.dataset.netDomains = "";
  const perGroup = report.groups.map((group) =>
    levelsTable(
      `${group.label}\u00a0: nombre de réponses à chaque niveau, question par question`,
      report.items
        .filter((item) => item.group === group.group)
        .map((item) => ({ ...item, name: itemLabels[item.item] ?? item.item })),
      instrument,
    ),
  );
  return [groups, ...perGroup].map((table) =>
    h(
      "div",
      {
        class: "table-scroll",
        tabindex: "0",
        role: "region",
        "aria-label": table.caption?.textContent ?? "",
      },
      table,
    ),
  );
}

function centresTable(report: NetworkReport): HTMLTableElement {
  return h(
    "table",
    { class: "net-table", "data-net-centres": "" },
    h("caption", {}, "Les centres comptés, par nom"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("Centre"),
        th("Commune"),
        th("Mis à jour le"),
        th("Complétude", true),
        th("Fichier"),
      ),
    ),
    h(
      "tbody",
      {},
      report.centres.map((centre) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, centre.structure?.nom ?? "Sans nom"),
          h("td", {}, centre.structure?.commune ?? "—"),
          h("td", {}, date.format(new Date(centre.updatedAt))),
          num(share(centre.completion)),
          h("td", {}, centre.name),
        ),
      ),
    ),
  );
}

/** The centres’ report. */
export function centreReport(
  report: NetworkReport,
  instrument: Instrument,
  itemLabels: Readonly<Record<string, string>>,
  width: number,
): HTMLElement[] {
  return [
    section(
      "reseau-centres-chiffres",
      "Le réseau à côté des enquêtes de 2017 et 2022",
      completenessText(report, "auto-évaluations"),
      surveyChart(report.indicators, width),
      h(
        "div",
        {
          class: "table-scroll",
          tabindex: "0",
          role: "region",
          "aria-label": "Tableau : le réseau à côté des enquêtes",
        },
        surveyTable(report.indicators),
      ),
    ),
    section(
      "reseau-centres-domaines",
      "Les réponses par domaine",
      ...distribution(report, instrument, itemLabels),
    ),
    section(
      "reseau-centres-liste",
      "Les centres",
      h(
        "div",
        {
          class: "table-scroll",
          tabindex: "0",
          role: "region",
          "aria-label": "Tableau : les centres",
        },
        centresTable(report),
      ),
    ),
  ];
}

/** The mediators’ report: nothing from fewer than five self-assessments, and the package says why. */
export function mediateurReport(
  report: NetworkReport,
  instrument: Instrument,
  itemLabels: Readonly<Record<string, string>>,
): HTMLElement[] {
  const training = report.training;
  return [
    section(
      "reseau-mediateurs-besoins",
      "Les besoins de formation",
      completenessText(report, "auto-évaluations"),
      ...(training
        ? [
            h(
              "ul",
              {},
              training.domains.map((domain) =>
                h(
                  "li",
                  {},
                  isWithheld(domain)
                    ? `${domain.label}\u00a0: ${domain.withheld}`
                    : `${domain.label}\u00a0: ${domain.withGaps} auto-évaluations sur ${domain.documents} montrent un écart au niveau visé (${share(domain.share)}).`,
                ),
              ),
            ),
            training.trainings.length > 0
              ? h(
                  "p",
                  {},
                  `Formations les plus souvent suggérées\u00a0: ${training.trainings.map((t) => `${t.training.label} (${t.documents})`).join("\u202f; ")}.`,
                )
              : null,
            ...training.withheld.map((reason) =>
              h("p", { class: "notice" }, reason),
            ),
          ]
        : []),
    ),
    section(
      "reseau-mediateurs-domaines",
      "Les réponses par domaine",
      ...distribution(report, instrument, itemLabels),
    ),
  ];
}

/** Every file set aside: first those the page did not read, then the package’s, with their reasons. */
export function setAsideTable(
  page: readonly PageSetAside[],
  reports: readonly NetworkReport[],
): HTMLElement {
  const rows = [...page, ...reports.flatMap((report) => report.setAside)];
  if (rows.length === 0)
    return h("p", {}, "Aucun fichier n’a été mis de côté.");
  return h(
    "div",
    {
      class: "table-scroll",
      tabindex: "0",
      role: "region",
      "aria-label": "Tableau : les fichiers mis de côté",
    },
    h(
      "table",
      { class: "net-table", "data-net-set-aside": "" },
      h(
        "caption",
        {},
        `${rows.length} fichier${rows.length > 1 ? "s" : ""}, chacun avec son motif`,
      ),
      h("thead", {}, h("tr", {}, th("Fichier"), th("Motif"))),
      h(
        "tbody",
        {},
        rows.map((row) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, row.name),
            h("td", {}, row.reason),
          ),
        ),
      ),
    ),
  );
}
