/**
 * « Pour le compte rendu d’activité (La Coop) »: the values a mediator copies into La Coop de la
 * médiation numérique’s activity report, with La Coop’s own labels. Everything comes from the
 * packages (`coopValuesFromDiagnostic`, `coopValuesFromOrientation`, `coopReportLines`,
 * `coopReportText`, their readings and sources); the site only lays it out and copies the text.
 * Loaded with `import()` once the results are shown: it stays off the page’s first view.
 */
import {
  COOP_COMMIT,
  COOP_CRA_PATH,
  COOP_DOCUMENT,
  COOP_MATERIEL_READING,
  coopValuesFromDiagnostic,
} from "@mediation-numerique/diagnostic";
import {
  COOP_DIAGNOSTIC_THEMATIQUE,
  COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE,
  COOP_THEMATIQUES_BY_NEED,
  coopReportLines,
  coopReportText,
  coopValuesFromOrientation,
  explain,
  type CoopReportInput,
  type CoopReportLine,
} from "@mediation-numerique/orientation";
import { announce, h, NBSP } from "../ui";
import type { Tool } from "./types";

/** The text « Copier » puts on the clipboard, for the section on screen. */
const copied = new WeakMap<HTMLElement, string>();

/** The report’s input: the diagnostic’s values, and the orientation’s once it was computed. */
function reportInput(tool: Tool): {
  input: CoopReportInput;
  needs: readonly string[];
  procedure?: string;
} {
  const diagnostic = coopValuesFromDiagnostic(tool.result);
  const request = tool.session.request;
  if (!request || tool.dataset.oriented === undefined)
    return { input: { diagnostic }, needs: [] };
  const autonomy = tool.result?.overall.level;
  const explanation = explain({
    ...request,
    ...(autonomy ? { autonomy } : {}),
  });
  return {
    input: { diagnostic, orientation: coopValuesFromOrientation(explanation) },
    needs: request.needs,
    procedure: request.procedure,
  };
}

/** The packages’ readings behind the values shown: what La Coop does not say, and we propose. */
function readings(
  lines: CoopReportLine[],
  needs: readonly string[],
  procedure?: string,
): string[] {
  const shown = new Set(lines.map((line) => line.field));
  const byNeed = COOP_THEMATIQUES_BY_NEED as Record<
    string,
    { source: { interpretation?: string } }
  >;
  const byProcedure = COOP_THEMATIQUE_ADMINISTRATIVE_BY_PROCEDURE as Record<
    string,
    { source: { interpretation?: string } }
  >;
  const notes = [
    shown.has("materiel") ? COOP_MATERIEL_READING.interpretation : undefined,
    COOP_DIAGNOSTIC_THEMATIQUE.source.interpretation,
    ...needs.map((need) => byNeed[need]?.source.interpretation),
    shown.has("thematiquesAdministratives") && procedure
      ? byProcedure[procedure]?.source.interpretation
      : undefined,
  ];
  return [...new Set(notes.filter((note): note is string => Boolean(note)))];
}

/**
 * La Coop’s activity-report folder at the commit the labels were read from: where to check them.
 * The file of each field is in the packages (`COOP_DIAGNOSTIC_SOURCES`, `COOP_ORIENTATION_SOURCES`).
 */
const COOP_FOLDER_URL = `${COOP_DOCUMENT.url}/tree/${COOP_COMMIT}/${COOP_CRA_PATH}`;

/** Fills the section with the current values and shows it. */
export function showCoopValues(tool: Tool): void {
  const section = tool.$(".dg-coop-section");
  const { input, needs, procedure } = reportInput(tool);
  const lines = coopReportLines(input);
  copied.set(section, coopReportText(input));
  tool
    .$(".dg-coop-lines")
    .replaceChildren(
      ...lines.flatMap(({ field, label, value }) => [
        h("dt", { "data-coop-field": field }, label),
        h("dd", {}, value),
      ]),
    );
  tool
    .$(".dg-coop-reading")
    .replaceChildren(
      ...readings(lines, needs, procedure).map((note) => h("li", {}, note)),
    );
  tool
    .$(".dg-coop-source")
    .replaceChildren(
      `Source${NBSP}: libellés du formulaire de La Coop, `,
      h(
        "a",
        { href: COOP_FOLDER_URL },
        `dépôt coop-mediation-numerique, dossier ${COOP_CRA_PATH.split("/").pop()}`,
      ),
      `, version ${COOP_COMMIT.slice(0, 7)}.`,
    );
  const textarea = tool.$<HTMLTextAreaElement>(".dg-coop-text");
  textarea.hidden = true;
  if (section.dataset.wired === undefined) {
    section.dataset.wired = "";
    tool
      .$(".dg-coop-copy")
      .addEventListener("click", () => void copy(tool, section));
  }
  // The mediator may have gone back to the questions while this module loaded.
  section.hidden = tool.session.step.kind === "question";
}

/** « Copier »: the clipboard, or else the text selected for Ctrl+C. */
async function copy(tool: Tool, section: HTMLElement): Promise<void> {
  const text = copied.get(section) ?? "";
  const status = tool.$(".dg-coop-status");
  try {
    await navigator.clipboard.writeText(text);
    announce(status, "Copié");
  } catch {
    const textarea = tool.$<HTMLTextAreaElement>(".dg-coop-text");
    textarea.value = text;
    textarea.hidden = false;
    textarea.focus();
    textarea.select();
    announce(status, `Sélectionné${NBSP}: copiez avec Ctrl+C`);
  }
}
