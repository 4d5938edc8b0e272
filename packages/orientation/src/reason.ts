import {
  ACTOR_ABSENT,
  ACTOR_PRESENCE_UNKNOWN,
  ACTOR_SHORT_LABELS,
  type ActorId,
} from "./actors.js";
import { NEED_SHORT_LABELS, type NeedId } from "./needs.js";
import type { Nearby } from "./recommendation.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** What a recommendation's reason says, besides its primary rule's sentence. */
interface ReasonParts {
  /** The primary rule's reason: one sentence. */
  primary: string;
  actor: ActorId;
  nearby: Nearby;
  /** Whether a rule behind it had other actors, all absent too (when `nearby` is `no`). */
  hadOtherOptions: boolean;
  /** The preferred actor of each rule that fell back to `actor`, in order, once each. */
  absent: ActorId[];
  /** When `nearby` is `unknown`: the other actors of the rules behind it, who may take over. */
  relays: ActorId[];
  /** Whether the primary rule itself fell back, found no one nearby, or has relays of unknown presence. */
  primaryFellBack: boolean;
  /** Needs answered by merged rules but not by the primary rule. */
  alsoNeeds: NeedId[];
}

const lowerFirst = (text: string): string =>
  text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string): string =>
  text.charAt(0).toUpperCase() + text.slice(1);

/** « a », « a et b », « a, b et c ». */
const list = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} et ${items.at(-1) ?? ""}`;

/** « de suivre un dossier », « d’obtenir un justificatif ». */
const deInfinitive = (phrase: string): string =>
  /^[aeiouyàâéèêëîïôûh]/i.test(phrase) ? `d’${phrase}` : `de ${phrase}`;

/** « a », « a ou b », « a, b ou c ». */
const orList = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ou ${items.at(-1) ?? ""}`;

const fallbackClause = (parts: ReasonParts): string | undefined => {
  if (parts.nearby === "unknown") {
    if (parts.relays.length === 0) return undefined;
    const relays = orList(
      parts.relays.map((actor) => ACTOR_SHORT_LABELS[actor]),
    );
    return `${ACTOR_PRESENCE_UNKNOWN[parts.actor]}${NBSP}: à vérifier, sinon ${relays} prend le relais`;
  }
  if (parts.nearby === "no") {
    const others = parts.hadOtherOptions ? ", ni aucun autre relais prévu" : "";
    return `${ACTOR_ABSENT[parts.actor]}${others}${NBSP}: à chercher au-delà du voisinage`;
  }
  if (parts.absent.length === 0) return undefined;
  const absent = list(
    parts.absent.map((actor, i) =>
      i === 0 ? ACTOR_ABSENT[actor] : lowerFirst(ACTOR_ABSENT[actor]),
    ),
  );
  return `${absent}${NBSP}: ${ACTOR_SHORT_LABELS[parts.actor]} prend le relais`;
};

const alsoClause = (needs: readonly NeedId[]): string | undefined =>
  needs.length === 0
    ? undefined
    : `cette orientation répond aussi ${needs.length === 1 ? "au besoin" : "aux besoins"} ${list(
        needs.map((need) => deInfinitive(NEED_SHORT_LABELS[need])),
      )}`;

/**
 * The reason of a recommendation: the primary rule's sentence, then at most one more
 * sentence that says the fallback (the preferred actor is not nearby, or it is not known
 * whether it is and another actor may take over), that the recommendation also answers
 * other needs, or both.
 */
export const composeReason = (parts: ReasonParts): string => {
  const fallback = fallbackClause(parts);
  const also = alsoClause(parts.alsoNeeds);
  const clauses = (
    parts.primaryFellBack ? [fallback, also] : [also, fallback]
  ).filter((clause) => clause !== undefined);
  if (clauses.length === 0) return parts.primary;
  return `${parts.primary} ${upperFirst(clauses.map(lowerFirst).join(`${NNBSP}; `))}.`;
};
