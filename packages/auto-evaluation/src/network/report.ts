import { NBSP, NNBSP, quote, type Problem } from "@mediation-numerique/core";
import type { Instrument, InstrumentId } from "../engine/instrument.js";
import type { CentreStructure } from "../centre/structure.js";
import {
  countAnswers,
  groupIndexes,
  levelFigures,
  medianOf,
  type LevelFigures,
} from "./counts.js";
import { selectLatest, type Superseded } from "./dedupe.js";
import { networkIndicators, type NetworkIndicator } from "./indicators.js";
import {
  MIN_GROUP,
  networkTraining,
  withheldReason,
  type NetworkTraining,
  type Withheld,
} from "./training.js";
import { byName, documentLabels } from "./labels.js";
import {
  UNANSWERED,
  type AggregationPart,
  type DocumentEntry,
  type UnreadableInput,
} from "./part.js";

/** A document the aggregation did not count, and why. */
export interface SetAsideDocument {
  /** The input’s name; for the mediator instrument « document n° k », never a file name (see `documentLabels`). */
  readonly name: string;
  readonly cause:
    "unreadable" | "other-instrument" | "duplicate" | "older-version";
  /** Why, in French. */
  readonly reason: string;
  /** For a duplicate or an older version: the document counted in its place. */
  readonly keptName?: string;
  /** For an unreadable document, its first problems (for the mediator instrument, their codes only). */
  readonly problems: readonly Problem[];
}

/** How complete the counted documents are: each one’s share of items answered or « non concerné ». */
export interface NetworkCompleteness {
  readonly documents: number;
  /** Mean and median of the documents’ completion, from 0 to 1 (`null` without documents). */
  readonly mean: number | null;
  readonly median: number | null;
  /** Documents with every item answered or « non concerné ». */
  readonly complete: number;
}

export interface ItemFigures extends LevelFigures {
  readonly item: string;
  readonly group: string;
}
export interface GroupFigures extends LevelFigures {
  readonly group: string;
  readonly label: string;
  /** Documents with at least one level in the domain. */
  readonly documents: number;
}

/** A counted centre (centre instrument only): its name, identity and completion. */
export interface NetworkDocument {
  readonly name: string;
  readonly structure?: CentreStructure;
  readonly updatedAt: string;
  readonly completion: number;
}

/** What `aggregate` returns: the network’s figures, and the documents set aside with why. */
export interface NetworkReport {
  readonly instrument: InstrumentId;
  /** Inputs read, counted or not. */
  readonly received: number;
  /** Documents counted: one per centre or person (the latest version). */
  readonly documents: number;
  readonly completeness: NetworkCompleteness | Withheld;
  /** Per item (each dimension, action type…), in the instrument’s order. */
  readonly items: readonly (
    ItemFigures | (Withheld & { readonly item: string; readonly group: string })
  )[];
  /** Per domain, the levels of its items together. */
  readonly groups: readonly (
    | GroupFigures
    | (Withheld & { readonly group: string; readonly label: string })
  )[];
  /** Centre instrument: every structural indicator beside the surveys (empty for the mediator instrument). */
  readonly indicators: readonly NetworkIndicator[];
  /** Centre instrument: the counted centres, by name (empty for the mediator instrument). */
  readonly centres: readonly NetworkDocument[];
  /** Mediator instrument: the training needs (`null` for the centre instrument). */
  readonly training: NetworkTraining | null;
  readonly setAside: readonly SetAsideDocument[];
}

const moment = /* @__PURE__ */ new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});
const updated = (iso: string) =>
  `mise à jour le ${moment.format(new Date(iso))}${NBSP}UTC`;

const OTHER_INSTRUMENT = {
  centre: "une auto-évaluation de centre social",
  mediateur: "une auto-évaluation de médiateur·trice numérique",
} as const;
const SAME = {
  centre: "du même centre",
  mediateur: "de la même auto-évaluation",
} as const;

