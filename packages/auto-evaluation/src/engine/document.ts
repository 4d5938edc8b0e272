import * as z from "zod/mini";
import { SemVer, StableId } from "@mediation-numerique/core";
import { ItemRef } from "@mediation-numerique/referentiels/schema";
import { InstrumentId } from "./instrument.js";
import { CentreIndicators } from "../centre/indicators.js";
import { CentreStructure } from "../centre/structure.js";

/**
 * The version of the answers document this package writes. Version 2 added the optional `structure` block;
 * `parse` and `migrate` still read version 1 documents (see `OLDER_SCHEMA_VERSIONS`) and return version 2.
 */
export const SCHEMA_VERSION = 2;
/** The older versions this package still reads, upgrading them as it reads them. */
export const OLDER_SCHEMA_VERSIONS: readonly number[] = [1];

const DateTime = /* @__PURE__ */ z.iso.datetime({
  offset: true,
  error:
    "Une date s’écrit au format ISO 8601 (ex. «\u00a02025-03-14T10:30:00Z\u00a0»).",
});

/** The schema with a description for JSON Schema, leaving the original undescribed (classic zod’s `.describe`). */
const described = <T extends z.ZodMiniType>(
  schema: T,
  description: string,
): T => {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
};

/**
 * The answer to one item: a level of the scale, or « non concerné » (`notApplicable`), with an optional comment.
 * An empty object is an item not answered yet.
 */
export const Answer = /* @__PURE__ */ z
  .strictObject({
    level: described(
      z.optional(StableId),
      "Identifiant d’un niveau de l’échelle.",
    ),
    notApplicable: described(
      z.optional(z.literal(true)),
      "L’item ne concerne pas ce centre ou cette personne.",
    ),
    comment: z.optional(
      z.string().check(
        z.maxLength(2000, {
          error: "Un commentaire tient en 2 000 caractères au plus.",
        }),
      ),
    ),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.Answer",
    description:
      "Réponse à un item\u00a0: niveau ou «\u00a0non concerné\u00a0», commentaire.",
  });
export type Answer = z.infer<typeof Answer>;

/** An answer to an item withdrawn from its référentiel, kept aside by `migrate`. */
export const SetAsideAnswer = /* @__PURE__ */ z
  .strictObject({
    answer: Answer,
    withdrawnIn: described(
      SemVer,
      "Version du référentiel qui a retiré l’item.",
    ),
    replacedBy: z.optional(z.array(ItemRef)),
  })
  .register(z.globalRegistry, { id: "mn.auto-evaluation.SetAsideAnswer" });
export type SetAsideAnswer = z.infer<typeof SetAsideAnswer>;

/** The answers document that the site saves in the browser, exports and imports. */
export const AssessmentDocument = /* @__PURE__ */ z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: `Version de schéma non prise en charge\u00a0: ce module écrit la version ${SCHEMA_VERSION} et lit aussi la version 1.`,
    }),
    instrument: InstrumentId,
    referentiels: described(
      z.record(StableId, SemVer),
      "Identifiant de référentiel → version des données utilisées.",
    ),
    createdAt: DateTime,
    updatedAt: DateTime,
    answers: described(
      z.record(ItemRef, Answer),
      "Identifiant complet d’item → réponse.",
    ),
    setAside: described(
      z.optional(z.record(ItemRef, SetAsideAnswer)),
      "Réponses à des items retirés, mises de côté par la migration.",
    ),
    indicators: described(
      z.optional(CentreIndicators),
      "Indicateurs structurels (instrument «\u00a0centre\u00a0» seulement).",
    ),
    structure: described(
      z.optional(CentreStructure),
      "Identité du centre (instrument «\u00a0centre\u00a0» seulement, depuis la version 2).",
    ),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.AssessmentDocument",
    title: "Document d’auto-évaluation",
    description:
      "Réponses d’une auto-évaluation (centre ou médiateur·trice) sur les items des référentiels.",
  });
export type AssessmentDocument = z.infer<typeof AssessmentDocument>;
