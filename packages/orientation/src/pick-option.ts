import type { ActorId } from "./actors.js";
import { ACTOR_ABSENT, ACTOR_SHORT_LABELS } from "./actors.js";
import type { Rule, RuleOption } from "./rule-schema.js";

export interface PickedOption extends RuleOption {
  nearby: boolean;
  fallbackFrom: ActorId[];
  /** The sentence that says the preferred actor is absent, if it is. */
  note: string | undefined;
}

/** The first option of the rule whose actor is near the person, else the first option. */
export const pickOption = (
  recommend: Rule["recommend"],
  isNearby: (actor: ActorId) => boolean,
): PickedOption => {
  const [preferred, ...others] = recommend;
  if (preferred === undefined) throw new Error("A rule has no option");
  const index = recommend.findIndex((option) => isNearby(option.actor));
  if (index === 0) {
    return { ...preferred, nearby: true, fallbackFrom: [], note: undefined };
  }
  const absent = ACTOR_ABSENT[preferred.actor];
  const chosen = recommend[index];
  if (chosen === undefined) {
    const note =
      others.length > 0
        ? `${absent}, ni aucun autre relais prévu : à chercher au-delà du voisinage.`
        : `${absent} : à chercher au-delà du voisinage.`;
    return { ...preferred, nearby: false, fallbackFrom: [], note };
  }
  return {
    ...chosen,
    nearby: true,
    fallbackFrom: recommend.slice(0, index).map((option) => option.actor),
    note: `${absent} : ${ACTOR_SHORT_LABELS[chosen.actor]} prend le relais.`,
  };
};
