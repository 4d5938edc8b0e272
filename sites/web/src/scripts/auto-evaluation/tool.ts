/**
 * The island shared by the two self-assessment tools. It wires the server-rendered form to the package’s
 * versioned document: every change goes through `parse` and is saved (`serialize`) in localStorage, a reload
 * resumes through `parse` + `migrate`, files are exported and imported through the same functions. It computes
 * nothing itself: profiles, comparisons and leads come from `@mediation-numerique/auto-evaluation`.
 */
import {
  AutoEvaluationError,
  createDocument,
  instrumentFromJSON,
  migrate,
  parse,
  profile,
  serialize,
  type AssessmentDocument,
  type AssessmentProfile,
  type GroupProfile,
  type Instrument,
  type MigrationChange,
  type Problem,
} from "@mediation-numerique/auto-evaluation/engine";
import {
  announce,
  downloadJson,
  loadFromSlot,
  openSlot,
  readChosenFile,
  type Slot,
} from "../../tools/persist";
import { fieldId } from "../../components/auto-evaluation/ids";

export const STORAGE_WARNING =
  "Ce navigateur refuse l’enregistrement (navigation privée, stockage désactivé ou plein) : vos réponses restent en mémoire pour cette visite seulement. Exportez-les dans un fichier pour les garder.";

/** Shows a lasting warning once (every warning of the tool uses the same region). */
export function showWarning(root: HTMLElement, message: string): void {
  const region = root.querySelector<HTMLElement>("[data-ae-warning]");
  if (!region || region.textContent?.includes(message)) return;
  const line = document.createElement("span");
  line.className = "ae-warning-line";
  line.textContent = `${message} `;
  region.append(line);
  region.hidden = false;
}

/**
 * The instrument embedded in the page at build time (`<script type="application/json" data-ae-instrument>`:
 * IDs, domains, versions and the scale, no item text), validated by the package. Without it the form stays a
 * plain HTML form and a warning says so.
 */
export function readInstrument(root: HTMLElement): Instrument | undefined {
  try {
    return instrumentFromJSON(
      root.querySelector("script[data-ae-instrument]")?.textContent ?? "",
    );
  } catch {
    showWarning(
      root,
      "L’outil n’a pas pu démarrer (description de l’instrument illisible dans la page) : rechargez la page. Les questions restent lisibles, mais vos réponses ne sont pas enregistrées.",
    );
    return undefined;
  }
}

type Answers = AssessmentDocument["answers"];
type Child = Node | string | null | undefined | false;

/** Creates an element: `h("p", { class: "meta" }, "texte", child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  for (const child of children.flat())
    if (child !== null && child !== undefined && child !== false)
      element.append(child);
  return element;
}

const SVG = "http://www.w3.org/2000/svg";
function s(tag: string, attributes: Record<string, string | number>): Element {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, String(value));
  return element;
}

const numberFormat = new Intl.NumberFormat("fr-FR", {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
/** A mean or a change, in French (« 2,5 »), or « — » when there is none. */
export const formatNumber = (value: number | null): string =>
  value === null ? "—" : numberFormat.format(value);
export const formatSigned = (value: number | null): string =>
  value === null
    ? "—"
    : value > 0
      ? `+${numberFormat.format(value)}`
      : numberFormat.format(value);
