import * as z from "zod/mini";
import { AutonomyLevelId } from "../levels.js";
import { CoopAutonomie, CoopWorkshopLevel } from "./coop.js";

/** One answer that counted: the option chosen, its points and the question’s maximum. */
export const CountedAnswer = /* @__PURE__ */ z
  .object({
    questionId: z.string(),
    optionId: z.string(),
    points: z.int(),
    max: z.int(),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.CountedAnswer" });
export type CountedAnswer = z.infer<typeof CountedAnswer>;

const levelFields = {
  points: z.int().check(z.minimum(0)),
  max: z.int().check(z.minimum(0)).register(z.globalRegistry, {
    description:
      "Somme des maximums des questions auxquelles la personne a répondu.",
  }),
  percent: z
    .nullable(z.int().check(z.minimum(0), z.maximum(100)))
    .register(z.globalRegistry, {
      description:
        "floor(points × 100 / max)\u202F; null quand aucune question n’a reçu de réponse.",
    }),
  level: z.nullable(AutonomyLevelId).register(z.globalRegistry, {
    description: "null quand aucune question n’a reçu de réponse.",
  }),
};

/** The score of one domain. */
export const DomainScore = /* @__PURE__ */ z
  .object({
    domainId: z.string(),
    ...levelFields,
    workshopLevel: z.nullable(CoopWorkshopLevel),
    answered: z.int().check(z.minimum(0)),
    total: z.int().check(z.minimum(0)),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.DomainScore" });
export type DomainScore = z.infer<typeof DomainScore>;

/** The overall score, over the domains that count in it. */
export const OverallScore = /* @__PURE__ */ z
  .object({
    ...levelFields,
    coopAutonomie: z.nullable(CoopAutonomie),
    domainIds: z.array(z.string()),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.OverallScore" });
export type OverallScore = z.infer<typeof OverallScore>;

/** Why a level was reached: the threshold passed, the next one, and the answers behind it. */
export const LevelExplanation = /* @__PURE__ */ z
  .object({
    scope: z.string().register(z.globalRegistry, {
      description: "Identifiant d’un domaine, ou «\u00A0overall\u00A0».",
    }),
    level: z.nullable(AutonomyLevelId),
    percent: z.nullable(z.int()),
    minPercent: z.nullable(z.int()).register(z.globalRegistry, {
      description: "Le seuil du niveau atteint.",
    }),
    next: z
      .nullable(z.object({ level: AutonomyLevelId, minPercent: z.int() }))
      .register(z.globalRegistry, {
        description: "Le prochain repère, s’il y en a un.",
      }),
    answers: z.array(CountedAnswer),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.LevelExplanation" });
export type LevelExplanation = z.infer<typeof LevelExplanation>;

/** An obstacle (frein) and the answers that revealed it. */
export const DetectedObstacle = /* @__PURE__ */ z
  .object({
    obstacleId: z.string(),
    revealedBy: z.array(
      z.object({ questionId: z.string(), optionId: z.string() }),
    ),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.DetectedObstacle" });
export type DetectedObstacle = z.infer<typeof DetectedObstacle>;

/** How much of the questionnaire was answered. Skipped and missing answers never count as zero. */
export const Completeness = /* @__PURE__ */ z
  .object({
    answered: z.int().check(z.minimum(0)),
    total: z.int().check(z.minimum(0)),
    percent: z.int().check(z.minimum(0), z.maximum(100)),
    skipped: z.array(z.string()).register(z.globalRegistry, {
      description:
        "Réponse «\u00A0skipped\u00A0» («\u00A0Je ne sais pas\u00A0»).",
    }),
    unanswered: z.array(z.string()).register(z.globalRegistry, {
      description: "Questions restées sans réponse.",
    }),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.Completeness" });
export type Completeness = z.infer<typeof Completeness>;

/** The result of `score`: a landmark for the person, never a sanction. */
export const DiagnosticResult = /* @__PURE__ */ z
  .object({
    questionnaireId: z.string(),
    questionnaireVersion: z.int(),
    completeness: Completeness,
    domains: z.array(DomainScore),
    overall: OverallScore,
    obstacles: z.array(DetectedObstacle),
    explanation: z.array(LevelExplanation),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.DiagnosticResult" });
export type DiagnosticResult = z.infer<typeof DiagnosticResult>;
