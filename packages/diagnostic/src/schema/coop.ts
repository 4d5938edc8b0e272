import * as z from "zod/mini";

/**
 * La Coop de la médiation numérique: the `autonomie` of a person in an activity report (CRA).
 * Values as in inclusion-numerique/coop-mediation-numerique, apps/web/prisma/schema.prisma.
 */
export const CoopAutonomie = z
  .enum(["entierement_accompagne", "partiellement_autonome", "autonome"])
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopAutonomie" });
export type CoopAutonomie = z.infer<typeof CoopAutonomie>;

/** La Coop de la médiation numérique: the `niveau` of a collective workshop (atelier). */
export const CoopWorkshopLevel = z
  .enum(["debutant", "intermediaire", "avance"])
  .register(z.globalRegistry, { id: "mn.diagnostic.CoopWorkshopLevel" });
export type CoopWorkshopLevel = z.infer<typeof CoopWorkshopLevel>;
