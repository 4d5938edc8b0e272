import * as z from "zod/mini";
import { registered } from "./registered.js";
import type { ActorId } from "./actors.js";

/** How the request is taken. */
export const ModeId = registered(
  z.enum(["apprendre", "faire-avec", "faire-a-la-place"]),
  "ModeId",
);
export type ModeId = z.infer<typeof ModeId>;

export const MODE_LABELS = {
  apprendre:
    "Apprendre\u00A0: gagner en autonomie par un atelier ou un accompagnement individuel",
  "faire-avec":
    "Faire avec\u00A0: la personne agit elle-même, guidée (médiation)",
  "faire-a-la-place": "Faire à la place\u00A0: quelqu’un agit pour la personne",
} as const satisfies Record<ModeId, string>;

/**
 * The only actors who may do a procedure for the person (seed 004, TEMPS 3;
 * seed 002, Aidants Connect). The conseiller numérique never does.
 */
export const ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON: readonly ActorId[] = [
  "france-services",
  "accueil-administration",
  "aidants-connect",
];
