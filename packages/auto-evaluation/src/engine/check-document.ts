import { ItemRef } from "@mediation-numerique/referentiels/schema";
import type { Problem } from "./errors.js";
import type { Instrument } from "./instrument.js";
import { levelList, scoreOf } from "./scale.js";
import { CentreIndicators } from "../centre/indicators.js";
import { checkIndicators } from "../centre/check-indicators.js";

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
  typeof value === "string" && /^\d+\.\d+\.\d+$/.test(value);

function checkReferentiels(raw: Raw, instrument: Instrument): Problem[] {
  if (!isRecord(raw.referentiels)) return [];
  return Object.entries(raw.referentiels).flatMap(
    ([id, version]): Problem[] => {
      const known = instrument.versions[id];
      const path = `referentiels.${id}`;
      if (known === undefined) {
        return [
          {
            path,
            code: "unknown-referentiel",
            message: `Le référentiel «\u00a0${id}\u00a0» ne fait pas partie de l’instrument «\u00a0${instrument.id}\u00a0» (attendus\u00a0: ${Object.keys(instrument.versions).join(", ")})\u00a0: retirez-le.`,
          },
        ];
      }
      if (isVersion(version) && compareVersions(version, known) > 0) {
        return [
          {
            path,
            code: "referentiel-too-new",
            message: `Ce document suit la version ${version} du référentiel «\u00a0${id}\u00a0», plus récente que celle que connaît ce module (${known})\u00a0: mettez à jour @mediation-numerique/referentiels.`,
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
  path: string,
): Problem[] {
  if (!ItemRef.safeParse(id).success) return [];
  const problems: Problem[] = [];
  if (!known.has(id)) {
    problems.push({
      path,
      code: "unknown-item",
      message: `L’item «\u00a0${id}\u00a0» ne fait pas partie des items que l’instrument «\u00a0${instrument.id}\u00a0» évalue\u00a0: retirez cette réponse ou corrigez l’identifiant.`,
    });
  }
  const referentielId = id.split("/")[0] ?? "";
  if (
    isRecord(raw.referentiels) &&
    instrument.versions[referentielId] !== undefined &&
    !(referentielId in raw.referentiels)
  ) {
    problems.push({
      path,
      code: "undeclared-referentiel",
      message: `L’item «\u00a0${id}\u00a0» vient du référentiel «\u00a0${referentielId}\u00a0», absent de «\u00a0referentiels\u00a0»\u00a0: ajoutez-y sa version.`,
    });
  }
  const answer =
    isRecord(value) && isRecord(value.answer) ? value.answer : value;
  if (!isRecord(answer)) return problems;
  if (
    typeof answer.level === "string" &&
    scoreOf(instrument.scale, answer.level) === undefined
  ) {
    problems.push({
      path: `${path}${answer === value ? "" : ".answer"}.level`,
      code: "unknown-level",
      message: `Le niveau «\u00a0${answer.level}\u00a0» n’existe pas dans l’échelle «\u00a0${instrument.scale.label}\u00a0»\u00a0: choisissez parmi ${levelList(instrument.scale)}.`,
    });
  }
  if (answer.level !== undefined && answer.notApplicable === true) {
    problems.push({
      path,
      code: "conflicting-answer",
      message:
        "Une réponse a soit un niveau, soit «\u00a0non concerné\u00a0», pas les deux\u00a0: retirez l’un des deux.",
    });
  }
  return problems;
}

function checkIndicatorsField(raw: Raw, instrument: Instrument): Problem[] {
  if (raw.indicators === undefined) return [];
  if (instrument.id !== "centre") {
    return [
      {
        path: "indicators",
        code: "indicators-not-allowed",
        message:
          "Les indicateurs structurels ne concernent que l’instrument «\u00a0centre\u00a0»\u00a0: retirez «\u00a0indicators\u00a0».",
      },
    ];
  }
  const parsed = CentreIndicators.safeParse(raw.indicators);
  return parsed.success ? checkIndicators(parsed.data) : [];
}

function checkDates(raw: Raw): Problem[] {
  const { createdAt, updatedAt } = raw;
  if (typeof createdAt !== "string" || typeof updatedAt !== "string") return [];
  const [created, updated] = [Date.parse(createdAt), Date.parse(updatedAt)];
  return created > updated
    ? [
        {
          path: "updatedAt",
          code: "dates-out-of-order",
          message:
            "La date de mise à jour précède la date de création\u00a0: corrigez l’une des deux.",
        },
      ]
    : [];
}

/**
 * What the schema cannot see: items and levels that the instrument does not know, référentiels it does not use
 * or knows in an older version, contradictory answers. Reads the raw input defensively, so that these
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
      path: "instrument",
      code: "wrong-instrument",
      message: `Ce document relève de l’instrument «\u00a0${raw.instrument}\u00a0», pas de «\u00a0${instrument.id}\u00a0»\u00a0: ouvrez-le avec le bon instrument.`,
    });
    return problems;
  }
  problems.push(...checkReferentiels(raw, instrument));
  const known = new Set([
    ...[...instrument.items, ...instrument.withdrawn].map(({ id }) => id),
    ...instrument.incomplete,
  ]);
  for (const field of ["answers", "setAside"] as const) {
    const entries = raw[field];
    if (!isRecord(entries)) continue;
    for (const [id, value] of Object.entries(entries)) {
      problems.push(
        ...checkAnswer(id, value, raw, instrument, known, `${field}.${id}`),
      );
    }
  }
  problems.push(...checkIndicatorsField(raw, instrument), ...checkDates(raw));
  return problems;
}
