import { z } from "zod";
import { AutonomyLevelId } from "../levels.js";
import { CoopAutonomie, CoopWorkshopLevel } from "./coop.js";

/** One answer that counted: the option chosen, its points and the question’s maximum. */
export const CountedAnswer = z
  .object({
    questionId: z.string(),
    optionId: z.string(),
    points: z.int(),
    max: z.int(),
  })
  .meta({ id: "CountedAnswer" });
export type CountedAnswer = z.infer<typeof CountedAnswer>;

const levelFields = {
  points: z.int().min(0),
  max: z.int().min(0).describe("Sum of the maxima of the answered questions."),
  percent: z
    .int()
    .min(0)
    .max(100)
    .nullable()
    .describe("floor(points × 100 / max); null when nothing was answered."),
  level: AutonomyLevelId.nullable().describe("null when nothing was answered."),
};

/** The score of one domain. */
export const DomainScore = z
  .object({
    domainId: z.string(),
    ...levelFields,
    workshopLevel: CoopWorkshopLevel.nullable(),
    answered: z.int().min(0),
    total: z.int().min(0),
  })
  .meta({ id: "DomainScore" });
export type DomainScore = z.infer<typeof DomainScore>;

/** The overall score, over the domains that count in it. */
export const OverallScore = z
  .object({
    ...levelFields,
    coopAutonomie: CoopAutonomie.nullable(),
    domainIds: z.array(z.string()),
  })
  .meta({ id: "OverallScore" });
export type OverallScore = z.infer<typeof OverallScore>;

/** Why a level was reached: the threshold passed, the next one, and the answers behind it. */
export const LevelExplanation = z
  .object({
    scope: z.string().describe('A domain ID, or "overall".'),
    level: AutonomyLevelId.nullable(),
    percent: z.int().nullable(),
    minPercent: z
      .int()
      .nullable()
      .describe("The threshold of the level reached."),
    next: z
      .object({ level: AutonomyLevelId, minPercent: z.int() })
      .nullable()
      .describe("The next landmark, if any."),
    answers: z.array(CountedAnswer),
  })
  .meta({ id: "LevelExplanation" });
export type LevelExplanation = z.infer<typeof LevelExplanation>;

/** An obstacle (frein) and the answers that revealed it. */
export const DetectedObstacle = z
  .object({
    obstacleId: z.string(),
    revealedBy: z.array(
      z.object({ questionId: z.string(), optionId: z.string() }),
    ),
  })
  .meta({ id: "DetectedObstacle" });
export type DetectedObstacle = z.infer<typeof DetectedObstacle>;

/** How much of the questionnaire was answered. Skipped and missing answers never count as zero. */
export const Completeness = z
  .object({
    answered: z.int().min(0),
    total: z.int().min(0),
    percent: z.int().min(0).max(100),
    skipped: z.array(z.string()).describe('Answered "skipped" (I don’t know).'),
    unanswered: z.array(z.string()).describe("Not answered at all."),
  })
  .meta({ id: "Completeness" });
export type Completeness = z.infer<typeof Completeness>;

/** The result of `score`: a landmark for the person, never a sanction. */
export const DiagnosticResult = z
  .object({
    questionnaireId: z.string(),
    questionnaireVersion: z.int(),
    completeness: Completeness,
    domains: z.array(DomainScore),
    overall: OverallScore,
    obstacles: z.array(DetectedObstacle),
    explanation: z.array(LevelExplanation),
  })
  .meta({ id: "DiagnosticResult" });
export type DiagnosticResult = z.infer<typeof DiagnosticResult>;
