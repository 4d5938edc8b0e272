import * as z from "zod/mini";
import { registered } from "./registered.js";
import { AutonomyLevelId } from "@mediation-numerique/diagnostic";
import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
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

export const RuleId = registered(
  /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  "RuleId",
);
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
export const FrenchSentence = registered(
  /* @__PURE__ */ z.string().check(
    z.regex(ONE_SENTENCE, {
      error:
        "Must be exactly one sentence: a capital first, one final . ! ? or …, and no sentence end followed by a capital inside",
    }),
    z.regex(FRENCH_TYPOGRAPHY, {
      error:
        "Must follow French typography: ’ not ', a no-break space before : ; ? ! » and after «",
    }),
  ),
  "FrenchSentence",
);

/** When a rule applies. Every listed condition must hold; `needs` and `procedures` are any-of. */
export const RuleCondition = registered(
  z.strictObject({
    needs: /* @__PURE__ */ z.array(NeedId).check(z.minLength(1)),
    urgent: z.optional(z.boolean()),
    hasTime: z.optional(z.boolean()),
    wantsToLearn: z.optional(z.boolean()),
    procedures: z.optional(
      /* @__PURE__ */ z.array(ProcedureId).check(z.minLength(1)),
    ),
    autonomyAtLeast: z.optional(AutonomyLevelId),
    autonomyAtMost: z.optional(AutonomyLevelId),
  }),
  "RuleCondition",
);
export type RuleCondition = z.infer<typeof RuleCondition>;

export const RuleOption = registered(
  z.strictObject({ actor: ActorId, mode: ModeId }),
  "RuleOption",
);
export type RuleOption = z.infer<typeof RuleOption>;

/**
 * `answer`: the rule answers its needs; for each need, the matching answer rule with the
 * highest priority wins. `complement`: the rule adds a recommendation without taking a
 * need from an answer rule.
 */
export const RuleKind = registered(
  z.enum(["answer", "complement"]),
  "RuleKind",
);
export type RuleKind = z.infer<typeof RuleKind>;

export const Rule = registered(
  z.strictObject({
    id: RuleId,
    kind: RuleKind,
    when: RuleCondition,
    /** Preference order: the first actor that exists near the person is chosen. */
    recommend: /* @__PURE__ */ z.array(RuleOption).check(z.minLength(1)),
    priority: /* @__PURE__ */ z.int().check(z.minimum(0)),
    /** Why, in French, in exactly one sentence. */
    reason: FrenchSentence,
    sources: /* @__PURE__ */ z.array(SourceRef).check(z.minLength(1)),
  }),
  "Rule",
);
export type Rule = z.infer<typeof Rule>;

export const ActorNationalSchema = registered(
  z.strictObject({
    structure_de_redirection: StructureDeRedirection,
    dispositif_programmes_nationaux: z.array(DispositifProgrammeNational),
    /** Whether the actor is a lieu de médiation numérique whose `services` apply. */
    offersLieuServices: z.boolean(),
  }),
  "ActorNationalSchema",
);

export const NationalSchemaMapping = registered(
  z.strictObject({
    actors: z.record(ActorId, ActorNationalSchema),
    needs: z.record(NeedId, z.array(LieuService)),
  }),
  "NationalSchemaMapping",
);
export type NationalSchemaMapping = z.infer<typeof NationalSchemaMapping>;

const rank = (level: AutonomyLevelId): number => LEVEL_IDS.indexOf(level);

const isSafetyNet = (rule: Rule): boolean =>
  rule.kind === "answer" &&
  Object.keys(rule.when).length === 1 &&
  NeedId.options.every((need) => rule.when.needs.includes(need));

type Issue = { path: (string | number)[]; message: string };

/** The table-wide rules: unique IDs, « faire à la place » only by allowed actors, a safety net. */
const tableIssues = (table: { rules: readonly Rule[] }): Issue[] => {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  table.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      issues.push({
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
        issues.push({
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
      issues.push({
        path: ["rules", index, "when"],
        message: `Rule "${rule.id}" can never match: autonomyAtLeast is above autonomyAtMost`,
      });
    }
  });
  if (!table.rules.some(isSafetyNet)) {
    issues.push({
      path: ["rules"],
      message:
        "The table needs a safety-net answer rule: no condition but every need",
    });
  }
  return issues;
};

export const RulesTable = registered(
  /* @__PURE__ */ z
    .strictObject({
      version: /* @__PURE__ */ z.int().check(z.minimum(1)),
      rules: /* @__PURE__ */ z.array(Rule).check(z.minLength(1)),
      nationalSchema: NationalSchemaMapping,
    })
    .check((ctx) => {
      for (const issue of tableIssues(ctx.value)) {
        ctx.issues.push({ code: "custom", input: ctx.value, ...issue });
      }
    }),
  "RulesTable",
);
export type RulesTable = z.infer<typeof RulesTable>;
