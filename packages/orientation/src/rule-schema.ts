import { FormatVersion, quote, SourceRef } from "@mediation-numerique/core";
import * as z from "zod/mini";
import { AutonomyLevelId } from "@mediation-numerique/diagnostic";
import { LEVEL_IDS } from "@mediation-numerique/diagnostic/scoring";
import { ActorId } from "./actors.js";
import { ModeId, ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON } from "./modes.js";
import { NeedId } from "./needs.js";
import { ProcedureId } from "./procedures.js";
import { FrenchSentence, RuleId } from "./rule-text.js";
import {
  DispositifProgrammeNational,
  LieuService,
  StructureDeRedirection,
} from "./national-schema.js";

export { RuleId, FRENCH_TYPOGRAPHY, FrenchSentence } from "./rule-text.js";

/** When a rule applies. Every listed condition must hold; `needs` and `procedures` are any-of. */
export const RuleCondition = /* @__PURE__ */ z
  .strictObject({
    needs: /* @__PURE__ */ z.array(NeedId).check(z.minLength(1)),
    urgent: z.optional(z.boolean()),
    hasTime: z.optional(z.boolean()),
    wantsToLearn: z.optional(z.boolean()),
    procedures: z.optional(
      /* @__PURE__ */ z.array(ProcedureId).check(z.minLength(1)),
    ),
    autonomyAtLeast: z.optional(AutonomyLevelId),
    autonomyAtMost: z.optional(AutonomyLevelId),
  })
  .register(z.globalRegistry, { id: "mn.orientation.RuleCondition" });
export type RuleCondition = z.infer<typeof RuleCondition>;

export const RuleOption = /* @__PURE__ */ z
  .strictObject({ actor: ActorId, mode: ModeId })
  .register(z.globalRegistry, { id: "mn.orientation.RuleOption" });
export type RuleOption = z.infer<typeof RuleOption>;

/**
 * `answer`: the rule answers its needs; for each need, the matching answer rule with the
 * highest priority wins. `complement`: the rule adds a recommendation without taking a
 * need from an answer rule.
 */
export const RuleKind = /* @__PURE__ */ z
  .enum(["answer", "complement"])
  .register(z.globalRegistry, { id: "mn.orientation.RuleKind" });
export type RuleKind = z.infer<typeof RuleKind>;

export const Rule = /* @__PURE__ */ z
  .strictObject({
    id: RuleId,
    kind: RuleKind,
    when: RuleCondition,
    /** Preference order: the first actor that exists near the person is chosen. */
    recommend: /* @__PURE__ */ z.array(RuleOption).check(z.minLength(1)),
    priority: /* @__PURE__ */ z.int().check(z.minimum(0)),
    /** Why, in French, in exactly one sentence. */
    reason: FrenchSentence,
    sources: /* @__PURE__ */ z.array(SourceRef).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.Rule" });
export type Rule = z.infer<typeof Rule>;

export const ActorNationalSchema = /* @__PURE__ */ z
  .strictObject({
    structure_de_redirection: StructureDeRedirection,
    dispositif_programmes_nationaux: z.array(DispositifProgrammeNational),
    /** Whether the actor is a lieu de médiation numérique whose `services` apply. */
    offersLieuServices: z.boolean(),
  })
  .register(z.globalRegistry, { id: "mn.orientation.ActorNationalSchema" });

export const NationalSchemaMapping = /* @__PURE__ */ z
  .strictObject({
    actors: z.record(ActorId, ActorNationalSchema),
    needs: z.record(NeedId, z.array(LieuService)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.NationalSchemaMapping" });
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
        message: `Identifiant de règle en double\u00A0: ${quote(rule.id)}. Donnez à chaque règle un identifiant unique.`,
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
          message: `${quote(option.actor)} ne peut pas faire la démarche à la place de la personne (mode ${quote(option.mode)}) dans la règle ${quote(rule.id)}\u202F; choisissez un autre mode ou l’un de ces acteurs\u00A0: ${ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON.join(", ")}.`,
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
        message: `La règle ${quote(rule.id)} ne peut jamais s’appliquer\u00A0: autonomyAtLeast (${quote(autonomyAtLeast)}) est supérieur à autonomyAtMost (${quote(autonomyAtMost)})\u202F; inversez-les ou retirez l’un des deux.`,
      });
    }
  });
  if (!table.rules.some(isSafetyNet)) {
    issues.push({
      path: ["rules"],
      message:
        "La table n’a pas de règle filet de sécurité\u00A0: ajoutez une règle «\u00A0answer\u00A0» dont la seule condition est «\u00A0needs\u00A0», avec tous les besoins.",
    });
  }
  return issues;
};

export const RulesTable = /* @__PURE__ */ z
  .strictObject({
    version: FormatVersion,
    rules: /* @__PURE__ */ z.array(Rule).check(z.minLength(1)),
    nationalSchema: NationalSchemaMapping,
  })
  .check((ctx) => {
    for (const issue of tableIssues(ctx.value)) {
      ctx.issues.push({ code: "custom", input: ctx.value, ...issue });
    }
  })
  .register(z.globalRegistry, { id: "mn.orientation.RulesTable" });
export type RulesTable = z.infer<typeof RulesTable>;
