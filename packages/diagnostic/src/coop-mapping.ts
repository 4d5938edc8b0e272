import type { AutonomyLevelId } from "./levels.js";
import type { CoopAutonomie, CoopWorkshopLevel } from "./schema/coop.js";

/**
 * Overall level → La Coop de la médiation numérique’s `autonomie`, to fill an activity report (CRA).
 * The Coop has three values: both levels below “en partie autonome” are “entièrement accompagné”.
 */
export const COOP_AUTONOMIE_BY_LEVEL: Readonly<
  Record<AutonomyLevelId, CoopAutonomie>
> = {
  "sans-usage": "entierement_accompagne",
  "usage-accompagne": "entierement_accompagne",
  "usage-partiel": "partiellement_autonome",
  autonome: "autonome",
};

/** Domain level → the workshop level (Coop `niveau` of an atelier) to suggest for that domain. */
export const WORKSHOP_LEVEL_BY_LEVEL: Readonly<
  Record<AutonomyLevelId, CoopWorkshopLevel>
> = {
  "sans-usage": "debutant",
  "usage-accompagne": "debutant",
  "usage-partiel": "intermediaire",
  autonome: "avance",
};
