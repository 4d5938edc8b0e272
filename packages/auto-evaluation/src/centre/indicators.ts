import * as z from "zod/mini";
import { expectedReceived } from "@mediation-numerique/core";
import { AssessmentArgumentError } from "../engine/errors.js";
import { MAX_ID_ARGUMENT } from "../engine/input.js";

/** State of the computers, in the words of the 2017 survey (« relativement correcte », « mauvais, voire très mauvais état »). */
export const EquipmentState = /* @__PURE__ */ z
  .enum(["bon", "correct", "mauvais", "tres-mauvais"])
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.EquipmentState",
    description: "État du parc informatique.",
  });
export type EquipmentState = z.infer<typeof EquipmentState>;

/** Bandwidth, in the words of the 2017 survey (« faible débit », « débit extrêmement faible »). */
export const Bandwidth = /* @__PURE__ */ z
  .enum(["bon", "correct", "faible", "extremement-faible"])
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.Bandwidth",
    description: "Qualité du débit internet.",
  });
export type Bandwidth = z.infer<typeof Bandwidth>;

/** The largest count an indicator accepts (people per week, computers…). */
export const INDICATOR_COUNT_MAX = 100_000;

const french = new Intl.NumberFormat("fr-FR");
const shown = (input: unknown): string =>
  typeof input === "number" && Number.isFinite(input)
    ? `«\u00a0${french.format(input)}\u00a0»`
    : "La valeur saisie";

const Count = /* @__PURE__ */ z
  .int({
    error: (issue) =>
      `${shown(issue.input)} n’est pas un nombre entier\u00a0: saisissez un nombre sans virgule ni lettre.`,
  })
  .check(
    z.minimum(0, {
      error: (issue) =>
        `${shown(issue.input)} est négatif\u00a0: saisissez un nombre positif ou nul.`,
    }),
    z.maximum(INDICATOR_COUNT_MAX, {
      error: (issue) =>
        `${shown(issue.input)} dépasse ${french.format(INDICATOR_COUNT_MAX)}\u00a0: saisissez un nombre plus petit.`,
    }),
  );

/**
 * The structural indicators the FCS93 surveys measured (2017 and 2022), every one optional.
 * Each field has its own schema: yes/no, a count, or one of the survey’s own categories.
 */
export const CentreIndicators = /* @__PURE__ */ z
  .strictObject({
    dedicatedRoom: z.optional(z.boolean()),
    computers: z.optional(Count),
    equipmentState: z.optional(EquipmentState),
    bandwidth: z.optional(Bandwidth),
    publicWifi: z.optional(z.boolean()),
    freeAccess: z.optional(z.boolean()),
    freeAccessHours: z.optional(z.boolean()),
    freeAccessFacilitator: z.optional(z.boolean()),
    digitalWorkshops: z.optional(z.boolean()),
    workshopsByLevel: z.optional(z.boolean()),
    peoplePerWeek: z.optional(Count),
    digitalStaff: z.optional(Count),
    salariedStaff: z.optional(Count),
    sessionalStaff: z.optional(Count),
    institutionPermanences: z.optional(z.boolean()),
    coRunPermanences: z.optional(z.boolean()),
    rightsAccessPermanences: z.optional(z.boolean()),
    digitalPartnerships: z.optional(z.boolean()),
    territorialProjectKnown: z.optional(z.boolean()),
    cafDigitalPoint: z.optional(z.boolean()),
    franceServices: z.optional(z.boolean()),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.CentreIndicators",
    description:
      "Indicateurs structurels du centre, tels que les enquêtes FCS93 de 2017 et 2022 les ont mesurés.",
  });
export type CentreIndicators = z.infer<typeof CentreIndicators>;

/** The name of one indicator (`dedicatedRoom`, `bandwidth`…). */
export const IndicatorId = /* @__PURE__ */ z
  .keyof(CentreIndicators)
  .register(z.globalRegistry, { id: "mn.auto-evaluation.IndicatorId" });
