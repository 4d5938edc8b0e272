import { describeValue, StableId } from "@mediation-numerique/core";
import * as z from "zod/mini";

/** A rule's ID: a stable ID, never renamed nor reused (see published-ids.json). */
export const RuleId = StableId;
export type RuleId = StableId;

const UPPER = "A-ZÀ-ÖØ-ÞŒ«";
const END = "[.!?…]";

/**
 * One sentence: it starts with a capital, ends with `.`, `!`, `?` or `…`, and no sentence
 * end inside is followed (after closing quotes or brackets) by a space and a capital. So
 * « : », « ; » and an abbreviation before a lowercase word (« etc. ») stay in one sentence.
 * No flags and no `\p{…}`: the pattern is also valid in the JSON Schema.
 */
const ONE_SENTENCE = new RegExp(
  `^(?!.*${END}[\\s»”)]*\\s[${UPPER}])[${UPPER}].*${END}$`,
);

/**
 * French typography: the ’ apostrophe, a no-break space (U+00A0 or U+202F) before « : »,
 * « ; », « ? », « ! » and « », and after « ».
 */
export const FRENCH_TYPOGRAPHY =
  /^(?!.*')(?!.* [:;?!»])(?!.*« )(?!.*[^\s][;?!])(?!.*[^\s]:\s)(?!.*«[^\s])(?!.*[^\s]»)/;

/** A French sentence, the shape of a rule's reason. */
export const FrenchSentence = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(ONE_SENTENCE, {
      error: (issue) =>
        `${describeValue(issue.input)} n’est pas une seule phrase\u00A0: commencez par une majuscule, finissez par un seul signe de fin de phrase (point, point d’exclamation, point d’interrogation ou points de suspension) et ne faites suivre aucune fin de phrase intérieure d’une majuscule.`,
    }),
    z.regex(FRENCH_TYPOGRAPHY, {
      error: (issue) =>
        `${describeValue(issue.input)} ne suit pas la typographie française\u00A0: écrivez l’apostrophe ’ et non ', et mettez une espace insécable (U+00A0 ou U+202F) avant les deux-points, le point-virgule, les points d’interrogation et d’exclamation et le guillemet fermant, et après le guillemet ouvrant.`,
    }),
  )
  .register(z.globalRegistry, { id: "mn.orientation.FrenchSentence" });
