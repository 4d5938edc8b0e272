import * as z from "zod/mini";
import { registered } from "./registered.js";

export const RuleId = registered(
  /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  "RuleId",
);
export type RuleId = z.infer<typeof RuleId>;

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

/** « value », for messages that name a bad value. */
const quote = (value: unknown): string =>
  `«\u00A0${typeof value === "string" ? value : ((JSON.stringify(value) as string | undefined) ?? "undefined")}\u00A0»`;

/** A French sentence, the shape of a rule's reason. */
export const FrenchSentence = registered(
  /* @__PURE__ */ z.string().check(
    z.regex(ONE_SENTENCE, {
      error: (issue) =>
        `${quote(issue.input)} n’est pas une seule phrase\u00A0: commencez par une majuscule, finissez par un seul signe de fin de phrase (point, point d’exclamation, point d’interrogation ou points de suspension) et ne faites suivre aucune fin de phrase intérieure d’une majuscule.`,
    }),
    z.regex(FRENCH_TYPOGRAPHY, {
      error: (issue) =>
        `${quote(issue.input)} ne suit pas la typographie française\u00A0: écrivez l’apostrophe ’ et non ', et mettez une espace insécable (U+00A0 ou U+202F) avant les deux-points, le point-virgule, les points d’interrogation et d’exclamation et le guillemet fermant, et après le guillemet ouvrant.`,
    }),
  ),
  "FrenchSentence",
);
