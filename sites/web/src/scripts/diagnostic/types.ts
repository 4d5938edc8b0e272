import type {
  AUTONOMY_LEVEL_LABELS,
  Questionnaire,
} from "@mediation-numerique/diagnostic";
import type {
  ActorId,
  ModeId,
  NeedId,
  Situation,
} from "@mediation-numerique/orientation";

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
