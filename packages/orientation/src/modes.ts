import * as z from "zod/mini";
import type { ActorId } from "./actors.js";

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