export type IndicatorId = z.infer<typeof IndicatorId>;

/** An answered indicator’s value: yes/no, a count or a category. */
export type IndicatorValue = NonNullable<CentreIndicators[IndicatorId]>;

/** What kind of answer an indicator takes: yes/no, a count, or one of the survey’s categories. */
export type IndicatorKind = "boolean" | "count" | "category";

const kindOf = (schema: z.ZodMiniType): IndicatorKind => {
  const def = schema._zod.def;
  const inner =
    def.type === "optional"
      ? (def as z.core.$ZodOptionalDef).innerType._zod.def.type
      : def.type;
  return inner === "number"
    ? "count"
    : inner === "enum"
      ? "category"
      : "boolean";
};

/** The kind of each indicator, read from the `CentreIndicators` schema. */
export const INDICATOR_KINDS: Readonly<Record<IndicatorId, IndicatorKind>> =
  Object.fromEntries(
    IndicatorId.options.map((id) => [
      id,
      kindOf(CentreIndicators.shape[id] as z.ZodMiniType),
    ]),
  ) as Record<IndicatorId, IndicatorKind>;

/** The categories of each category indicator (`equipmentState`, `bandwidth`), in the survey’s order. */
export const INDICATOR_CATEGORIES: Readonly<
  Partial<Record<IndicatorId, readonly (EquipmentState | Bandwidth)[]>>
> = { equipmentState: EquipmentState.options, bandwidth: Bandwidth.options };

/** The French label of each indicator, as the site asks it. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorId, string>> = {
  dedicatedRoom: "Salle dédiée aux ateliers numériques",
  computers: "Nombre d’ordinateurs pour le public",
  equipmentState: "État du parc informatique",
  bandwidth: "Qualité du débit internet",
  publicWifi: "Wi-Fi pour le public",
  freeAccess: "Espace ou poste en accès libre",
  freeAccessHours: "Accès libre sur des plages horaires définies",
  freeAccessFacilitator: "Accès libre avec un·e animateur·trice présent·e",
  digitalWorkshops: "Ateliers numériques animés par le centre",
  workshopsByLevel: "Ateliers divisés par niveaux",
  peoplePerWeek: "Personnes venant aux ateliers par semaine",
  digitalStaff: "Personnes chargées du numérique",
  salariedStaff: "Dont salarié·es",
  sessionalStaff: "Dont vacataires",
  institutionPermanences:
    "Permanences d’institutions accueillies dans les locaux",
  coRunPermanences: "Permanences co-animées par le centre et l’institution",
  rightsAccessPermanences: "Permanences individuelles d’accès aux droits",
  digitalPartnerships: "Partenariats autour du numérique",
  territorialProjectKnown:
    "Connaissance d’un projet numérique sur le territoire",
  cafDigitalPoint: "Point numérique CAF dans le centre",
  franceServices: "Espace France Services dans le centre",
};

const CATEGORY_LABELS: Readonly<Record<EquipmentState | Bandwidth, string>> = {
  bon: "bon",
  correct: "correct",
  mauvais: "mauvais",
  "tres-mauvais": "très mauvais",
  faible: "faible",
  "extremement-faible": "extrêmement faible",
};

/**
 * An indicator’s answer in French: « oui », « non », « 8 », « très mauvais ». Throws
 * `AssessmentArgumentError` for anything but yes/no, a finite number or a category.
 */
export function formatIndicatorValue(value: IndicatorValue): string {
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  // A short text only: a long one would cost its whole length to look up as a key.
  if (
    typeof value === "string" &&
    value.length <= MAX_ID_ARGUMENT &&
    Object.hasOwn(CATEGORY_LABELS, value)
  )
    return CATEGORY_LABELS[value];
  throw new AssessmentArgumentError([
    {
      path: ["value"],
      code: "invalid-value",
      message: expectedReceived(
        "la réponse à un indicateur (oui/non, un nombre ou une catégorie)",
        value,
      ),
    },
  ]);
}
