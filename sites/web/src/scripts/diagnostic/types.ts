import type { Questionnaire } from "@mediation-numerique/diagnostic";

/** What the page renders for the script (JSON in the HTML): the questionnaire and the French labels. */
export interface ClientData {
  questionnaire: Questionnaire;
  levels: Record<string, { label: string; description: string }>;
  domains: Record<string, string>;
  obstacles: Record<string, { label: string; description: string }>;
  needs: Record<string, string>;
  actors: Record<string, string>;
  modes: Record<string, string>;
  /** Orientation document ID → « title (publisher, year) ». */
  documents: Record<string, string>;
}

/** The orientation request as the form holds it (validated by the orientation package on use). */
export interface Request {
  needs: string[];
  urgent: boolean;
  hasTime: boolean;
  wantsToLearn: boolean;
  nearby: string[];
  procedure: string;
}

/** Where the person is: a question ID, the results or the orientation. */
export type Step =
  | { kind: "question"; id: string }
  | { kind: "results" }
  | { kind: "orientation" };