export const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat("fr-FR", {
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(iso));

/** The French messages of a package error (they are French already), or of any other error. */
export function problemsOf(error: unknown): readonly Problem[] {
  if (error instanceof AutoEvaluationError) return error.problems;
  return [
    {
      path: [],
      code: "unknown",
      message: error instanceof Error ? error.message : String(error),
    },
  ];
}
const describeProblems = (problems: readonly Problem[]): string =>
  problems
    .slice(0, 3)
    .map((problem) => problem.message)
    .join(" ") +
  (problems.length > 3
    ? ` (et ${problems.length - 3} autre(s) problème(s))`
    : "");

/** What `migrate` changed, in one French sentence (or nothing when the document was current). */
export function migrationMessage(
  changes: readonly MigrationChange[],
): string | undefined {
  if (changes.length === 0) return undefined;
  const added = changes.filter((c) => c.type === "item-added").length;
  const withdrawn = changes.filter(
    (c) => c.type === "item-withdrawn" && c.answered,
  ).length;
  const notAssessed = changes.filter(
    (c) => c.type === "item-not-assessed" && c.answered,
  ).length;
  const parts = [
    "Vos réponses ont été mises à jour vers la version actuelle des référentiels",
  ];
  if (added) parts.push(`${added} nouvel(s) item(s) à évaluer`);
  if (withdrawn)
    parts.push(
      `${withdrawn} réponse(s) à des items retirés mise(s) de côté dans le document`,
    );
  if (notAssessed)
    parts.push(
      `${notAssessed} réponse(s) retirée(s)\u00a0: ces items, au texte incomplet dans le référentiel, ne sont plus évalués`,
    );
  return `${parts.join(" ; ")}.`;
}

/** Reads a saved or imported text through the package: parse, then migrate to the current référentiels. */
export function readDocument(
  text: string,
  instrument: Instrument,
): { document: AssessmentDocument; message?: string } {
  // The package checks the document against the instrument (another instrument’s file: « wrong-instrument »).
  const raw = parse(text, { instrument });
  const { document, changes } = migrate(raw, instrument);
  const message = migrationMessage(changes);
  return message === undefined ? { document } : { document, message };
}

/**
 * The parts of a tool that hold questions: the tool itself and, in a stepped tool, the <template> of
 * each domain that is not on screen (a domain is always in one of them, with its answers).
 */
export const questionScopes = (root: ParentNode): ParentNode[] => [
  root,
  ...[...root.querySelectorAll("template")].map((t) => t.content),
];
const queryAll = <E extends Element>(root: ParentNode, selector: string): E[] =>
  questionScopes(root).flatMap((scope) => [
    ...scope.querySelectorAll<E>(selector),
  ]);

/** Label and link of an item, read from the server-rendered form (the island ships no référentiel text). */
export function itemInfo(id: string): { label: string; href: string } {
  const fieldset = queryAll(document, `[id="${fieldId(id)}"]`)[0];
  return {
    label: fieldset?.querySelector("legend")?.textContent?.trim() ?? id,
    href:
      fieldset?.querySelector("a[data-item-link]")?.getAttribute("href") ?? "#",
  };
}
export const itemLink = (id: string): HTMLAnchorElement => {
  const { label, href } = itemInfo(id);
  return h("a", { href }, label);
};

/** The level label of the instrument’s scale. */
export const levelLabel = (instrument: Instrument, id: string): string =>
  instrument.scale.levels.find((level) => level.id === id)?.label ?? id;

/** Splits `text` into lines no wider than `width` (measured with the chart’s font), at spaces only. */
function wrapLines(text: string, width: number, font: string): string[] {
  const context = document.createElement("canvas").getContext("2d")!;
  context.font = font;
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const longer = `${lines.at(-1)} ${word}`;
    if (lines.length && context.measureText(longer).width <= width)
      lines[lines.length - 1] = longer;
    else lines.push(word);
  }
  return lines;
}

/**
 * Horizontal bars of each domain’s mean on the scale (the package’s `profile`), from 1 to the top level,
 * with the target level as a dashed line. Each label wraps on as many lines as it needs at the chart’s width, its value glued to
 * its last word: nothing is cut on a phone. The SVG is an image named by the visible title `titleId` and
 * described by its caption; the table built after it carries the same values.
 */
