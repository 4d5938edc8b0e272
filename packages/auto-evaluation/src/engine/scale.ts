import * as z from "zod/mini";
import {
  checkString,
  expectedReceived,
  frenchList,
  quote,
  StableId,
} from "@mediation-numerique/core";
import { AssessmentArgumentError } from "./errors.js";
import { MAX_ID_ARGUMENT, parseWith, throwIf } from "./input.js";

/** One level of a scale: a stable ID, a short French label and what it means. */
export const Level = /* @__PURE__ */ z
  .strictObject({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.Level",
    description: "Un niveau d’échelle.",
  });
export type Level = z.infer<typeof Level>;

/**
 * An ordered scale: the first level is the lowest. A level’s score is its rank, from 1 to the number of levels,
 * so a mean always lies between 1 and `levels.length`.
 */
export const Scale = /* @__PURE__ */ z
  .strictObject({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    levels: z.array(Level).check(z.minLength(2)),
    /** The level a self-assessment aims at unless told otherwise: items below it are gaps. */
    defaultTarget: StableId,
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.Scale",
    description: "Une échelle ordonnée de niveaux.",
  });
export type Scale = z.infer<typeof Scale>;

/** The score of a level of a valid scale (1 for the lowest), or `undefined` for an ID the scale does not have. */
export const levelScore = (
  scale: Scale,
  levelId: string,
): number | undefined => {
  const index = scale.levels.findIndex((level) => level.id === levelId);
  return index === -1 ? undefined : index + 1;
};

/**
 * The score of a level (1 for the lowest), or `undefined` for an ID the scale does not have. Throws
 * `AssessmentArgumentError` when `scale` is not a scale or `levelId` not a short text.
 */
export function scoreOf(scale: Scale, levelId: string): number | undefined {
  const valid = parseWith(Scale, scale, undefined, ["scale"]);
  if (typeof levelId !== "string")
    throw new AssessmentArgumentError([
      {
        path: ["levelId"],
        code: "invalid-type",
        message: expectedReceived("un identifiant de niveau", levelId),
      },
    ]);
  throwIf(checkString(levelId, MAX_ID_ARGUMENT, ["levelId"]));
  return levelScore(valid, levelId);
}

/** The highest score of the scale. Throws `AssessmentArgumentError` when `scale` is not a scale. */
export const maxScore = (scale: Scale): number =>
  parseWith(Scale, scale, undefined, ["scale"]).levels.length;

/** The level IDs, lowest first, for an error message. */
export const levelList = (scale: Scale): string =>
  frenchList(scale.levels.map((level) => quote(level.id)));
