import type { ActorId } from "./actors.js";
import type { Nearby } from "./recommendation.js";
import type { Rule, RuleOption } from "./rule-schema.js";

export interface PickedOption extends RuleOption {
  /**
   * `yes`: the actor is near the person; `no`: none of the rule's actors is, the first one is
   * kept; `unknown`: what is near the person is not known, the first one is kept.
   */
  nearby: Nearby;
  /** Preferred actors skipped because they are not near the person. */
  fallbackFrom: ActorId[];
  /** Whether the rule had other actors than its first (all absent when `nearby` is `no`). */
  hadOtherOptions: boolean;
  /** The other actors of the rule, in order, once each: who may take over when `nearby` is `unknown`. */
  relays: ActorId[];
}

/**
 * The first option of the rule whose actor is near the person, else the first option; the
 * first option too when `nearby` (the actors near the person) is not known.
 */
export const pickOption = (
  recommend: Rule["recommend"],
  nearby: readonly ActorId[] | undefined,
): PickedOption => {
  const [preferred] = recommend;
  if (preferred === undefined)
    throw new Error(
      "Une règle n’a aucune option\u00A0: donnez au moins un acteur et un mode dans «\u00A0recommend\u00A0».",
    );
  const hadOtherOptions = recommend.length > 1;
  const index =
    nearby === undefined
      ? -1
      : recommend.findIndex((option) => nearby.includes(option.actor));
  const chosen = recommend[index];
  if (chosen === undefined) {
    const others = recommend
      .map((option) => option.actor)
      .filter((actor) => actor !== preferred.actor);
    return {
      actor: preferred.actor,
      mode: preferred.mode,
      nearby: nearby === undefined ? "unknown" : "no",
      fallbackFrom: [],
      hadOtherOptions,
      relays: nearby === undefined ? [...new Set(others)] : [],
    };
  }
  return {
    actor: chosen.actor,
    mode: chosen.mode,
    nearby: "yes",
    fallbackFrom: recommend.slice(0, index).map((option) => option.actor),
    hadOtherOptions,
    relays: [],
  };
};

/** Items of the same actor and mode, grouped at the first one's place, in order. */
export const groupByOption = <T extends { picked: RuleOption }>(
  items: readonly T[],
): [T, ...T[]][] => {
  const groups = new Map<string, [T, ...T[]]>();
  for (const item of items) {
    const key = `${item.picked.actor}/${item.picked.mode}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return [...groups.values()];
};