export function profileChart(
  groups: readonly GroupProfile[],
  result: AssessmentProfile,
  instrument: Instrument,
  width: number,
  titleId: string,
): HTMLElement {
  const line = 19;
  const font = `15px ${getComputedStyle(document.body).fontFamily}`;
  // The scale starts at 1: a bar starts there too (2,5 on 1–4 is half-way, not 62 %).
  const x = (value: number) =>
    (((value - 1) / (result.maxScore - 1)) * width).toFixed(1);
  const captionId = `${titleId}-legende`;
  const shapes: Element[] = [];
  let y = 0;
  for (const group of groups) {
    const value =
      group.mean === null
        ? "non évalué"
        : `${formatNumber(group.mean)} sur ${result.maxScore}`;
    // « : » and the value never leave the label’s last word (no-break spaces).
    const label = `${group.label}\u00a0:\u00a0${value.replaceAll(" ", "\u00a0")}`;
    for (const text of wrapLines(label, width * 0.97, font)) {
      y += line;
      const element = s("text", { x: 0, y: y - 4 });
      element.textContent = text;
      shapes.push(element);
    }
    const top = y + 4;
    shapes.push(
      s("rect", { class: "ae-track", x: 0, y: top, width, height: 20 }),
    );
    if (group.mean !== null)
      shapes.push(
        s("rect", {
          class: "ae-bar",
          x: 0,
          y: top,
          width: x(group.mean),
          height: 20,
        }),
      );
    const target = x(result.targetScore);
    shapes.push(
      s("line", {
        class: "ae-target",
        x1: target,
        x2: target,
        y1: top - 4,
        y2: top + 24,
      }),
    );
    y = top + 34;
  }
  const svg = s("svg", {
    class: "ae-chart",
    viewBox: `0 0 ${width} ${y}`,
    width: "100%",
    role: "img",
    "aria-labelledby": titleId,
    "aria-describedby": captionId,
  });
  svg.append(...shapes);
  return h(
    "figure",
    { class: "ae-figure" },
    svg,
    h(
      "figcaption",
      { class: "meta", id: captionId },
      `Moyenne par domaine sur l’échelle de 1 (\u00ab\u00a0${instrument.scale.levels[0]?.label ?? ""}\u00a0\u00bb) à ${result.maxScore} (\u00ab\u00a0${instrument.scale.levels.at(-1)?.label ?? ""}\u00a0\u00bb)\u202f; en pointillés, le niveau visé (\u00ab\u00a0${levelLabel(instrument, result.target)}\u00a0\u00bb). Les mêmes valeurs sont dans le tableau qui suit.`,
    ),
  );
}

/** The profile per domain as a data table: the accessible version of the chart. */
export function profileTable(
  groups: readonly GroupProfile[],
  result: AssessmentProfile,
  caption: string,
): HTMLTableElement {
  const th = (text: string, numeric = false) =>
    h("th", { scope: "col", ...(numeric ? { class: "num" } : {}) }, text);
  // On a phone the table scrolls sideways (words are never cut): focusable, so the keyboard scrolls it too.
  return h(
    "table",
    { tabindex: "0" },
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("Domaine"),
        th(`Moyenne (sur ${result.maxScore})`, true),
        th("Items évalués", true),
        th("Non concerné", true),
        th("Sans réponse", true),
      ),
    ),
    h(
      "tbody",
      {},
      groups.map((group) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, group.label),
          h("td", { class: "num" }, formatNumber(group.mean)),
          h("td", { class: "num" }, `${group.answered} / ${group.items}`),
          h("td", { class: "num" }, String(group.notApplicable)),
          h("td", { class: "num" }, String(group.unanswered)),
        ),
      ),
    ),
  );
}

export interface ToolContext {
  readonly root: HTMLElement;
  readonly instrument: Instrument;
  readonly slot: Slot;
  /** The current document (always valid: it went through `parse`). */
  document(): AssessmentDocument;
  /** Replaces the document after validation, saves it and refreshes the page. */
  commit(next: AssessmentDocument): void;
  /** Says something in the live region. */
  say(message: string): void;
  /** Shows a lasting warning (storage refused, document set aside). */
  warn(message: string): void;
  /** Updates the progress texts, and the results when they are on screen. */
  refresh(): void;
  /** The profile of the last refresh (the package’s `profile`, on the chosen référentiels); none before. */
  profile(): AssessmentProfile | undefined;
}

export interface ToolOptions {
  /** Reads the page-specific fields from the form, when the engine starts on a form already touched. */
  adopt?(context: ToolContext): void;
  /** Writes the page-specific fields of the document into the form (centre indicators). */
  fill?(context: ToolContext, document: AssessmentDocument): void;
  /** Handles a change outside the items; returns true when it did. */
  onChange?(context: ToolContext, target: HTMLElement): boolean;
  /** Fills the results container. */
  results(
    context: ToolContext,
    result: AssessmentProfile,
    container: HTMLElement,
  ): void;
  /** Runs after « Tout effacer » was confirmed. */
  onErase?(context: ToolContext): void;
  /** The référentiels to profile (the mediator’s choice); all of the instrument’s when absent. */
  scope?(): string[] | undefined;
}

