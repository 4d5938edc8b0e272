import type {
  AUTONOMY_LEVEL_LABELS,
  DiagnosticResult,
  Questionnaire,
} from "@mediation-numerique/diagnostic";
import type {
  ActorId,
  ModeId,
  NeedId,
  Situation,
} from "@mediation-numerique/orientation";
import type { Session } from "./store";

/** What the page renders for the script (JSON in the HTML): the questionnaire and the French labels. */
export interface ClientData {
  questionnaire: Questionnaire;
  levels: typeof AUTONOMY_LEVEL_LABELS;
  /** Domain ID (from the questionnaire) → label. */
  domains: Record<Questionnaire["domains"][number]["id"], string>;
  /** Obstacle ID (from the questionnaire) → label and description. */
  obstacles: Record<
    Questionnaire["obstacles"][number]["id"],
    { label: string; description: string }
  >;
  needs: Record<NeedId, string>;
  actors: Record<ActorId, string>;
  modes: Record<ModeId, string>;
  /** Orientation document ID → « title (publisher, year) »; a source may cite another document. */
  documents: Readonly<Record<string, string>>;
}

/**
 * The orientation request: the orientation package's `Situation` without the autonomy level,
 * which the diagnostic gives at orientation time.
 */
export type Request = Omit<Situation, "autonomy">;

/** Where the person is: a question ID, the results or the orientation. */
export type Step =
  | { kind: "question"; id: string }
  | { kind: "results" }
  | { kind: "orientation" };

/**
 * What one screen gives the element once shown: the heading that takes the focus, what to announce,
 * and, for a question, the first and last element that must be in view together.
 */
export interface Shown {
  heading: HTMLElement | null;
  message: string;
  view?: [top: HTMLElement, bottom: HTMLElement];
}

/**
 * The `<diagnostic-tool>` element as its modules see it: the page's data, the session being filled,
 * the last score, and the few services every screen uses.
 */
export interface Tool extends HTMLElement {
  readonly data: ClientData;
  session: Session;
  result: DiagnosticResult | null;
  /** The element of the tool that matches `selector` (its absence is a bug of the page). */
  $<T extends Element = HTMLElement>(selector: string): T;
  /** Saves the session where the person chose to keep it. */
  save(): void;
  /** Shows a lasting message in the alert region; "" clears it. */
  alert(message: string): void;
  /** Announces a short message to screen readers. */
  say(message: string): void;
  /** Shows one step; `focus` moves the keyboard focus to its heading (not on page load). */
  show(step: Step, focus: boolean): void;
}
