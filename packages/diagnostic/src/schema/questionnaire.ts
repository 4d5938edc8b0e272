import * as z from "zod/mini";
import { list, quote } from "../errors.js";
import { LEVEL_IDS } from "../ids.js";
import { Source, SourceRef, StableId } from "./common.js";
import { checkQuestionnaireReferences } from "./questionnaire-references.js";

/** One answer a person can give. More points means more autonomous. */
export const Option = z
  .object({
    id: StableId,
    label: z.string().check(z.minLength(1)).register(z.globalRegistry, {
      description: "What the person hears or reads (FALC).",
    }),
    points: z.int().check(z.minimum(0), z.maximum(100)),
    obstacle: z.optional(StableId).register(z.globalRegistry, {
      description:
        "The obstacle (frein) this answer reveals, if any: a landmark, not a failing.",
    }),
  })
  .register(z.globalRegistry, { id: "Option" });
export type Option = z.infer<typeof Option>;

/** One question: one idea, short sentences, everyday words. */
export const Question = z
  .object({
    id: StableId,
    domain: StableId,
    label: z.string().check(z.minLength(1)),
    help: z
      .optional(z.string().check(z.minLength(1)))
      .register(z.globalRegistry, {
        description: "A hint for the mediator, not read to the person.",
      }),
    options: z.array(Option).check(z.minLength(2)),
    sources: z.optional(z.array(SourceRef)),
  })
  .register(z.globalRegistry, { id: "Question" });
export type Question = z.infer<typeof Question>;

/** A competence code of a framework, e.g. "4.2". */
const CompetenceCode = z.string().check(
  z.regex(/^[1-5]\.[1-6]$/, {
    error: (issue) =>
      `code de compétence invalide ${quote(String(issue.input))}\u202F; attendu\u00A0: ${quote("domaine.compétence")}, de 1.1 à 5.6 (ex. ${quote("4.2")}).`,
  }),
);

/** A group of questions scored together, with the frameworks it touches. */
export const Domain = z
  .object({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    countsInOverall: z.boolean().register(z.globalRegistry, {
      description:
        "Whether its points count in the overall level. Prerequisites and equipment do not: they are obstacles, not failings.",
    }),
    crcn: z.array(CompetenceCode).register(z.globalRegistry, {
      description: "CRCN / Pix competences (5 domains, 16 competences).",
    }),
    digcomp: z.array(CompetenceCode).register(z.globalRegistry, {
      description: "DigComp 2.2 competences (5 areas, 21 competences).",
    }),
    sources: z.optional(z.array(SourceRef)),
  })
  .register(z.globalRegistry, { id: "Domain" });
export type Domain = z.infer<typeof Domain>;

/** An obstacle (frein) an answer can reveal: worded as a landmark for the person. */
export const Obstacle = z
  .object({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    sources: z.optional(z.array(SourceRef)),
  })
  .register(z.globalRegistry, { id: "Obstacle" });
export type Obstacle = z.infer<typeof Obstacle>;

const threshold = <L extends (typeof LEVEL_IDS)[number]>(level: L) =>
  z.object({
    level: z.literal(level),
    minPercent: z.int().check(z.minimum(1), z.maximum(100)),
  });

const thresholdTuple = z.tuple([
  z.object({ level: z.literal(LEVEL_IDS[0]), minPercent: z.literal(0) }),
  threshold(LEVEL_IDS[1]),
  threshold(LEVEL_IDS[2]),
  threshold(LEVEL_IDS[3]),
]);

/**
 * The published thresholds: a domain reaches a level when
 * floor(points × 100 / maximum) ≥ minPercent, the maximum counting answered questions only.
 */
export const LevelThresholds = thresholdTuple
  .check(
    z.refine<z.infer<typeof thresholdTuple>>(
      ([, a, b, c]) =>
        a.minPercent < b.minPercent && b.minPercent < c.minPercent,
      {
        error: (issue) =>
          `seuils ${list(
            (issue.input as readonly ({ minPercent?: unknown } | null)[]).map(
              (t) => `${String(t?.minPercent)}\u00A0%`,
            ),
          )}\u202F; attendu\u00A0: des seuils strictement croissants d’un niveau au suivant.`,
      },
    ),
  )
  .register(z.globalRegistry, { id: "LevelThresholds" });
export type LevelThresholds = z.infer<typeof LevelThresholds>;

/** How one question (and its options) moved from one version to the next. */
export const QuestionMove = z
  .object({
    from: StableId,
    to: z.nullable(StableId).register(z.globalRegistry, {
      description: "null: the question was withdrawn.",
    }),
    options: z
      .optional(z.array(z.object({ from: StableId, to: z.nullable(StableId) })))
      .register(z.globalRegistry, {
        description: "Renamed or withdrawn options; others keep their ID.",
      }),
    reason: z.optional(z.string().check(z.minLength(1))),
  })
  .register(z.globalRegistry, { id: "QuestionMove" });
export type QuestionMove = z.infer<typeof QuestionMove>;

/** The changes from one questionnaire version to the next. Unlisted questions keep their ID. */
export const MigrationStep = z
  .object({
    fromVersion: z.int().check(z.minimum(1)),
    toVersion: z.int().check(z.minimum(2)),
    note: z.string().check(z.minLength(1)),
    questions: z.array(QuestionMove),
  })
  .register(z.globalRegistry, { id: "MigrationStep" });
export type MigrationStep = z.infer<typeof MigrationStep>;

/** The questionnaire’s fields, before the cross-reference checks. */
export const QuestionnaireFields = z.object({
  id: StableId,
  version: z.int().check(z.minimum(1)),
  title: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  estimatedMinutes: z.int().check(z.minimum(1)),
  thresholds: LevelThresholds,
  domains: z.array(Domain).check(z.minLength(1)),
  obstacles: z.array(Obstacle),
  questions: z.array(Question).check(z.minLength(1)),
  migrations: z.array(MigrationStep).register(z.globalRegistry, {
    description: "Steps from older versions to this one, oldest first.",
  }),
  sources: z.array(Source),
});

/** A versioned autonomy questionnaire: ours, or a federation’s own. */
export const Questionnaire = QuestionnaireFields.check(
  z.superRefine(checkQuestionnaireReferences),
).register(z.globalRegistry, { id: "Questionnaire" });
export type Questionnaire = z.infer<typeof Questionnaire>;