/**
 * A new task: the browser may paint and answer the person before the rest. Each call of the package
 * validates its arguments (the instrument included), so the start is cut in tasks of their own rather
 * than one long one (Lighthouse’s total blocking time).
 */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve));

/** Starts a tool on its server-rendered root; resolves once it is ready (`data-ready`). */
export async function startTool(
  root: HTMLElement,
  instrument: Instrument,
  options: ToolOptions,
): Promise<ToolContext> {
  const form = root.querySelector<HTMLFormElement>("[data-ae-form]")!;
  const live = root.querySelector<HTMLElement>("[data-ae-live]")!;
  const resultsBox = root.querySelector<HTMLElement>("[data-ae-results]")!;
  const resultsSection = root.querySelector<HTMLElement>("#resultats")!;
  const progress = root.querySelector<HTMLElement>("[data-ae-progress]")!;
  const importInput = root.querySelector<HTMLInputElement>("[data-ae-import]")!;
  const importMessage = root.querySelector<HTMLElement>(
    "[data-ae-import-message]",
  )!;
  const dialog = root.querySelector<HTMLDialogElement>("[data-ae-confirm]")!;
  const slot = openSlot(root.dataset.storageKey!, "local");
  const now = () => new Date().toISOString();
  // Created when first needed: on a first visit, nothing but the instrument is checked before the person acts.
  let current: AssessmentDocument | undefined;
  const doc = () => (current ??= createDocument(instrument, { date: now() }));
  let last: AssessmentProfile | undefined;

  const context: ToolContext = {
    root,
    instrument,
    slot,
    document: doc,
    commit(next) {
      current = parse({ ...next, updatedAt: now() }, { instrument });
      if (!slot.write(serialize(current))) context.warn(STORAGE_WARNING);
      context.refresh();
    },
    say: (message) => announce(live, message),
    warn: (message) => showWarning(root, message),
    profile: () => last,
    refresh() {
      const referentiels = options.scope?.();
      const result = (last = profile(
        doc(),
        instrument,
        referentiels ? { referentiels } : {},
      ));
      for (const group of result.groups) {
        const text = `${group.answered + group.notApplicable} / ${group.items} traité${group.items > 1 ? "s" : ""}`;
        queryAll(
          root,
          `[data-toc-progress="${group.group}"], [data-progress-for="${group.group}"]`,
        ).forEach((element) => (element.textContent = text));
      }
      const { items, answered, notApplicable } = result.overall;
      const done = answered + notApplicable;
      progress.textContent = `${done} item${done > 1 ? "s" : ""} traité${done > 1 ? "s" : ""} sur ${items}`;
      // Results off screen (a step not reached yet) are built when they show, not on every answer.
      if (resultsSection.hidden) return;
      resultsBox.replaceChildren();
      options.results(context, result, resultsBox);
    },
  };

  const answerOf = (fieldset: HTMLElement): Answers[string] => {
    const checked = fieldset.querySelector<HTMLInputElement>(
      "input[type=radio]:checked",
    );
    const comment =
      fieldset.querySelector<HTMLTextAreaElement>("textarea")?.value ?? "";
    return {
      ...(checked && !checked.hasAttribute("data-na")
        ? { level: checked.value }
        : {}),
      ...(checked?.hasAttribute("data-na") ? { notApplicable: true } : {}),
      ...(comment.trim() ? { comment } : {}),
    } as Answers[string];
  };

  const fill = (doc: AssessmentDocument) => {
    queryAll<HTMLFieldSetElement>(root, "fieldset[data-item]").forEach(
      (fieldset) => {
        const answer = doc.answers[fieldset.dataset.item!] ?? {};
        fieldset
          .querySelectorAll<HTMLInputElement>("input[type=radio]")
          .forEach((radio) => {
            radio.checked = radio.hasAttribute("data-na")
              ? answer.notApplicable === true
              : radio.value === answer.level;
          });
        const textarea = fieldset.querySelector("textarea");
        if (textarea) textarea.value = answer.comment ?? "";
        const details = fieldset.querySelector("details");
        if (details && answer.comment) details.open = true;
      },
    );
    options.fill?.(context, doc);
  };

  const onEdit = (event: Event) => {
    const target = event.target as HTMLElement;
    const fieldset = target.closest<HTMLElement>("fieldset[data-item]");
    if (fieldset) {
      context.commit({
        ...doc(),
        answers: {
          ...doc().answers,
          [fieldset.dataset.item!]: answerOf(fieldset),
        },
      });
      return;
    }
    options.onChange?.(context, target);
  };
  // On the whole tool: the mediator’s choice of référentiels sits in « Avant de commencer », outside the form.
  root.addEventListener("change", onEdit);
  root.addEventListener("input", (event) => {
    const target = event.target as HTMLInputElement;
    if (target.tagName === "TEXTAREA" || target.type === "number")
      onEdit(event);
  });
  // Nothing is sent: « Voir les résultats » of a one-page tool is handled by its page (centre.ts).
  form.addEventListener("submit", (event) => event.preventDefault());

  // Resume: the saved text goes through parse + migrate; an unreadable one is set aside, never dropped.
  const outcome = loadFromSlot(slot, (text) => readDocument(text, instrument));
  if (outcome.kind === "loaded") {
    current = outcome.document;
    if (outcome.message) {
      context.warn(outcome.message);
      slot.write(serialize(outcome.document));
    }
  } else if (outcome.kind === "set-aside") {
    context.warn(outcome.message);
  }
  if (!slot.available) context.warn(STORAGE_WARNING);
  if (outcome.kind === "loaded") fill(outcome.document);
  else {
    // Nothing saved: the person may have answered while the script loaded; the form holds those choices.
    const answers: Answers = {};
    form
      .querySelectorAll<HTMLElement>("fieldset[data-item]")
      .forEach((fieldset) => {
        const answer = answerOf(fieldset);
        if (Object.keys(answer).length > 0)
          answers[fieldset.dataset.item!] = answer;
      });
    if (Object.keys(answers).length > 0)
      context.commit({
        ...doc(),
        answers: { ...doc().answers, ...answers },
      });
    options.adopt?.(context);
  }

  root.querySelector("[data-ae-export]")!.addEventListener("click", () => {
    const name = `${root.dataset.exportName}-${doc().updatedAt.slice(0, 10)}.json`;
    downloadJson(name, serialize(doc()));
    context.say(`Fichier « ${name} » proposé au téléchargement.`);
  });
  root
    .querySelector("[data-ae-print]")!
    .addEventListener("click", () => window.print());
  importInput.addEventListener("change", async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    importInput.removeAttribute("aria-invalid");
    try {
      const { document: imported, message } = readDocument(
        await readChosenFile(file),
        instrument,
      );
      current = imported;
      if (!slot.write(serialize(imported))) context.warn(STORAGE_WARNING);
      fill(imported);
      context.refresh();
      const text = `Réponses importées depuis « ${file.name} » (dernière modification : ${formatDate(imported.updatedAt)}).${message ? ` ${message}` : ""}`;
      importMessage.className = "ae-file-message";
      importMessage.textContent = text;
      context.say(text);
    } catch (error) {
      const text = `Le fichier « ${file.name} » n’a pas été importé : ${describeProblems(problemsOf(error))} Vos réponses actuelles n’ont pas changé.`;
      importInput.setAttribute("aria-invalid", "true");
      importMessage.className = "ae-file-message ae-error";
      importMessage.textContent = text;
      context.say(text);
    } finally {
      importInput.value = "";
    }
  });
  root.querySelector("[data-ae-erase]")!.addEventListener("click", () => {
    dialog.returnValue = "";
    dialog.showModal();
  });
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "confirm") {
      root.querySelector<HTMLElement>("[data-ae-erase]")!.focus();
      return;
    }
    slot.remove();
    current = undefined;
    options.onErase?.(context);
    fill(doc());
    context.refresh();
    root.querySelector<HTMLElement>("[data-ae-erase]")!.focus();
    context.say("Toutes vos réponses ont été effacées de cet appareil.");
  });

  root.querySelector("[data-ae-actions]")!.removeAttribute("hidden");
  root.querySelector("[data-ae-results-empty]")!.remove();
  // The page says « 0 / 4 traités » already: a first visit computes nothing until the person answers,
  // unless results are on screen (a one-page tool) or a choice of référentiels changes the counts.
  if (
    current ||
    !resultsSection.hidden ||
    (options.scope?.()?.length ?? 0) < instrument.referentiels.length
  ) {
    await nextTask();
    context.refresh();
  }
  root.setAttribute("data-ready", "");
  return context;
}
