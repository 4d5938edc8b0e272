import { z } from "zod";
import {
  AUTONOMY_LEVELS,
  AutonomyLevelId,
} from "@mediation-numerique/diagnostic";
import { ActorId } from "./actors.js";
import { ModeId, ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON } from "./modes.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { SourceRef } from "./sources.js";
import {
  DispositifProgrammeNational,
  LieuService,
  StructureDeRedirection,
} from "./national-schema.js";

export const RuleId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .meta({ id: "RuleId" });
export type RuleId = z.infer<typeof RuleId>;

const UPPER = "A-ZÀ-ÖØ-ÞŒ«";
const END = "[.!?…]";

/**
 * One sentence: it starts with a capital, ends with `.`, `!`, `?` or `…`, and no sentence
 * end inside is followed (after closing quotes or brackets) by a space and a capital. So
 * « : », « ; » and an abbreviation before a lowercase word (« etc. ») stay in one sentence.
 * No flags and no `\p{…}`: the pattern is also valid in the JSON Schema.
 */
export const ONE_SENTENCE = new RegExp(
  `^(?!.*${END}[\\s»”)]*\\s[${UPPER}])[${UPPER}].*${END}$`,
);

/**
 * French typography: the ’ apostrophe, a no-break space (U+00A0 or U+202F) before « : »,
 * « ; », « ? », « ! » and « », and after « ».
 */
export const FRENCH_TYPOGRAPHY =
  /^(?!.*')(?!.* [:;?!»])(?!.*« )(?!.*[^\s][;?!])(?!.*[^\s]:\s)(?!.*«[^\s])(?!.*[^\s]»)/;

/** A French sentence, the shape of a rule's reason. */
export const FrenchSentence = z
  .string()
  .regex(ONE_SENTENCE, {
    message:
      "Must be exactly one sentence: a capital first, one final . ! ? or …, and no sentence end followed by a capital inside",
  })
  .regex(FRENCH_TYPOGRAPHY, {
    message:
      "Must follow French typography: ’ not ', a no-break space before : ; ? ! » and after «",
  })
  .meta({ id: "FrenchSentence" });

/** When a rule applies. Every listed condition must hold; `needs` and `procedures` are any-of. */
export const RuleCondition = z
  .object({
    needs: z.array(NeedId).min(1),
    urgent: z.boolean().optional(),
    hasTime: z.boolean().optional(),
    wantsToLearn: z.boolean().optional(),
    procedures: z.array(ProcedureId).min(1).optional(),
    autonomyAtLeast: AutonomyLevelId.optional(),
    autonomyAtMost: AutonomyLevelId.optional(),
  })
  .strict()
  .meta({ id: "RuleCondition" });
export type RuleCondition = z.infer<typeof RuleCondition>;

export const RuleOption = z
  .object({ actor: ActorId, mode: ModeId })
  .strict()
  .meta({ id: "RuleOption" });
export type RuleOption = z.infer<typeof RuleOption>;

/**
 * `answer`: the rule answers its needs; for each need, the matching answer rule with the
 * highest priority wins. `complement`: the rule adds a recommendation without taking a
 * need from an answer rule.
 */
export const RuleKind = z
  .enum(["answer", "complement"])
  .meta({ id: "RuleKind" });
export type RuleKind = z.infer<typeof RuleKind>;

export const Rule = z
  .object({
    id: RuleId,
    kind: RuleKind,
    when: RuleCondition,
    /** Preference order: the first actor that exists near the person is chosen. */
    recommend: z.array(RuleOption).min(1),
    priority: z.int().min(0),
    /** Why, in French, in exactly one sentence. */
    reason: FrenchSentence,
    sources: z.array(SourceRef).min(1),
  })
  .strict()
  .meta({ id: "Rule" });
export type Rule = z.infer<typeof Rule>;

export const ActorNationalSchema = z
  .object({
    structure_de_redirection: StructureDeRedirection,
    dispositif_programmes_nationaux: z.array(DispositifProgrammeNational),
    /** Whether the actor is a lieu de médiation numérique whose `services` apply. */
    offersLieuServices: z.boolean(),
  })
  .strict()
  .meta({ id: "ActorNationalSchema" });

export const NationalSchemaMapping = z
  .object({
    actors: z.record(ActorId, ActorNationalSchema),
    needs: z.record(NeedId, z.array(LieuService)),
  })
  .strict()
  .meta({ id: "NationalSchemaMapping" });
export type NationalSchemaMapping = z.infer<typeof NationalSchemaMapping>;

const rank = (level: AutonomyLevelId): number => AUTONOMY_LEVELS.indexOf(level);

const isSafetyNet = (rule: Rule): boolean =>
  rule.kind === "answer" &&
  Object.keys(rule.when).length === 1 &&
  NeedId.options.every((need) => rule.when.needs.includes(need));

export const RulesTable = z
  .object({
    version: z.int().min(1),
    rules: z.array(Rule).min(1),
    nationalSchema: NationalSchemaMapping,
  })
  .strict()
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", index, "id"],
          message: `Duplicate rule id "${rule.id}"`,
        });
      }
      seen.add(rule.id);
      rule.recommend.forEach((option, optionIndex) => {
        if (
          option.mode === "faire-a-la-place" &&
          !ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON.includes(option.actor)
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["rules", index, "recommend", optionIndex],
            message: `"${option.actor}" may not do a procedure for the person ("faire-a-la-place"); only ${ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON.join(", ")} may`,
          });
        }
      });
      const { autonomyAtLeast, autonomyAtMost } = rule.when;
      if (
        autonomyAtLeast !== undefined &&
        autonomyAtMost !== undefined &&
        rank(autonomyAtLeast) > rank(autonomyAtMost)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", index, "when"],
          message: `Rule "${rule.id}" can never match: autonomyAtLeast is above autonomyAtMost`,
        });
      }
    });
    if (!table.rules.some(isSafetyNet)) {
      ctx.addIssue({
        code: "custom",
        path: ["rules"],
        message:
          "The table needs a safety-net answer rule: no condition but every need",
      });
    }
  })
  .meta({ id: "RulesTable" });
export type RulesTable = z.infer<typeof RulesTable>;
