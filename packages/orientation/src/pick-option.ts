import type { ActorId } from "./actors.js";
import type { Rule, RuleOption } from "./rule-schema.js";

export interface PickedOption extends RuleOption {
  /** False when none of the rule's actors is near the person: the first one is kept. */
  nearby: boolean;
  /** Preferred actors skipped because they are not near the person. */
  fallbackFrom: ActorId[];
  /** Whether the rule had other actors than its first (all absent when `nearby` is false). */
  hadOtherOptions: boolean;
}

/** The first option of the rule whose actor is near the person, else the first option. */
export const pickOption = (
  recommend: Rule["recommend"],
  isNearby: (actor: ActorId) => boolean,
): PickedOption => {
  const [preferred] = recommend;
  if (preferred === undefined)
    throw new Error(
      "Une règle n’a aucune option\u00A0: donnez au moins un acteur et un mode dans «\u00A0recommend\u00A0».",
    );
  const hadOtherOptions = recommend.length > 1;
  const index = recommend.findIndex((option) => isNearby(option.actor));
  const chosen = recommend[index];
  if (chosen === undefined) {
    return { ...preferred, nearby: false, fallbackFrom: [], hadOtherOptions };
  }
  return {
    ...chosen,
    nearby: true,
    fallbackFrom: recommend.slice(0, index).map((option) => option.actor),
    hadOtherOptions,
  };
};
