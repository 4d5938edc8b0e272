import { NBSP, NNBSP } from "@mediation-numerique/core";
import type { AssessmentDocument } from "../engine/document.js";
import { readInstrument, type Instrument } from "../engine/instrument.js";
import { readDocument } from "../engine/parse.js";
import {
  profileOf,
  resolveProfileOptions,
  type ItemResult,
} from "../engine/profile.js";
import {
  formatIndicatorValue,
  INDICATOR_LABELS,
  type CentreIndicators,
  type IndicatorId,
  type IndicatorValue,
} from "./indicators.js";

/** How many strengths and points to work on `keyPoints` gives at most. */
export const KEY_POINTS = 3;

/**
 * The indicators that speak of an item of the référentiel d’action: equipment and free access for the « accès
 * libre » axis, workshops and their means for the workshops, the staff for the projet numérique, the
 * permanences for the permanences, partnerships for the territory. This link is our reading of the référentiel.
 */
export const INDICATOR_ITEMS: Readonly<Record<string, readonly IndicatorId[]>> =
  {
    "fcs93-action/projet-numerique": ["digitalStaff"],
    "fcs93-action/axe-acces-libre": [
      "freeAccess",
      "freeAccessHours",
      "freeAccessFacilitator",
      "publicWifi",
      "computers",
      "equipmentState",
      "bandwidth",
    ],
    "fcs93-action/ateliers-mediation-numerique": [
      "digitalWorkshops",
      "workshopsByLevel",
      "dedicatedRoom",
      "peoplePerWeek",
    ],
    "fcs93-action/axe-permanences": [
      "institutionPermanences",
      "coRunPermanences",
      "rightsAccessPermanences",
    ],
    "fcs93-action/permanences-acces-droits": [
      "rightsAccessPermanences",
      "cafDigitalPoint",
      "franceServices",
    ],
    "fcs93-action/projet-territoire-numerique": [
      "territorialProjectKnown",
      "digitalPartnerships",
    ],
    "fcs93-action/dimension-territoriale": ["digitalPartnerships"],
  };

/** An indicator’s answer read as for (`true`) or against (`false`) an action, or neither (`undefined`). */
function signal(value: IndicatorValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value > 0;
  if (["bon", "correct"].includes(value)) return true;
  return ["mauvais", "tres-mauvais", "faible", "extremement-faible"].includes(
    value,
  )
    ? false
    : undefined;
}

/** An indicator’s answer that speaks for or against an action. */
export interface IndicatorEvidence {
  readonly indicator: IndicatorId;
  /** « Wi-Fi pour le public : non ». */
  readonly text: string;
  readonly favourable: boolean;
}

/** A strength or a point to work on: an item of the référentiel, its level and why, in words. */
export interface KeyPoint {
  /** The référentiel item’s ID (`fcs93-action/axe-acces-libre`): link to its page for its name. */
  readonly item: string;
  readonly group: string;
  readonly groupLabel: string;
  readonly level: string;
  readonly levelLabel: string;
  /**
   * A strength: « En place et évalué : le centre mène cette action et en fait le bilan… »; a point to work on:
   * « Aujourd’hui : pas encore lancé. Prochaine étape : en préparation. »; then the indicators that speak of it.
   */
  readonly text: string;
  readonly evidence: readonly IndicatorEvidence[];
}

/** What `keyPoints` returns. */
export interface KeyPoints {
  readonly strengths: readonly KeyPoint[];
  readonly toWorkOn: readonly KeyPoint[];
  /** Items with a level (the only ones ranked). */
  readonly known: number;
  /** Items without a level: unanswered or « non concerné », never ranked. */
  readonly unknown: number;
  /** When a list has fewer than 3 points, why, in words; `undefined` otherwise. */
  readonly strengthsNote?: string;
  readonly toWorkOnNote?: string;
}

function evidenceOf(
  item: string,
  indicators: CentreIndicators,
): IndicatorEvidence[] {
  const ids = Object.hasOwn(INDICATOR_ITEMS, item)
    ? (INDICATOR_ITEMS[item] ?? [])
    : [];
  return ids.flatMap((indicator) => {
    const value = indicators[indicator];
    const favourable = value === undefined ? undefined : signal(value);
    return value === undefined || favourable === undefined
      ? []
      : [
          {
            indicator,
            text: `${INDICATOR_LABELS[indicator]}${NBSP}: ${formatIndicatorValue(value)}`,
            favourable,
          },
        ];
  });
}

/** A point with what ranks it: its score, its indicators’ balance, its place in the référentiel. */
interface Ranked {
  readonly point: KeyPoint;
  readonly score: number;
  readonly balance: number;
  readonly rank: number;
}

const lowerFirst = (text: string): string =>
  text.charAt(0).toLowerCase() + text.slice(1);

const listed = (evidence: readonly IndicatorEvidence[]) =>
  evidence.map((e) => e.text).join(`${NNBSP}; `);

/**
 * The indicators in words: those that confirm the point (for a strength, the favourable answers; for a point
 * to work on, the unfavourable ones), then those that qualify it.
 */
