import { StableId } from "@mediation-numerique/core";
import * as z from "zod/mini";
import type { InputSpec } from "./input.js";
import { ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON } from "./modes.js";
import { Recommendation } from "./recommendation.js";

/** The most words of the centre's name, the heading of the steps here: a short heading. */
export const MAX_CENTRE_NAME_WORDS = 10;

const wordCount = (text: string): number =>
  text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A short text typed once by the centre, shown as is: at most `max` characters, not blank, on
 * one line (no control character).
 */
const CentreText = (max: number, what: string) =>
  z.string().check(
    z.maxLength(max),
    z.regex(/\S/, { error: `${what} ne doit pas être vide.` }),
    z.regex(/^\P{Cc}*$/u, {
      error: `${what} tient sur une ligne, sans caractère de contrôle (retour à la ligne, tabulation).`,
    }),
  );

/**
 * The centre's settings, kept on the device by the site: not the resident's data. Write the
 * name in full words: the sheet shows it as given (an abbreviation in it stays unexplained).
 */
export const ResidentSheetCentre = /* @__PURE__ */ z
  .strictObject({
    /** « Maison de quartier des Lilas »: the heading of the mediation steps, « Revenez nous voir ici. ». */
    name: z.optional(
      CentreText(80, "Le nom du lieu").check(
        z.refine((name) => wordCount(name) <= MAX_CENTRE_NAME_WORDS, {
          error: `Le nom du lieu tient en ${MAX_CENTRE_NAME_WORDS} mots au plus, pour que le titre de la fiche reste court.`,
          params: { code: "too-many-words" },
        }),
      ),
    ),
    address: z.optional(CentreText(200, "L’adresse")),
    /** « Du lundi au vendredi, de 9 h à 17 h ». */
    openingHours: z.optional(CentreText(200, "Les horaires")),
    phone: z.optional(
      z.string().check(
        z.maxLength(30),
        z.regex(/^[+(\d][\d .()\u00A0\u202F-]*$/, {
          error:
            "le numéro de téléphone s’écrit avec des chiffres, des espaces, des points ou des tirets (ex. «\u00A001 23 45 67 89\u00A0»).",
        }),
      ),
    ),
  })
  .register(z.globalRegistry, { id: "mn.orientation.ResidentSheetCentre" });
export type ResidentSheetCentre = z.infer<typeof ResidentSheetCentre>;

const Points = z.int().check(z.minimum(-1_000), z.maximum(1_000));

/**
 * What the sheet reads of the diagnostic's `DiagnosticResult` (`score()` of
 * `@mediation-numerique/diagnostic`): its questionnaire, and the answers that counted. Its other
 * fields are accepted and left aside. Built here rather than imported, as `Situation` builds its
 * autonomy levels: the diagnostic's own schemas would add its whole main entry to a page that
 * prints a sheet (a type test checks that every `DiagnosticResult` fits).
 */
export const ResidentSheetDiagnostic = /* @__PURE__ */ z
  .object({
    questionnaireId: StableId,
    explanation: z
      .array(
        z.object({
          answers: z
            .array(
              z.object({
                questionId: StableId,
                optionId: StableId,
                points: Points,
                max: Points,
              }),
            )
            .check(z.maxLength(500)),
        }),
      )
      .check(z.maxLength(100)),
  })
  .register(z.globalRegistry, {
    id: "mn.orientation.ResidentSheetDiagnostic",
  });
export type ResidentSheetDiagnostic = z.infer<typeof ResidentSheetDiagnostic>;

/** A recommendation as `orient()` gives it; « faire à la place » only by those who may. */
const SheetRecommendation = /* @__PURE__ */ Recommendation.check(
  z.refine(
    (recommendation) =>
      recommendation.mode !== "faire-a-la-place" ||
      ACTORS_ALLOWED_TO_ACT_FOR_THE_PERSON.includes(recommendation.actor),
    {
      error:
        "seuls France Services et Aidants Connect font une démarche à la place de la personne (mode «\u00A0faire-a-la-place\u00A0»).",
      path: ["mode"],
      params: { code: "mode-not-allowed" },
    },
  ),
);

/** What `residentSheet` takes: the diagnostic's result if it was run, the orientation, the centre. */
export const ResidentSheetInput = /* @__PURE__ */ z
  .strictObject({
    /** The result of the diagnostic's `score()`, when the diagnostic was run. */
    diagnostic: z.optional(ResidentSheetDiagnostic),
    /** What `orient()` returned, primary first: one step each. */
    recommendations: z
      .array(SheetRecommendation)
      .check(
        z.minLength(1, { error: "donnez au moins une recommandation." }),
        z.maxLength(20),
      ),
    /** The centre's settings: the mediation steps are here, its details in a contact section. */
    centre: z.optional(ResidentSheetCentre),
  })
  .register(z.globalRegistry, { id: "mn.orientation.ResidentSheetInput" });
export type ResidentSheetInput = z.input<typeof ResidentSheetInput>;

/** How the sheet's input is read: its schema, and the words of its errors. */
export const RESIDENT_SHEET_INPUT: InputSpec<typeof ResidentSheetInput> = {
  schema: ResidentSheetInput,
  summary: "Données de la fiche invalides",
  validValuesOf: (field) =>
    field === "" ? Object.keys(ResidentSheetInput.shape) : [],
};
