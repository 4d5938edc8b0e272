import {
  NBSP,
  safeParseFrench,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { AutoEvaluationError } from "../engine/errors.js";
import type { Instrument } from "../engine/instrument.js";
import { throwIf } from "../engine/input.js";
import { readDocument } from "../engine/parse.js";
import {
  MAX_NETWORK_DOCUMENTS,
  readAggregateOptions,
  readFile,
  readList,
  type AggregateOptions,
  type NetworkFile,
} from "./input.js";
import {
  AggregationPart,
  emptyPart,
  entryOf,
  NOT_APPLICABLE,
  UNANSWERED,
} from "./part.js";
import { reportOf, type NetworkReport } from "./report.js";

/** Room for a part of `MAX_NETWORK_DOCUMENTS` documents, each with its indicators. */
const PART_LIMITS = {
  maxDepth: 8,
  maxValues: 10_000_000,
  maxStringLength: 20_000,
};

/** Reads each input against the instrument: a readable document becomes an entry, any other is set aside. */
function collect(
  files: readonly NetworkFile[],
  instrument: Instrument,
): AggregationPart {
  const part = emptyPart(instrument);
  for (const { name, content } of files) {
    try {
      part.documents.push(
        entryOf(name, readDocument(content, instrument), instrument),
      );
    } catch (error) {
      if (!(error instanceof AutoEvaluationError)) throw error;
      const problems = error.problems.slice(0, 5) as [Problem, ...Problem[]];
      part.unreadable.push({
        name,
        cause: problems.some((p) => p.code === "wrong-instrument")
          ? "other-instrument"
          : "unreadable",
        problems,
      });
    }
  }
  return part;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** A part argument: bounded, valid, and each entry’s answers fitting its items and levels. */
function readPart(value: unknown, path: ProblemPath): AggregationPart {
  const result = safeParseFrench(AggregationPart, value, path, PART_LIMITS);
  if (!result.success) throwIf(result.problems);
  const part = (result as { data: AggregationPart }).data;
  const problems: Problem[] = [];
  // An answer code is unanswered, « non concerné », or the score of one of the part’s levels.
  const scores = part.levels.map((_, i) => (i + 1).toString(36)).join("");
  const allowed = new RegExp(`^[${UNANSWERED}${NOT_APPLICABLE}${scores}]*$`);
  part.documents.forEach(({ answers }, i) => {
    if (
      problems.length < 10 &&
      (answers.length !== part.items.length || !allowed.test(answers))
    )
      problems.push({
        path: [...path, "documents", i, "answers"],
        code: "invalid-answers",
        message: `Les réponses ne correspondent pas aux ${part.items.length} items et ${part.levels.length} niveaux de la part${NBSP}: refaites la part avec \`aggregatePart\`.`,
      });
  });
  if (part.documents.length + part.unreadable.length > MAX_NETWORK_DOCUMENTS)
    problems.push({
      path,
      code: "too-many-documents",
      message: `La part compte plus de ${MAX_NETWORK_DOCUMENTS} documents${NBSP}: au-delà, chargez le CSV du réseau dans une base de données.`,
    });
  throwIf(problems);
  return part;
}

/** Throws unless the part was built for this instrument (same items, same levels). */
function checkPartInstrument(
  part: AggregationPart,
  instrument: Instrument,
  path: ProblemPath,
): void {
  const fits =
    part.instrument === instrument.id &&
    same(
      part.items,
      instrument.items.map(({ id }) => id),
    ) &&
    same(
      part.levels,
      instrument.scale.levels.map(({ id }) => id),
    );
  throwIf(
    fits
      ? []
      : [
          {
            path,
            code: "part-instrument-mismatch",
            message: `Cette part a été faite pour un autre instrument, ou une autre version de ses référentiels, que ${instrument.id}${NBSP}: refaites-la avec le même instrument.`,
          },
        ],
  );
}

/**
 * The partial aggregation of a set of files, to compute a large network in chunks (in a Web Worker, for
 * instance): each file’s content (JSON text or parsed value) is read against `options.instrument`; a readable
 * document is kept in a compact form (dates, one character per answer, indicators, identity, never the
 * comments), any other is set aside with its problems. Join parts with `mergeParts`, then `networkReport`.
 * Throws `AssessmentArgumentError` on invalid files or options, never for a bad document.
 */
export function aggregatePart(
  files: Iterable<NetworkFile>,
  options: AggregateOptions,
): AggregationPart {
  return collectFiles(files, readAggregateOptions(options));
}

/** The files argument read and collected. */
function collectFiles(files: unknown, instrument: Instrument): AggregationPart {
  const list = readList(files, ["files"], "une liste de fichiers");
  return collect(
    list.map((file, i) => readFile(file, ["files", i])),
    instrument,
  );
}

/**
 * The parts joined into one, exactly: `networkReport(mergeParts([part(A), part(B)]))` is
 * `networkReport(part(A ∪ B))`. Duplicates across parts are sorted out by `networkReport`. Throws
 * `AssessmentArgumentError` when a part is invalid or the parts are of different instruments.
 */
export function mergeParts(parts: Iterable<AggregationPart>): AggregationPart {
  const list = readList(parts, ["parts"], "une liste de parts").map((part, i) =>
    readPart(part, ["parts", i]),
  );
  const [first, ...others] = list;
  if (first === undefined)
    throwIf([
      {
        path: ["parts"],
        code: "no-parts",
        message: `Aucune part à réunir${NBSP}: passez au moins une part faite par \`aggregatePart\`.`,
      },
    ]);
  const base = first as AggregationPart;
  const problems: Problem[] = [];
  others.forEach((part, i) => {
    if (
      part.instrument !== base.instrument ||
      !same(part.items, base.items) ||
      !same(part.levels, base.levels)
    )
      problems.push({
        path: ["parts", i + 1],
        code: "incompatible-parts",
        message: `Cette part a été faite avec un autre instrument, ou une autre version de ses référentiels, que la première${NBSP}: refaites les parts avec le même instrument.`,
      });
  });
  const documents = list.flatMap((part) => part.documents);
  const unreadable = list.flatMap((part) => part.unreadable);
  if (documents.length + unreadable.length > MAX_NETWORK_DOCUMENTS)
    problems.push({
      path: ["parts"],
      code: "too-many-documents",
      message: `Les parts comptent plus de ${MAX_NETWORK_DOCUMENTS} documents${NBSP}: au-delà, chargez le CSV du réseau dans une base de données.`,
    });
  throwIf(problems);
  return { ...base, documents, unreadable };
}

/**
 * The network’s figures from a part (see `aggregate`). Throws `AssessmentArgumentError` when the part is invalid
 * or was made for another instrument.
 */
export function networkReport(
  part: AggregationPart,
  options: AggregateOptions,
): NetworkReport {
  const instrument = readAggregateOptions(options);
  const valid = readPart(part, ["part"]);
  checkPartInstrument(valid, instrument, ["part"]);
  return reportOf(valid, instrument);
}

/** A valid part for `networkCSV` and `networkJSON`, with its instrument. */
export function readPartFor(
  part: unknown,
  options: unknown,
): [AggregationPart, Instrument] {
  const instrument = readAggregateOptions(options);
  const valid = readPart(part, ["part"]);
  checkPartInstrument(valid, instrument, ["part"]);
  return [valid, instrument];
}

/**
 * Aggregates the self-assessments of a network, pure and in one call: each document (an answers document or its
 * JSON text) is read against `options.instrument`. Returns the number of documents counted (one per centre or
 * person: of two versions, the latest), the completeness, per item and domain the distribution of levels and
 * the median, for centres each structural indicator beside the 2017 and 2022 surveys, for mediators the training
 * needs (nothing drawn from fewer than `MIN_GROUP` documents), and the documents set aside with why (named
 * « document n° k », k their position from 1). The result does not depend on the documents’ order. Throws
 * `AssessmentArgumentError` on invalid arguments, never for a bad document.
 */
export function aggregate(
  documents: Iterable<unknown>,
  options: AggregateOptions,
): NetworkReport {
  const instrument = readAggregateOptions(options);
  const list = readList(documents, ["documents"], "une liste de documents");
  const files = list.map((content, i) => ({
    name: `document n°${NBSP}${i + 1}`,
    content,
  }));
  return reportOf(collect(files, instrument), instrument);
}

/** `aggregate` over named files (`{ name, content }`): the report names each file set aside. */
export function aggregateFiles(
  files: Iterable<NetworkFile>,
  options: AggregateOptions,
): NetworkReport {
  const instrument = readAggregateOptions(options);
  return reportOf(collectFiles(files, instrument), instrument);
}
