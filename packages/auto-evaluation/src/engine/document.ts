import { z } from "zod";
import { Id, ItemRef } from "@mediation-numerique/referentiels";
import { InstrumentId } from "./instrument.js";
import { CentreIndicators } from "../centre/indicators.js";

/** The version of the answers document this package writes and reads. */
export const SCHEMA_VERSION = 1;

const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, {
  error:
    "Une version de référentiel s’écrit MAJEUR.MINEUR.CORRECTIF (ex. «\u00a01.0.0\u00a0»).",
});

const DateTime = z.iso.datetime({
  offset: true,
  error:
    "Une date s’écrit au format ISO 8601 (ex. «\u00a02025-03-14T10:30:00Z\u00a0»).",
});

/**
 * The answer to one item: a level of the scale, or « non concerné » (`notApplicable`), with an optional comment.
 * An empty object is an item not answered yet.
 */
export const Answer = z
  .strictObject({
    level: Id.optional().describe("Identifiant d’un niveau de l’échelle."),
    notApplicable: z
      .literal(true)
      .optional()
      .describe("L’item ne concerne pas ce centre ou cette personne."),
    comment: z
      .string()
      .max(2000, { error: "Un commentaire tient en 2 000 caractères au plus." })
      .optional(),
  })
  .meta({
    id: "Answer",
    description:
      "Réponse à un item\u00a0: niveau ou «\u00a0non concerné\u00a0», commentaire.",
  });
export type Answer = z.infer<typeof Answer>;

/** An answer to an item withdrawn from its référentiel, kept aside by `migrate`. */
export const SetAsideAnswer = z
  .strictObject({
    answer: Answer,
    withdrawnIn: SemVer.describe("Version du référentiel qui a retiré l’item."),
    replacedBy: z.array(ItemRef).optional(),
  })
  .meta({ id: "SetAsideAnswer" });
export type SetAsideAnswer = z.infer<typeof SetAsideAnswer>;

/** The answers document that the site saves in the browser, exports and imports. */
export const AssessmentDocument = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: `Version de schéma non prise en charge\u00a0: ce module lit la version ${SCHEMA_VERSION}.`,
    }),
    instrument: InstrumentId,
    referentiels: z
      .record(Id, SemVer)
      .describe("Identifiant de référentiel → version des données utilisées."),
    createdAt: DateTime,
    updatedAt: DateTime,
    answers: z
      .record(ItemRef, Answer)
      .describe("Identifiant complet d’item → réponse."),
    setAside: z
      .record(ItemRef, SetAsideAnswer)
      .optional()
      .describe(
        "Réponses à des items retirés, mises de côté par la migration.",
      ),
    indicators: CentreIndicators.optional().describe(
      "Indicateurs structurels (instrument «\u00a0centre\u00a0» seulement).",
    ),
  })
  .meta({
    id: "AssessmentDocument",
    title: "Document d’auto-évaluation",
    description:
      "Réponses d’une auto-évaluation (centre ou médiateur·trice) sur les items des référentiels.",
  });
export type AssessmentDocument = z.infer<typeof AssessmentDocument>;
