/**
 * `<diagnostic-tool>`: turns the server-rendered form into one question per screen, scores the
 * answers with the diagnostic package, and runs the orientation package on the mediator's request.
 * The site only wires: every level, obstacle and recommendation comes from a package function.
 * Each concern has its module; this element holds the session and moves between the steps.
 */
import {
  parseQuestionnaire,
  type DiagnosticResult,
} from "@mediation-numerique/diagnostic";
import { announce, bringIntoView, required, setVisible } from "../ui";
import {
  clearRecommendations,
  fillRequest,
  showOrientation,
  wireOrientationForm,
} from "./orientation-form";
import {
  back,
  fillAnswers,
  firstQuestionStep,
  lastQuestionStep,
  questionText,
  setQuestionError,
  showQuestion,
  wireQuestions,
} from "./questionnaire";
import { scoreAndRender, showResults } from "./results";
import { offerReadAloud } from "./speech";
import { DiagnosticStorage } from "./storage";
import type { Session } from "./store";
import type { ClientData, Shown, Step, Tool } from "./types";

class DiagnosticTool extends HTMLElement implements Tool {
  data!: ClientData;
  session!: Session;
  result: DiagnosticResult | null = null;
  private storage!: DiagnosticStorage;

  $<T extends Element = HTMLElement>(selector: string): T {
    return required<T>(this, selector);
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
    this.storage = new DiagnosticStorage(this, (session) =>
      this.restore(session),
    );
    this.wire();
    const saved = this.storage.load();
    if (saved) this.session = saved;
    fillAnswers(this);
    fillRequest(this);
    this.dataset.ready = "";
    setVisible(
      this.querySelectorAll<HTMLElement>(
        ".dg-progress, .dg-nav, .dg-data, .dg-start",
      ),
      true,
    );
    // A saved session resumes where it stopped; a new one starts on the introduction.
    if (saved) this.show(this.session.step, false);
    else this.showStart(false);
    offerReadAloud(this.$(".dg-speak"), this.$(".dg-no-voice"), () =>
      questionText(this),
    );
  }

  private emptySession(): Session {
    return { answers: {}, request: null, step: firstQuestionStep(this) };
  }

  /** Puts `session` on every screen: answers, request, no stale result or recommendation. */
  private restore(session: Session): void {
    this.session = session;
    this.result = null;
    delete this.dataset.scored;
    clearRecommendations(this);
    fillAnswers(this);
    fillRequest(this);
    for (const q of this.data.questionnaire.questions)
      setQuestionError(this, q.id, "");
  }

  /**
   * The introduction and « Commencer le diagnostic », before the first question; nothing is saved
   * until the diagnostic starts.
   */
  private showStart(focus: boolean): void {
    this.$(".dg-intro").hidden = false;
    setVisible(
      this.querySelectorAll<HTMLElement>(
        ".dg-questions, .dg-results, .dg-orientation, .dg-coop-section",
      ),
      false,
    );
    if (focus) this.$("h1").focus();
  }

  save(): void {
    this.storage.save(this.session);
  }

  alert(message: string): void {
    const region = this.$(".dg-alert");
    region.hidden = message === "";
    region.textContent = message;
  }

  say(message: string): void {
    announce(this.$(".dg-live"), message);
  }

  private wire(): void {
    wireQuestions(this);
    wireOrientationForm(this);
    const actions: Record<string, () => void> = {
      back: () => back(this),
      edit: () => this.show(lastQuestionStep(this), true),
      "to-orientation": () => this.show({ kind: "orientation" }, true),
      "to-results": () => this.show({ kind: "results" }, true),
      start: () => this.show(this.session.step, true),
      print: () => window.print(),
      ...this.storage.wire(() => {
        this.restore(this.emptySession());
        this.showStart(true);
      }),
    };
    this.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLElement>(
        "[data-action]",
      );
      if (button) actions[button.dataset.action ?? ""]?.();
    });
  }

  show(step: Step, focus: boolean): void {
    this.session.step = step;
    // Once started, the introduction gives its room to the question.
    this.$(".dg-intro").hidden = true;
    this.$(".dg-questions").hidden = step.kind !== "question";
    this.$(".dg-results").hidden = step.kind !== "results";
    this.$(".dg-orientation").hidden = step.kind !== "orientation";
    // La Coop's values, for the results and the orientation; coop.ts fills and shows them.
    if (step.kind === "question") this.$(".dg-coop-section").hidden = true;
    if (step.kind !== "question") scoreAndRender(this);
    const shown: Shown =
      step.kind === "question"
        ? showQuestion(this, step.id)
        : step.kind === "results"
          ? showResults(this)
          : showOrientation(this, focus);
    this.save();
    if (focus) {
      shown.heading?.focus({ preventScroll: Boolean(shown.view) });
      if (shown.view) bringIntoView(...shown.view);
      this.say(shown.message);
    }
  }
}

customElements.define("diagnostic-tool", DiagnosticTool);
