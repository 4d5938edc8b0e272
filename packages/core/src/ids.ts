import * as z from "zod/mini";

/** The shape of every stable ID: lowercase ASCII words and digits joined by single hyphens. */
export const STABLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest stable ID: long enough for a sentence-like ID, short enough to bound every lookup. */
export const MAX_ID_LENGTH = 80;

/** A stable ID: never renamed, never reused for another meaning. */
export const StableId = /* @__PURE__ */ z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH),
    z.regex(STABLE_ID_PATTERN, {
      error: `un identifiant s’écrit en minuscules non accentuées, chiffres et tirets simples (ex. «\u00A0diagnostic-2\u00A0»).`,
    }),
  )
  .register(z.globalRegistry, {
    id: "mn.core.StableId",
    description:
      "Identifiant stable\u00A0: minuscules ASCII, chiffres et tirets simples, jamais renommé ni réutilisé.",
  });
export type StableId = z.infer<typeof StableId>;

/** Whether `value` is a stable ID, without zod (for the small, zod-free entries). */
export const isStableId = (value: unknown): value is string =>
  typeof value === "string" &&
  value.length <= MAX_ID_LENGTH &&
  STABLE_ID_PATTERN.test(value);

/** A data version in semver: `MAJEUR.MINEUR.CORRECTIF`. */
export const SemVer = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/, {
      error:
        "la version suit semver\u00A0: MAJEUR.MINEUR.CORRECTIF (ex. «\u00A01.0.0\u00A0»).",
    }),
  )
  .register(z.globalRegistry, {
    id: "mn.core.SemVer",
    description: "Version des données, en semver (MAJEUR.MINEUR.CORRECTIF).",
  });

/** The version of a file format or of a table: a whole number from 1, raised on each breaking change. */
export const FormatVersion = /* @__PURE__ */ z
  .int()
  .check(z.minimum(1), z.maximum(1_000_000))
  .register(z.globalRegistry, {
    id: "mn.core.FormatVersion",
    description:
      "Version d’un format ou d’une table\u00A0: un entier à partir de 1.",
  });
