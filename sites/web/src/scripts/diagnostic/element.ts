/**
 * `<diagnostic-tool>`: turns the server-rendered form into one question per screen, scores the
 * answers with the diagnostic package, and runs the orientation package on the mediator's request.
 * The site only wires: every level, obstacle and recommendation comes from a package function.
 */
import {
  parseQuestionnaire,
  score,
  type DiagnosticResult,
} from "@mediation-numerique/diagnostic";
import {
  OrientationInputError,
  parseSituation,
} from "@mediation-numerique/orientation";
import {
  announce,
  downloadJson,
  loadFromSlot,
  openSlot,
  readChosenFile,
  type Slot,
} from "../../tools/persist";
import { NBSP, quoted } from "./dom";
import { orientAndRender, orientationProblems } from "./orientation";
import { renderResults } from "./results";
import { whenFrenchVoice } from "./speech";
import {
  parseSession,
  serializeSession,
  STORAGE_KEY,
  type Session,
} from "./store";
import type { ClientData, Request, Step } from "./types";

class DiagnosticTool extends HTMLElement {
  private data!: ClientData;
  private session!: Session;
  private result: DiagnosticResult | null = null;
  private local!: Slot;
  private sessionSlot!: Slot;
  private keep = false;

  private $<T extends Element = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`missing ${selector}`);
    return found;
  }

  private get questions() {
    return this.data.questionnaire.questions;
  }

  connectedCallback(): void {
    // The labels are the page's own; the questionnaire is checked by the diagnostic package.
    const data = JSON.parse(
      this.$("script.dg-data-json").textContent ?? "{}",
    ) as ClientData;
    this.data = {
      ...data,
      questionnaire: parseQuestionnaire(data.questionnaire),
    };
    this.session = this.emptySession();
    this.wire();
    this.load();
    this.dataset.ready = "";
    for (const el of this.querySelectorAll<HTMLElement>(
      ".dg-progress, .dg-nav, .dg-data",
    ))
      el.hidden = false;
    this.show(this.session.step, false);
    // The explanation folds on screen; on paper it is part of the results.
    window.addEventListener("beforeprint", () => {
      for (const details of this.querySelectorAll("details"))
        details.open = true;
    });
    whenFrenchVoice((speak) => {
      for (const button of this.querySelectorAll<HTMLButtonElement>(
        ".dg-speak",
      )) {
        button.hidden = false;
        button.addEventListener("click", () => {
          const fieldset = button.closest("fieldset");
          const label = fieldset?.querySelector(".dg-label")?.textContent ?? "";
          const options = [
            ...(fieldset?.querySelectorAll(".dg-options label") ?? []),
          ].map((l) => l.textContent?.trim() ?? "");
          speak(`${label} ${options.join(" ")}`);
        });
      }
    });
  }

  private emptySession(): Session {
    return {
      answers: {},
      request: null,
      step: { kind: "question", id: this.questions[0]?.id ?? "" },
    };
  }

  // --- storage ---------------------------------------------------------------------------

  private parse = (text: string) => parseSession(text, this.data.questionnaire);

  private get activeSlot(): Slot {
    return this.keep ? this.local : this.sessionSlot;
  }

  private load(): void {
    this.local = openSlot(STORAGE_KEY, "local");
    this.sessionSlot = openSlot(STORAGE_KEY, "session");
    this.keep = this.local.read() !== null;
    const outcome = loadFromSlot(this.activeSlot, this.parse);
    if (outcome.kind === "loaded") {
      this.session = outcome.document;
      if (outcome.message) this.alert(outcome.message);
    } else if (outcome.kind === "set-aside") {
      this.alert(outcome.message);
    }
    this.$<HTMLInputElement>(".dg-keep").checked = this.keep;
    this.updateStorageNotes();
    this.fillForms();
  }

  private save(): void {
    const ok = this.activeSlot.write(
      serializeSession(this.session, this.data.questionnaire),
    );
    if (!ok) this.updateStorageNotes();
  }

  private updateStorageNotes(): void {
    const warning = this.$(".dg-storage-warning");
    const keep = this.$<HTMLInputElement>(".dg-keep");
    let text = "";
    if (!this.activeSlot.available)
      text = `Attention${NBSP}: ce navigateur refuse d’enregistrer les réponses (navigation privée ou espace plein). Elles restent en mémoire et seront perdues si la page est rechargée ou fermée. Exportez-les en fichier pour les garder.`;
    else if (!this.local.available)
      text = `Ce navigateur refuse l’enregistrement durable (localStorage)${NBSP}: les réponses restent seulement pour cet onglet.`;
    keep.disabled = !this.local.available && !this.keep;
    const changed = warning.textContent !== text;
    warning.textContent = text;
    warning.hidden = text === "";
    if (changed && text) announce(this.$(".dg-live"), text);
    for (const span of this.querySelectorAll<HTMLElement>("[data-privacy]"))
      span.hidden = span.dataset.privacy !== (this.keep ? "local" : "session");
  }

  private alert(message: string): void {
    const region = this.$(".dg-alert");
    region.hidden = message === "";
    region.textContent = message;
  }

  // --- forms -----------------------------------------------------------------------------

  private fillForms(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>(
      ".dg-questions input[type=radio]",
    ))
      input.checked = this.session.answers[input.name] === input.value;
    const request = this.session.request;
    const form = this.$<HTMLFormElement>(".dg-request");
    if (!request) {
      form.reset();
      return;
    }
    for (const input of form.querySelectorAll<HTMLInputElement>("input")) {
      if (input.name === "needs")
        input.checked = request.needs.some((need) => need === input.value);
      else if (input.name === "nearby")
        // Absent means every actor exists near the person.
        input.checked =
          request.nearby?.some((actor) => actor === input.value) ?? true;
      else
        input.checked = String(request[input.name as "urgent"]) === input.value;
    }
    this.$<HTMLSelectElement>("#dg-procedure").value = request.procedure ?? "";
  }

  /** The form as the orientation package reads it: an empty procedure means absent. */
  private readForm() {
    const values = new FormData(this.$<HTMLFormElement>(".dg-request"));
    const procedure = String(values.get("procedure") ?? "");
    return {
      needs: values.getAll("needs").map(String),
      nearby: values.getAll("nearby").map(String),
      urgent: values.get("urgent") === "true",
      hasTime: values.get("hasTime") === "true",
      wantsToLearn: values.get("wantsToLearn") === "true",
      ...(procedure ? { procedure } : {}),
    };
  }

  private wire(): void {
    const questions = this.$<HTMLFormElement>(".dg-questions");
    questions.addEventListener("change", (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== "radio") return;
      this.session.answers[input.name] = input.value;
      this.setError(input.name, "");
      this.save();
    });
    questions.addEventListener("submit", (event) => {
      event.preventDefault();
      this.next();
    });
    this.$<HTMLFormElement>(".dg-request").addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        this.orient(true);
      },
    );
    this.$<HTMLInputElement>(".dg-keep").addEventListener("change", (event) =>
      this.setKeep((event.target as HTMLInputElement).checked),
    );
    this.$<HTMLInputElement>(".dg-import").addEventListener(
      "change",
      (event) => void this.importFile(event.target as HTMLInputElement),
    );
    this.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLElement>(
        "[data-action]",
      );
      if (!button) return;
      const actions: Record<string, () => void> = {
        back: () => this.back(),
        edit: () => this.show(this.lastQuestionStep(), true),
        "to-orientation": () => this.show({ kind: "orientation" }, true),
        "to-results": () => this.show({ kind: "results" }, true),
        print: () => window.print(),
        export: () => this.exportFile(),
        erase: () => this.confirmErase(true),
        "erase-cancel": () => this.confirmErase(false),
        "erase-confirm": () => this.erase(),
      };
      actions[button.dataset.action ?? ""]?.();
    });
  }

  private setError(questionId: string, message: string): void {
    const error = this.querySelector(`#err-${CSS.escape(questionId)}`);
    if (error) error.textContent = message;
  }

  // --- steps -----------------------------------------------------------------------------

  private indexOf(id: string): number {
    return this.questions.findIndex((q) => q.id === id);
  }

  private lastQuestionStep(): Step {
    return { kind: "question", id: this.questions.at(-1)?.id ?? "" };
  }

  private next(): void {
    const step = this.session.step;
    if (step.kind !== "question") return;
    if (this.session.answers[step.id] === undefined) {
      this.setError(
        step.id,
        `Choisissez une réponse, ou ${quoted("Je ne sais pas")} pour passer la question.`,
      );
      this.querySelector<HTMLInputElement>(
        `fieldset[data-id="${step.id}"] input`,
      )?.focus();
      return;
    }
    const following = this.questions[this.indexOf(step.id) + 1];
    this.show(
      following ? { kind: "question", id: following.id } : { kind: "results" },
      true,
    );
  }

  private back(): void {
    const step = this.session.step;
    if (step.kind !== "question") return;
    const previous = this.questions[this.indexOf(step.id) - 1];
    if (previous) this.show({ kind: "question", id: previous.id }, true);
  }

  /** Shows one step; `focus` moves the keyboard focus to its heading (not on page load). */
  private show(step: Step, focus: boolean): void {
    this.session.step = step;
    const isQuestion = step.kind === "question";
    this.$(".dg-questions").hidden = !isQuestion;
    this.$(".dg-results").hidden = step.kind !== "results";
    this.$(".dg-orientation").hidden = step.kind !== "orientation";
    if (!isQuestion) this.computeResult();
    let heading: HTMLElement | null = null;
    let message = "";
    if (step.kind === "question") {
      const index = this.indexOf(step.id);
      for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>(
        ".dg-q",
      ))
        fieldset.hidden = fieldset.dataset.id !== step.id;
      message = `Question ${index + 1} sur ${this.questions.length}`;
      this.$("#dg-progress-text").textContent = message;
      this.$<HTMLProgressElement>(".dg-progress progress").value = index + 1;
      this.$('[data-action="back"]').hidden = index === 0;
      heading = this.querySelector(`fieldset[data-id="${step.id}"] h2`);
    } else if (step.kind === "results") {
      heading = this.$("#dg-results-title");
      message = "Résultats du diagnostic affichés.";
    } else {
      heading = this.$("#dg-orientation-title");
      message = `Orientation${NBSP}: décrivez la demande de la personne.`;
      if (this.session.request && !focus) this.orient(false);
    }
    this.save();
    if (focus) {
      heading?.focus();
      announce(this.$(".dg-live"), message);
    }
  }

  private computeResult(): void {
    this.result = score(this.data.questionnaire, {
      questionnaireId: this.data.questionnaire.id,
      questionnaireVersion: this.data.questionnaire.version,
      answers: this.session.answers,
    });
    renderResults(
      this.result,
      this.data,
      this.$(".dg-results-body"),
      this.$(".dg-coop"),
    );
    this.dataset.scored = "";
  }

  private orient(focus: boolean): void {
    const form = this.readForm();
    const error = this.$("#dg-needs-error");
    if (form.needs.length === 0) {
      error.textContent = `Cochez au moins un besoin${NBSP}: ce que la personne demande.`;
      this.$<HTMLInputElement>('.dg-request input[name="needs"]').focus();
      return;
    }
    error.textContent = "";
    let request: Request;
    try {
      request = parseSituation(form);
    } catch (problem) {
      this.alert(
        problem instanceof OrientationInputError
          ? `La demande n’a pas pu être lue${NBSP}: ${orientationProblems(problem)}`
          : String(problem),
      );
      return;
    }
    this.session.request = request;
    this.save();
    const target = this.$(".dg-recos");
    try {
      const count = orientAndRender(
        request,
        this.result?.overall.level ?? null,
        this.data,
        target,
      );
      this.dataset.oriented = "";
      if (focus) {
        target.querySelector<HTMLElement>("h3")?.focus();
        announce(
          this.$(".dg-live"),
          `${count} proposition${count > 1 ? "s" : ""} d’orientation.`,
        );
      }
    } catch (problem) {
      target.replaceChildren();
      this.alert(
        problem instanceof Error
          ? problem.message
          : `L’orientation n’a pas pu être calculée.`,
      );
    }
  }

  // --- data ------------------------------------------------------------------------------

  private setKeep(keep: boolean): void {
    if (keep === this.keep) return;
    const from = this.activeSlot;
    this.keep = keep;
    this.save();
    from.remove();
    this.updateStorageNotes();
    announce(
      this.$(".dg-live"),
      keep
        ? "Les réponses sont gardées sur cet appareil."
        : "Les réponses restent seulement pour cet onglet.",
    );
  }

  private exportFile(): void {
    const day = new Date().toISOString().slice(0, 10);
    downloadJson(
      `diagnostic-autonomie-${day}.json`,
      serializeSession(this.session, this.data.questionnaire),
    );
    announce(this.$(".dg-live"), "Fichier exporté.");
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { document, message } = this.parse(await readChosenFile(file));
      this.session = document;
      this.fillForms();
      this.$(".dg-recos").replaceChildren();
      delete this.dataset.oriented;
      this.alert(
        `Le fichier ${quoted(file.name)} est importé.${message ? ` ${message}` : ""}`,
      );
      this.show(document.step, true);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.alert(
        `Le fichier ${quoted(file.name)} n’a pas été importé${NBSP}: ${reason}. Les réponses déjà sur cet appareil n’ont pas changé.`,
      );
    } finally {
      input.value = "";
    }
  }

  private confirmErase(open: boolean): void {
    const box = this.$(".dg-confirm");
    box.hidden = !open;
    if (open) this.$<HTMLElement>('[data-action="erase-confirm"]').focus();
    else this.$<HTMLElement>('[data-action="erase"]').focus();
  }

  private erase(): void {
    this.local.remove();
    this.sessionSlot.remove();
    this.keep = false;
    this.$<HTMLInputElement>(".dg-keep").checked = false;
    this.session = this.emptySession();
    this.result = null;
    delete this.dataset.scored;
    delete this.dataset.oriented;
    this.$(".dg-recos").replaceChildren();
    this.fillForms();
    for (const q of this.questions) this.setError(q.id, "");
    this.$(".dg-confirm").hidden = true;
    this.alert("");
    this.updateStorageNotes();
    this.show(this.session.step, true);
    announce(this.$(".dg-live"), "Tout est effacé de cet appareil.");
    this.sessionSlot.remove();
  }
}

customElements.define("diagnostic-tool", DiagnosticTool);