function unreadable(
  input: UnreadableInput,
  name: string,
  instrument: InstrumentId,
): SetAsideDocument {
  const { cause } = input;
  if (cause === "other-instrument")
    return {
      name,
      cause,
      reason: `Autre instrument${NBSP}: ce fichier n’est pas ${OTHER_INSTRUMENT[instrument]}${NNBSP}; il n’est pas compté.`,
      problems: [],
    };
  const [first] = input.problems;
  const more = input.problems.length - 1;
  // A mediator’s file may quote a comment or a key in its messages: only the codes are kept.
  if (instrument === "mediateur") {
    const codes = [...new Set(input.problems.map((p) => p.code))].join(", ");
    return {
      name,
      cause,
      reason: `Illisible (${codes})${NBSP}: ce fichier n’est pas une auto-évaluation valide${NNBSP}; ouvrez-le dans l’outil d’auto-évaluation pour voir ce qui ne va pas.`,
      problems: input.problems.map(({ path, code }) => ({
        path: path.filter((key) => typeof key === "number"),
        code,
        message: "",
      })),
    };
  }
  return {
    name,
    cause,
    reason: `Illisible${NBSP}: ${first?.message ?? ""}${more > 0 ? ` (et ${more} autre${more > 1 ? "s" : ""} problème${more > 1 ? "s" : ""})` : ""}`,
    problems: input.problems,
  };
}

function superseded(
  { entry, kept, cause }: Superseded,
  label: (input: DocumentEntry) => string,
  instrument: InstrumentId,
): SetAsideDocument {
  const [name, keptName] = [label(entry), label(kept)];
  const reason =
    cause === "duplicate"
      ? `Même document que ${quote(keptName, 120)}${NBSP}: il n’est compté qu’une fois.`
      : entry.updatedAt === kept.updatedAt
        ? `Autre version ${SAME[instrument]} que ${quote(keptName, 120)}, ${updated(entry.updatedAt)} elle aussi${NBSP}: une seule est comptée, choisie par son empreinte pour que le résultat ne dépende pas de l’ordre des fichiers.`
        : `Version antérieure (${updated(entry.updatedAt)}) ${SAME[instrument]} que ${quote(keptName, 120)} (${updated(kept.updatedAt)})${NBSP}: seule la plus récente est comptée.`;
  return { name, cause, reason, keptName, problems: [] };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The report of a valid part of a valid instrument. */
export function reportOf(
  part: AggregationPart,
  instrument: Instrument,
): NetworkReport {
  const id = instrument.id;
  const { kept, superseded: others } = selectLatest(part.documents);
  const label = documentLabels(part, id);
  const counts = countAnswers(kept, instrument);
  const items = instrument.items.length;
  const few = (n: number) => id === "mediateur" && n < MIN_GROUP;
  const setAside = [
    ...part.unreadable.map((input) => unreadable(input, label(input), id)),
    ...others.map((other) => superseded(other, label, id)),
  ].sort(
    (a, b) =>
      byName(a.name, b.name) ||
      byText(a.cause, b.cause) ||
      byText(a.reason, b.reason),
  );
  let complete = 0;
  let done = 0;
  for (const [answered, times] of counts.completion) {
    done += answered * times;
    if (answered === items) complete += times;
  }
  const median = medianOf(counts.completion);
  return {
    instrument: id,
    received: part.documents.length + part.unreadable.length,
    documents: kept.length,
    completeness: few(kept.length)
      ? { withheld: withheldReason(kept.length) }
      : {
          documents: kept.length,
          mean:
            kept.length === 0
              ? null
              : items === 0
                ? 1
                : done / (items * kept.length),
          median: median === null ? null : items === 0 ? 1 : median / items,
          complete,
        },
    items: instrument.items.map(({ id: item, group }, index) => {
      const figures = levelFigures([index], counts, instrument);
      return few(figures.answered)
        ? { item, group, withheld: withheldReason(figures.answered) }
        : { item, group, ...figures };
    }),
    groups: instrument.groups.map((group, g) => {
      const documents = counts.groupDocuments[g] ?? 0;
      return few(documents)
        ? {
            group: group.id,
            label: group.label,
            withheld: withheldReason(documents),
          }
        : {
            group: group.id,
            label: group.label,
            documents,
            ...levelFigures(
              groupIndexes(group, instrument),
              counts,
              instrument,
            ),
          };
    }),
    indicators: id === "centre" ? networkIndicators(kept) : [],
    centres:
      id === "centre"
        ? kept
            .map(({ name, structure, updatedAt, answers }) => ({
              name,
              ...(structure ? { structure } : {}),
              updatedAt,
              completion:
                items === 0
                  ? 1
                  : answers.replaceAll(UNANSWERED, "").length / items,
            }))
            .sort(
              (a, b) =>
                byName(a.name, b.name) ||
                byText(a.updatedAt, b.updatedAt) ||
                byText(JSON.stringify(a), JSON.stringify(b)),
            )
        : [],
    training: id === "mediateur" ? networkTraining(kept, instrument) : null,
    setAside,
  };
}
