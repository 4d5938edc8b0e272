/** The mediator self-assessment: choice of référentiels, profile chart, strengths, gaps, training leads, progress. */
import {
  compare,
  serialize,
  trainingLeads,
  type AssessmentDocument,
  type Comparison,
  type ItemResult,
} from "@mediation-numerique/auto-evaluation/engine";
import { loadFromSlot, openSlot, readChosenFile } from "../../tools/persist";
import { STORAGE_KEYS } from "../../components/auto-evaluation/ids";
import {
  formatDate,
  formatNumber,
  formatSigned,
  h,
  itemLink,
  levelLabel,
  problemsOf,
  nextTask,
  readInstrument,
  profileChart,
  profileTable,
  readDocument,
  startTool,
  type ToolContext,
} from "./tool";
import { startSteps } from "./steps";

const root = document.querySelector<HTMLElement>("[data-ae-tool=mediateur]");
if (root) void start(root);

/** Starts the tool after the packages’ own start, in tasks of their own (see `nextTask`). */
async function start(root: HTMLElement): Promise<void> {
  await nextTask();
  const instrument = readInstrument(root);
  if (!instrument) return;
  const choiceSlot = openSlot(STORAGE_KEYS.choice, "local");
  const referenceSlot = openSlot(STORAGE_KEYS.reference, "local");
  const boxes = [
    ...root.querySelectorAll<HTMLInputElement>("[data-ae-choice] input"),
  ];
  const choiceError = root.querySelector<HTMLElement>("#referentiels-erreur")!;
  const referenceStatus = root.querySelector<HTMLElement>(
    "[data-ae-reference-status]",
  )!;
  const referenceMessage = root.querySelector<HTMLElement>(
    "[data-ae-reference-message]",
  )!;
  const referenceInput = root.querySelector<HTMLInputElement>(
    "[data-ae-reference-import]",
  )!;
  let reference: AssessmentDocument | null = null;
  /** Follows a new choice of référentiels in the steps (set once the steps start). */
  let updateSteps = () => {};

  const chosen = (): Set<string> => {
    const ids = boxes.filter((box) => box.checked).map((box) => box.value);
    return new Set(ids.length ? ids : boxes.map((box) => box.value));
  };
  /** The chosen référentiels, for the package’s `profile` and `compare`. */
  const scope = () => [...chosen()];
  const applyChoice = () => {
    const ids = chosen();
    const none = boxes.every((box) => !box.checked);
    choiceError.textContent = none
      ? "Choisissez au moins un référentiel : en attendant, tous sont affichés."
      : "";
    root
      .querySelectorAll<HTMLElement>("[data-referentiel]")
      .forEach((element) => {
        element.hidden = !ids.has(element.dataset.referentiel!);
      });
  };
  const saveChoice = () =>
    choiceSlot.write(
      JSON.stringify(boxes.filter((b) => b.checked).map((b) => b.value)),
    );
  try {
    const saved = JSON.parse(choiceSlot.read() ?? "null") as unknown;
    if (Array.isArray(saved) && saved.length > 0)
      boxes.forEach((box) => (box.checked = saved.includes(box.value)));
    else if (boxes.some((box) => !box.checked)) saveChoice(); // chosen while the script loaded
  } catch {
    /* an unreadable preference: keep every référentiel */
  }
  applyChoice();

  const loaded = loadFromSlot(referenceSlot, (text) =>
    readDocument(text, instrument),
  );
  if (loaded.kind === "loaded") reference = loaded.document;

  const showReference = () => {
    referenceStatus.textContent = reference
      ? `Bilan de référence du ${formatDate(reference.updatedAt)}.`
      : "Aucun bilan de référence.";
  };
  showReference();

  const progressSection = (context: ToolContext, box: HTMLElement) => {
    box.append(h("h3", {}, "Vos progrès depuis le bilan de référence"));
    if (!reference) {
      box.append(
        h(
          "p",
          {},
          "Pas encore de bilan de référence : enregistrez ce bilan comme référence (section « Vos données »), ou importez un bilan exporté auparavant, pour suivre vos progrès.",
        ),
      );
      return;
    }
    let comparison: Comparison;
    try {
      comparison = compare(reference, context.document(), instrument, {
        referentiels: scope(),
      });
    } catch (error) {
      box.append(h("p", {}, problemsOf(error)[0]?.message ?? ""));
      return;
    }
    const groups = comparison.groups;
    const moved = groups.filter(
      (g) => g.meanChange !== null && g.meanChange !== 0,
    );
    box.append(
      h(
        "p",
        {},
        `Depuis le bilan du ${formatDate(comparison.from)}, votre moyenne générale passe de ${formatNumber(comparison.overall.before.mean)} à ${formatNumber(comparison.overall.after.mean)} (${formatSigned(comparison.overall.meanChange)}). ${comparison.improved.length} item(s) en hausse, ${comparison.declined.length} en baisse.`,
      ),
      moved.length === 0
        ? h("p", {}, "Aucun domaine n’a changé de moyenne.")
        : h(
            "ul",
            {},
            moved.map((g) =>
              h(
                "li",
                {},
                `${g.label} : ${(g.meanChange ?? 0) > 0 ? "en hausse" : "en baisse"} de ${formatNumber(Math.abs(g.meanChange ?? 0))} (de ${formatNumber(g.before.mean)} à ${formatNumber(g.after.mean)}).`,
              ),
            ),
          ),
      h(
        "table",
        { tabindex: "0" }, // scrolls sideways on a phone (see profileTable)
        h(
          "caption",
          {},
          `Progrès par domaine depuis le bilan du ${formatDate(comparison.from)}`,
        ),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Domaine"),
            h("th", { scope: "col", class: "num" }, "Moyenne avant"),
            h("th", { scope: "col", class: "num" }, "Moyenne maintenant"),
            h("th", { scope: "col", class: "num" }, "Évolution"),
          ),
        ),
        h(
          "tbody",
          {},
          groups.map((g) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, g.label),
              h("td", { class: "num" }, formatNumber(g.before.mean)),
              h("td", { class: "num" }, formatNumber(g.after.mean)),
              h("td", { class: "num" }, formatSigned(g.meanChange)),
            ),
          ),
        ),
      ),
    );
  };

  const itemList = (items: readonly ItemResult[]) =>
    h(
      "ul",
      {},
      items.map((item) =>
        h(
          "li",
          {},
          itemLink(item.item),
          ` — « ${levelLabel(instrument, item.level)} »`,
        ),
      ),
    );

  const context = await startTool(root, instrument, {
    scope,
    onChange(context, target) {
      if (!target.closest("[data-ae-choice]")) return false;
      applyChoice();
      saveChoice();
      context.refresh();
      updateSteps();
      return true;
    },
    onErase() {
      referenceSlot.remove();
      choiceSlot.remove();
      reference = null;
      boxes.forEach((box) => (box.checked = true));
      applyChoice();
      updateSteps();
      showReference();
    },
    results(context, result, box) {
      // The profile is computed on the chosen référentiels only (`scope`): leads name none of the others.
      const { groups, strengths, gaps } = result;
      const target = levelLabel(instrument, result.target);
      const leads = trainingLeads(result);
      box.append(
        h("h3", { id: "profil-titre" }, "Votre profil par domaine"),
        profileChart(
          groups,
          result,
          instrument,
          box.clientWidth || 600,
          "profil-titre",
        ),
        profileTable(
          groups,
          result,
          "Profil par domaine : moyenne sur l’échelle d’autonomie",
        ),
        h("h3", {}, "Vos points forts"),
        strengths.length
          ? itemList(strengths)
          : h(
              "p",
              {},
              `Aucun item évalué au niveau visé (« ${target} ») ou au-dessus pour l’instant.`,
            ),
        h("h3", {}, "Vos écarts au niveau visé"),
        gaps.length
          ? itemList(gaps)
          : h(
              "p",
              {},
              `Aucun item évalué sous le niveau visé (« ${target} »).`,
            ),
        h("h3", {}, "Pistes de formation"),
        leads.length === 0
          ? h(
              "p",
              {},
              "Les pistes apparaissent pour les domaines où vous avez des écarts.",
            )
          : h(
              "div",
              {},
              h(
                "p",
                { class: "meta" },
                "Formations citées par le plan national de formation de l’ANCT (2021) ; leur rapprochement avec les domaines est une lecture de ce projet, pas de la source.",
              ),
              leads.map((lead) =>
                h(
                  "section",
                  { class: "ae-lead" },
                  h("h4", {}, lead.label),
                  lead.rationale ? h("p", {}, lead.rationale) : null,
                  h(
                    "ul",
                    {},
                    lead.trainings.map((t) =>
                      h(
                        "li",
                        {},
                        h("strong", {}, t.label),
                        ` — ${t.description}`,
                      ),
                    ),
                  ),
                ),
              ),
            ),
      );
      progressSection(context, box);
    },
  });

  updateSteps = startSteps(context, () => {
    const ids = chosen();
    return instrument.groups
      .filter((g) => ids.has(g.referentielId))
      .map((g) => g.id);
  });

  root
    .querySelector("[data-ae-reference-save]")!
    .addEventListener("click", () => {
      reference = context.document();
      if (!referenceSlot.write(serialize(reference)))
        context.warn(
          "Le bilan de référence n’a pas pu être enregistré dans ce navigateur : il reste en mémoire pour cette visite.",
        );
      showReference();
      context.refresh();
      context.say(
        `Bilan du ${formatDate(reference.updatedAt)} enregistré comme référence.`,
      );
    });
  root
    .querySelector("[data-ae-reference-forget]")!
    .addEventListener("click", () => {
      reference = null;
      referenceSlot.remove();
      showReference();
      context.refresh();
      context.say("Bilan de référence oublié.");
    });
  referenceInput.addEventListener("change", async () => {
    const file = referenceInput.files?.[0];
    if (!file) return;
    referenceInput.removeAttribute("aria-invalid");
    try {
      const { document: imported } = readDocument(
        await readChosenFile(file),
        instrument,
      );
      compare(imported, context.document(), instrument);
      reference = imported;
      referenceSlot.write(serialize(imported));
      showReference();
      context.refresh();
      referenceMessage.className = "ae-file-message";
      referenceMessage.textContent = `Bilan du ${formatDate(imported.updatedAt)} importé comme référence.`;
    } catch (error) {
      referenceInput.setAttribute("aria-invalid", "true");
      referenceMessage.className = "ae-file-message ae-error";
      referenceMessage.textContent = `Le fichier « ${file.name} » n’a pas été importé comme référence : ${problemsOf(
        error,
      )
        .slice(0, 3)
        .map((p) => p.message)
        .join(" ")} Votre bilan de référence n’a pas changé.`;
    } finally {
      referenceInput.value = "";
      context.say(referenceMessage.textContent ?? "");
    }
  });
}
