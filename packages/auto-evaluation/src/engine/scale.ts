import * as z from "zod/mini";
import { Id } from "@mediation-numerique/referentiels/schema";

/** One level of a scale: a stable ID, a short French label and what it means. */
export const Level = z
  .strictObject({
    id: Id,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: "Level",
    description: "Un niveau d’échelle.",
  });
export type Level = z.infer<typeof Level>;

/**
 * An ordered scale: the first level is the lowest. A level’s score is its rank, from 1 to the number of levels,
 * so a mean always lies between 1 and `levels.length`.
 */
export const Scale = z
  .strictObject({
    id: Id,
    label: z.string().check(z.minLength(1)),
    levels: z.array(Level).check(z.minLength(2)),
    /** The level a self-assessment aims at unless told otherwise: items below it are gaps. */
    defaultTarget: Id,
  })
  .register(z.globalRegistry, {
    id: "Scale",
    description: "Une échelle ordonnée de niveaux.",
  });
export type Scale = z.infer<typeof Scale>;

/** The score of a level (1 for the lowest), or `undefined` for an ID the scale does not have. */
export const scoreOf = (scale: Scale, levelId: string): number | undefined => {
  const index = scale.levels.findIndex((level) => level.id === levelId);
  return index === -1 ? undefined : index + 1;
};

/** The highest score of the scale. */
export const maxScore = (scale: Scale): number => scale.levels.length;

/** The level IDs, lowest first, for an error message. */
export const levelList = (scale: Scale): string =>
  scale.levels.map((level) => `«\u00a0${level.id}\u00a0»`).join(", ");