function evidenceWords(
  evidence: readonly IndicatorEvidence[],
  strength: boolean,
): string {
  const confirming = evidence.filter((e) => e.favourable === strength);
  const qualifying = evidence.filter((e) => e.favourable !== strength);
  return [
    confirming.length > 0 &&
      ` Vos indicateurs le confirment${NBSP}: ${listed(confirming)}.`,
    qualifying.length > 0 &&
      (strength
        ? ` À nuancer${NBSP}: ${listed(qualifying)}.`
        : ` Des appuis existent déjà${NBSP}: ${listed(qualifying)}.`),
  ]
    .filter(Boolean)
    .join("");
}

/** Favourable minus unfavourable answers. */
const balance = (evidence: readonly IndicatorEvidence[]): number =>
  evidence.reduce((sum, e) => sum + (e.favourable ? 1 : -1), 0);

const plural = (n: number, one: string, many: string) =>
  `${n} ${n > 1 ? many : one}`;

function note(
  found: number,
  kind: "strengths" | "toWorkOn",
  known: number,
  unknown: number,
): string | undefined {
  if (found >= KEY_POINTS) return undefined;
  if (known === 0)
    return `Aucune action n’a encore de niveau${NBSP}: répondez aux questions du référentiel pour voir vos points forts et vos points à travailler.`;
  const what =
    kind === "strengths"
      ? found === 0
        ? "Aucun point fort pour l’instant"
        : `Seulement ${plural(found, "point fort", "points forts")}`
      : found === 0
        ? "Aucun point à travailler pour l’instant"
        : `Seulement ${plural(found, "point à travailler", "points à travailler")}`;
  const unanswered =
    unknown === 0
      ? ""
      : `${NNBSP}; ${plural(unknown, "action est", "actions sont")} sans réponse ou non ${unknown > 1 ? "concernées" : "concernée"}, et ne ${unknown > 1 ? "comptent" : "compte"} pas`;
  return `${what}${NBSP}: ${plural(known, "action a", "actions ont")} un niveau${unanswered}.`;
}

/**
 * The centre’s three strongest points and three points to work on, in words, from the answers to the items
 * (levels of the scale) and the structural indicators. The ranking rule:
 * 1. only items with a level are ranked; an unanswered or « non concerné » item is neither strong nor weak;
 * 2. an item at or above the target level (by default « En place ») is a strength, below it a point to work on;
 * 3. strengths: highest level first; points to work on: lowest level first;
 * 4. at the same level, the indicators linked to the item (`INDICATOR_ITEMS`) break the tie: the more answers
 *    for the action (« oui », a good state, a count above 0), the stronger; the more against, the weaker;
 * 5. then the référentiel’s order. Deterministic: the same answers always give the same points.
 * When a list has fewer than 3 points, `strengthsNote` or `toWorkOnNote` says why. Throws
 * `AssessmentDocumentError` on an invalid document, `AssessmentArgumentError` on an invalid instrument.
 */
export function keyPoints(
  document: AssessmentDocument,
  instrument: Instrument,
): KeyPoints {
  const valid = readInstrument(instrument);
  const doc = readDocument(document, valid);
  const result = profileOf(doc, valid, resolveProfileOptions({}, valid));
  const indicators = doc.indicators ?? {};
  const order = new Map(valid.items.map(({ id }, index) => [id, index]));
  const ranked = (r: ItemResult): Ranked => {
    const level = valid.scale.levels[r.score - 1];
    const evidence = evidenceOf(r.item, indicators);
    const strength = r.distance <= 0;
    const said = evidenceWords(evidence, strength);
    const label = level?.label ?? r.level;
    // A point to work on is below the target: the next level up exists.
    const next = valid.scale.levels[r.score]?.label ?? "";
    return {
      point: {
        item: r.item,
        group: r.group,
        groupLabel: valid.groups.find((g) => g.id === r.group)?.label ?? "",
        level: r.level,
        levelLabel: level?.label ?? r.level,
        text: `${strength ? `${label}${NBSP}: ${lowerFirst(level?.description ?? "")}` : `Aujourd’hui${NBSP}: ${lowerFirst(label)}. Prochaine étape${NBSP}: ${lowerFirst(next)}.`}${said}`,
        evidence,
      },
      score: r.score,
      balance: balance(evidence),
      rank: order.get(r.item) ?? 0,
    };
  };
  const top = (
    results: readonly ItemResult[],
    first: (a: Ranked, b: Ranked) => number,
  ): KeyPoint[] =>
    results
      .map(ranked)
      .sort((a, b) => first(a, b) || a.rank - b.rank)
      .slice(0, KEY_POINTS)
      .map((r) => r.point);
  const strengths = top(
    result.strengths,
    (a, b) => b.score - a.score || b.balance - a.balance,
  );
  const toWorkOn = top(
    result.gaps,
    (a, b) => a.score - b.score || a.balance - b.balance,
  );
  const known = result.overall.answered;
  const unknown = result.overall.items - known;
  const strengthsNote = note(strengths.length, "strengths", known, unknown);
  const toWorkOnNote = note(toWorkOn.length, "toWorkOn", known, unknown);
  return {
    strengths,
    toWorkOn,
    known,
    unknown,
    ...(strengthsNote ? { strengthsNote } : {}),
    ...(toWorkOnNote ? { toWorkOnNote } : {}),
  };
}
