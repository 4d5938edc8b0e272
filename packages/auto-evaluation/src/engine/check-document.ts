import {
  frenchList,
  nearest,
  quote,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { ItemRef } from "@mediation-numerique/referentiels/schema";
import type { Instrument } from "./instrument.js";
import { levelList, levelScore } from "./scale.js";

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** -1, 0 or 1 as version `a` is older than, equal to or newer than `b` (both MAJEUR.MINEUR.CORRECTIF). */
const compareVersions = (a: string, b: string): number => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) {
    const diff = (x?.[i] ?? 0) - (y?.[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
};
const isVersion = (value: unknown): value is string =>
  typeof value === "string" && /^\d{1,6}\.\d{1,6}\.\d{1,6}$/.test(value);
/** Suggestions are looked for on the first unknown items only: a hostile document gets a bounded answer. */
const SUGGESTED_ITEMS = 5;

function checkReferentiels(raw: Raw, instrument: Instrument): Problem[] {
  if (!isRecord(raw.referentiels)) return [];
  return Object.entries(raw.referentiels).flatMap(
    ([id, version]): Problem[] => {
      const known = Object.hasOwn(instrument.versions, id)
        ? instrument.versions[id]
        : undefined;
      const path = ["referentiels", id];
      if (known === undefined) {
        return [
          {
            path,
            code: "unknown-referentiel",
            message: `Le référentiel ${quote(id)} ne fait pas partie de l’instrument ${quote(instrument.id)} (attendus\u00A0: ${frenchList(Object.keys(instrument.versions).map((r) => quote(r)))})\u00A0: retirez-le.`,
          },
        ];
      }
      if (isVersion(version) && compareVersions(version, known) > 0) {
        return [
          {
            path,
            code: "referentiel-too-new",
            message: `Ce document suit la version ${version} du référentiel ${quote(id)}, plus récente que celle que connaît ce module (${known})\u00A0: mettez à jour @mediation-numerique/referentiels.`,
          },
        ];
      }
      return [];
    },
  );
}

function checkAnswer(
  id: string,
  value: unknown,
  raw: Raw,
  instrument: Instrument,
  known: ReadonlySet<string>,
  path: ProblemPath,
  suggest: boolean,
): Problem[] {
  if (!ItemRef.safeParse(id).success) return [];
  const problems: Problem[] = [];
  if (!known.has(id)) {
    const [suggestion] = suggest ? nearest(id, known, { count: 1 }) : [];
    problems.push({
      path,
      code: "unknown-item",
      message: `L’item ${quote(id)} ne fait pas partie des items que l’instrument ${quote(instrument.id)} évalue\u00A0: retirez cette réponse ou corrigez l’identifiant${suggestion === undefined ? "" : ` (vouliez-vous dire ${quote(suggestion)}\u202F?)`}.`,
    });
  }
  const referentielId = id.split("/")[0] ?? "";
  if (
    isRecord(raw.referentiels) &&
    Object.hasOwn(instrument.versions, referentielId) &&
    !Object.hasOwn(raw.referentiels, referentielId)
  ) {
    problems.push({
      path,
      code: "undeclared-referentiel",
      message: `L’item ${quote(id)} vient du référentiel ${quote(referentielId)}, absent de «\u00A0referentiels\u00A0»\u00A0: ajoutez-y sa version.`,
    });
  }
  const answer =
    isRecord(value) && isRecord(value.answer) ? value.answer : value;
  if (!isRecord(answer)) return problems;
  if (
    typeof answer.level === "string" &&
    levelScore(instrument.scale, answer.level) === undefined
  ) {
    problems.push({
      path: [...path, ...(answer === value ? [] : ["answer"]), "level"],
      code: "unknown-level",
      message: `Le niveau ${quote(answer.level)} n’existe pas dans l’échelle ${quote(instrument.scale.label)}\u00A0: choisissez parmi ${levelList(instrument.scale)}.`,
    });
  }
  if (answer.level !== undefined && answer.notApplicable === true) {
    problems.push({
      path,
      code: "conflicting-answer",
      message:
        "Une réponse a soit un niveau, soit «\u00A0non concerné\u00A0», pas les deux\u00A0: retirez l’un des deux.",
    });
  }
  return problems;
}

/** The centre’s own blocks (`indicators`, `structure`) in another instrument’s document. */
function centreOnly(raw: Raw, instrument: Instrument): Problem[] {
  if (instrument.id === "centre") return [];
  const blocks = [
    [
      "indicators",
      "indicators-not-allowed",
      "Les indicateurs structurels ne concernent",
    ],
    ["structure", "structure-not-allowed", "L’identité du centre ne concerne"],
  ] as const;
  return blocks
    .filter(([field]) => raw[field] !== undefined)
    .map(([field, code, what]) => ({
      path: [field],
      code,
      message: `${what} que l’instrument «\u00A0centre\u00A0»\u00A0: retirez «\u00A0${field}\u00A0».`,
    }));
}

function checkDates(raw: Raw): Problem[] {
  const { createdAt, updatedAt } = raw;
  if (typeof createdAt !== "string" || typeof updatedAt !== "string") return [];
  const [created, updated] = [Date.parse(createdAt), Date.parse(updatedAt)];
  return created > updated
    ? [
        {
          path: ["updatedAt"],
          code: "dates-out-of-order",
          message:
            "La date de mise à jour précède la date de création\u00A0: corrigez l’une des deux.",
        },
      ]
    : [];
}

/**
 * What the schema cannot see: items and levels that the instrument does not know, référentiels it does not use
 * or knows in an older version. Indicators that contradict each other are not refused here (the document keeps
 * what the person typed): `indicatorProblems` lists them as warnings. Reads the raw input defensively, so that these
 * problems are reported together with the schema’s own.
 */
export function checkAgainstInstrument(
  raw: unknown,
  instrument: Instrument,
): Problem[] {
  if (!isRecord(raw)) return [];
  const problems: Problem[] = [];
  if (typeof raw.instrument === "string" && raw.instrument !== instrument.id) {
    problems.push({
      path: ["instrument"],
      code: "wrong-instrument",
      message: `Ce document relève de l’instrument ${quote(raw.instrument)}, pas de ${quote(instrument.id)}\u00A0: ouvrez-le avec le bon instrument.`,
    });
    return problems;
  }
  problems.push(...checkReferentiels(raw, instrument));
  const known = new Set([
    ...[...instrument.items, ...instrument.withdrawn].map(({ id }) => id),
    ...instrument.incomplete,
  ]);
  let suggestions = SUGGESTED_ITEMS;
  for (const field of ["answers", "setAside"] as const) {
    const entries = raw[field];
    if (!isRecord(entries)) continue;
    for (const [id, value] of Object.entries(entries)) {
      const found = checkAnswer(
        id,
        value,
        raw,
        instrument,
        known,
        [field, id],
        suggestions > 0,
      );
      if (found.some((problem) => problem.code === "unknown-item"))
        suggestions--;
      problems.push(...found);
    }
  }
  problems.push(...centreOnly(raw, instrument), ...checkDates(raw));
  return problems;
}
