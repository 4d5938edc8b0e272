import * as z from "zod/mini";
import type { ActorId } from "./actors.js";
import type { ConditionKey } from "./match.js";
import type { Situation } from "./situation.js";

/** How the request is taken. */
export const ModeId = /* @__PURE__ */ z
  .enum(["apprendre", "faire-avec", "faire-a-la-place"])
  .register(z.globalRegistry, { id: "mn.orientation.ModeId" });
export type ModeId = z.infer<typeof ModeId>;

export const MODE_LABELS = {
  apprendre:
    "Apprendre\u00A0: gagner en autonomie par un atelier ou un accompagnement individuel",
  "faire-avec":
    "Faire avec\u00A0: la personne agit elle-même, guidée (médiation)",
  "faire-a-la-place": "Faire à la place\u00A0: quelqu’un agit pour la personne",
} as const satisfies Record<ModeId, string>;

/**
 * The only actors who may do a procedure for the person: « EFS ou MSAP » (seed 004, TEMPS 3,
 * the only column with « “Faire à la place de” ») and aidants habilités Aidants Connect
 * (seed 002). Neither the conseiller numérique nor the administration's reception (whose
 * column holds « Suivi des dossiers et demandes », « Aide à l’obtention des justificatifs »,
 * « Aide pour remplir le formulaire ») does.
 */
export const ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON: readonly ActorId[] = [
  "france-services",
  "aidants-connect",
];

/**
 * The facts that must be known before a rule that may do the procedure for the person
 * (« faire à la place ») fires, whatever its own conditions. Doing it for her takes the task
 * away from her: that rests on answers given, never on questions nobody asked. A choice of the
 * project (issue 11: with `hasTime` or `wantsToLearn` unknown, no option is « faire à la
 * place »), in the line of « faire avec et non à la place de » (seed 004, directives de
 * l’ANCT): with either fact unknown, the person is guided instead, and the fact is a question
 * to ask. A blocked rule lists the unknown fact in `unmet` and `unknown` (`explain`).
 */
export const FACTS_REQUIRED_TO_ACT_FOR_THE_PERSON = [
  "hasTime",
  "wantsToLearn",
] as const satisfies readonly (ConditionKey & keyof Situation)[];
