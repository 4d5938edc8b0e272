import {
  frenchList,
  NBSP,
  NNBSP,
  quote,
  SourceDocument,
  SourceRef,
  StableId,
} from "@mediation-numerique/core";
import * as z from "zod/mini";
import { LEVEL_IDS } from "../ids.js";
import { checkQuestionnaireReferences } from "./questionnaire-references.js";

/** One answer a person can give. More points means more autonomous. */
export const Option = /* @__PURE__ */ z
  .object({
    id: StableId,
    label: z.string().check(z.minLength(1)).register(z.globalRegistry, {
      description: "Ce que la personne entend ou lit (FALC).",
    }),
    points: z.int().check(z.minimum(0), z.maximum(100)),
    obstacle: z.optional(StableId).register(z.globalRegistry, {
      description:
        "Le frein que révèle cette réponse, le cas échéant\u00A0: un repère, pas un échec.",
    }),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.Option" });
export type Option = z.infer<typeof Option>;

/** One question: one idea, short sentences, everyday words. */
export const Question = /* @__PURE__ */ z
  .object({
    id: StableId,
    domain: StableId,
    label: z.string().check(z.minLength(1)),
    help: z
      .optional(z.string().check(z.minLength(1)))
      .register(z.globalRegistry, {
        description:
          "Une indication pour le médiateur, qui ne la lit pas à la personne.",
      }),
    options: z.array(Option).check(z.minLength(2)),
    sources: z.optional(z.array(SourceRef)),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.Question" });
export type Question = z.infer<typeof Question>;

/** A competence code of a framework, e.g. "4.2". */
const CompetenceCode = /* @__PURE__ */ z.string().check(
  z.regex(/^[1-5]\.[1-6]$/, {
    error: (issue) =>
      `code de compétence invalide ${quote(String(issue.input))}${NNBSP}; attendu${NBSP}: ${quote("domaine.compétence")}, de 1.1 à 5.6 (ex. ${quote("4.2")}).`,
  }),
);

/** A group of questions scored together, with the frameworks it touches. */
export const Domain = /* @__PURE__ */ z
  .object({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    countsInOverall: z.boolean().register(z.globalRegistry, {
      description:
        "Si ses points comptent dans le niveau global. Les prérequis et l’équipement n’y comptent pas\u00A0: ce sont des freins, pas des échecs.",
    }),
    crcn: z.array(CompetenceCode).register(z.globalRegistry, {
      description: "Compétences du CRCN / Pix (5 domaines, 16 compétences).",
    }),
    digcomp: z.array(CompetenceCode).register(z.globalRegistry, {
      description: "Compétences de DigComp 2.2 (5 domaines, 21 compétences).",
    }),
    sources: z.optional(z.array(SourceRef)),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.Domain" });
export type Domain = z.infer<typeof Domain>;

/** An obstacle (frein) an answer can reveal: worded as a landmark for the person. */
export const Obstacle = /* @__PURE__ */ z
  .object({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    sources: z.optional(z.array(SourceRef)),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.Obstacle" });
export type Obstacle = z.infer<typeof Obstacle>;

const threshold = <L extends (typeof LEVEL_IDS)[number]>(level: L) =>
  z.object({
    level: z.literal(level),
    minPercent: z.int().check(z.minimum(1), z.maximum(100)),
  });

const thresholdTuple = /* @__PURE__ */ z.tuple([
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
          `seuils ${frenchList(
            (issue.input as readonly ({ minPercent?: unknown } | null)[]).map(
              (t) => `${String(t?.minPercent)}${NBSP}%`,
            ),
          )}${NNBSP}; attendu${NBSP}: des seuils strictement croissants d’un niveau au suivant.`,
      },
    ),
  )
  .register(z.globalRegistry, { id: "mn.diagnostic.LevelThresholds" });
export type LevelThresholds = z.infer<typeof LevelThresholds>;

/** How one question (and its options) moved from one version to the next. */
export const QuestionMove = /* @__PURE__ */ z
  .object({
    from: StableId,
    to: z.nullable(StableId).register(z.globalRegistry, {
      description: "null\u00A0: la question a été retirée.",
    }),
    options: z
      .optional(z.array(z.object({ from: StableId, to: z.nullable(StableId) })))
      .register(z.globalRegistry, {
        description:
          "Options renommées ou retirées\u202F; les autres gardent leur identifiant.",
      }),
    reason: z.optional(z.string().check(z.minLength(1))),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.QuestionMove" });
export type QuestionMove = z.infer<typeof QuestionMove>;

/** The changes from one questionnaire version to the next. Unlisted questions keep their ID. */
export const MigrationStep = /* @__PURE__ */ z
  .object({
    fromVersion: z.int().check(z.minimum(1)),
    toVersion: z.int().check(z.minimum(2)),
    note: z.string().check(z.minLength(1)),
    questions: z.array(QuestionMove),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.MigrationStep" });
export type MigrationStep = z.infer<typeof MigrationStep>;

/** The questionnaire’s fields, before the cross-reference checks. */
export const QuestionnaireFields = /* @__PURE__ */ z.object({
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
    description:
      "Étapes des versions antérieures jusqu’à celle-ci, de la plus ancienne à la plus récente.",
  }),
  sources: z.array(SourceDocument),
});

/** A versioned autonomy questionnaire: ours, or a federation’s own. */
export const Questionnaire = QuestionnaireFields.check(
  z.superRefine((q, ctx) => {
    checkQuestionnaireReferences(q, (code: string, message, path) => {
      ctx.addIssue({ code: "custom", message, path, params: { code } });
    });
  }),
).register(z.globalRegistry, { id: "mn.diagnostic.Questionnaire" });
export type Questionnaire = z.infer<typeof Questionnaire>;
