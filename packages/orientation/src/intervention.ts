import { SourceRef } from "@mediation-numerique/core";
import * as z from "zod/mini";
import * as passage from "./passages.js";
import { parseArguments, parseInput, type InputSpec } from "./input.js";
import { FrenchSentence, RuleId } from "./rule-text.js";

/** The three intervention kinds of seed 004's quiz. */
export const InterventionKind = /* @__PURE__ */ z
  .enum(["assistanat", "formation", "mediation"])
  .register(z.globalRegistry, { id: "mn.orientation.InterventionKind" });
export type InterventionKind = z.infer<typeof InterventionKind>;

export const INTERVENTION_KIND_LABELS = {
  assistanat: "Assistanat\u00A0: faire à la place de la personne",
  formation:
    "Formation\u00A0: donner les connaissances, puis laisser la personne s’exercer",
  mediation: "Médiation\u00A0: la personne fait elle-même, guidée pas à pas",
} as const satisfies Record<InterventionKind, string>;

const Actor = /* @__PURE__ */ z
  .enum(["person", "helper"])
  .register(z.globalRegistry, { id: "mn.orientation.InterventionActor" });

/** What happened during an intervention. */
export const InterventionDescription = /* @__PURE__ */ z
  .strictObject({
    /** Who did the action on the device: the person, or the helper. */
    actedBy: Actor,
    /** Did the helper explain what was done? */
    explained: z.boolean(),
    /** Could the person now redo it alone? */
    personCanRedoAlone: z.boolean(),
    /** Did the helper leave the person alone to do it? */
    helperLeftPersonAlone: z.boolean(),
  })
  .register(z.globalRegistry, { id: "mn.orientation.InterventionDescription" });
export type InterventionDescription = z.infer<typeof InterventionDescription>;

export const InterventionRule = /* @__PURE__ */ z
  .strictObject({
    id: RuleId,
    when: z.partial(InterventionDescription),
    kind: InterventionKind,
    reason: FrenchSentence,
    sources: /* @__PURE__ */ z.array(SourceRef).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.InterventionRule" });
export type InterventionRule = z.infer<typeof InterventionRule>;

/**
 * Mutually exclusive rows covering every description. Plain data: the tests check that it
 * covers every description and that it parses with `InterventionRule`.
 */
export const INTERVENTION_RULES: InterventionRule[] = [
  {
    id: "fait-sans-expliquer",
    when: { actedBy: "helper", explained: false },
    kind: "assistanat",
    reason:
      "L’aidant a fait la démarche lui-même, sans expliquer\u00A0: c’est faire à la place de la personne.",
    sources: [
      passage.HYPRA_RSA_ASSISTANAT,
      passage.HYPRA_ASSISTANAT_VS_MEDIATION,
    ],
  },
  {
    id: "fait-en-expliquant-sans-transmettre",
    when: { actedBy: "helper", explained: true, personCanRedoAlone: false },
    kind: "assistanat",
    reason:
      "L’aidant a fait la démarche lui-même et la personne ne saurait pas la refaire seule\u00A0: c’est faire à sa place.",
    sources: [
      passage.HYPRA_RSA_ASSISTANAT,
      passage.HYPRA_ASSISTANAT_VS_MEDIATION,
    ],
  },
  {
    id: "demonstration",
    when: { actedBy: "helper", explained: true, personCanRedoAlone: true },
    kind: "formation",
    reason:
      "L’aidant a montré en expliquant et la personne sait refaire seule\u00A0: des connaissances ont été transmises.",
    sources: [passage.HYPRA_DEFINITION_FORMATION],
  },
  {
    id: "explique-puis-laisse-seul",
    when: { actedBy: "person", explained: true, helperLeftPersonAlone: true },
    kind: "formation",
    reason:
      "L’aidant a expliqué puis laissé la personne s’exercer seule\u00A0: c’est de la formation, pas de la médiation.",
    sources: [passage.HYPRA_CV_FORMATION, passage.HYPRA_DEFINITION_FORMATION],
  },
  {
    id: "guide-pas-a-pas",
    when: { actedBy: "person", helperLeftPersonAlone: false },
    kind: "mediation",
    reason:
      "La personne a fait elle-même, guidée par l’aidant resté à ses côtés\u00A0: c’est de la médiation.",
    sources: [
      passage.HYPRA_RSA_MEDIATION,
      passage.HYPRA_ASSISTANAT_VS_MEDIATION,
    ],
  },
  {
    id: "seul-sans-explication",
    when: { actedBy: "person", explained: false, helperLeftPersonAlone: true },
    kind: "mediation",
    reason:
      "La personne a fait seule, sans explication\u00A0: rien n’a été fait à sa place ni transmis\u202F; l’aide s’est bornée à faciliter l’accès, ce qui relève au plus de la médiation.",
    sources: [passage.HYPRA_ASSISTANAT_VS_MEDIATION],
  },
];

export const InterventionClassification = /* @__PURE__ */ z
  .strictObject({
    kind: InterventionKind,
    rule: RuleId,
    reason: /* @__PURE__ */ z.string().check(z.minLength(1)),
    sources: /* @__PURE__ */ z.array(SourceRef).check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: "mn.orientation.InterventionClassification",
  });
export type InterventionClassification = z.infer<
  typeof InterventionClassification
>;

/** How a description is read: its schema, and the words of its errors. */
const DESCRIPTION_INPUT: InputSpec<typeof InterventionDescription> = {
  schema: InterventionDescription,
  summary: "Description d’intervention invalide",
  validValuesOf: (field) => {
    if (field === "") return Object.keys(InterventionDescription.shape);
    return field === "actedBy" ? Actor.options : ["true", "false"];
  },
};

const matches = (
  rule: InterventionRule,
  description: InterventionDescription,
): boolean =>
  Object.entries(rule.when).every(
    ([key, value]) =>
      description[key as keyof InterventionDescription] === value,
  );

/**
 * Does `rule` describe `description`? Both are checked first: an `OrientationInputError` lists
 * every problem, under `rule` or `description`.
 */
export const interventionRuleMatches = (
  rule: InterventionRule,
  description: InterventionDescription,
): boolean =>
  matches(
    ...parseArguments(
      ["rule", InterventionRule, rule],
      ["description", InterventionDescription, description],
    ),
  );

/** Assistanat, formation or médiation? Throws `OrientationInputError` on bad input. */
export const classifyIntervention = (
  input: unknown,
): InterventionClassification => {
  const description = parseInput(DESCRIPTION_INPUT, input);
  const rule = INTERVENTION_RULES.find((candidate) =>
    matches(candidate, description),
  );
  if (rule === undefined) {
    throw new Error(
      `La table des interventions ne couvre pas la description ${JSON.stringify(description)}\u00A0: ajoutez une règle à INTERVENTION_RULES pour ce cas.`,
    );
  }
  return {
    kind: rule.kind,
    rule: rule.id,
    reason: rule.reason,
    sources: rule.sources,
  };
};
