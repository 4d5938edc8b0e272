import * as z from "zod/mini";

/*
 * Values of the national data schemas, copied as exact strings (see README, « Valeurs du
 * schéma national »).
 *
 * `LieuService` and `DispositifProgrammeNational` come from the npm package
 * @gouvfr-anct/lieux-de-mediation-numerique 2.3.0 (MIT), files
 * lib/esm/models/service/service.js and
 * lib/esm/models/dispositif-programme-national/dispositif-programme-national.js.
 *
 * `StructureDeRedirection` is not in that package: it comes from La Coop de la médiation
 * numérique, repository inclusion-numerique/coop-mediation-numerique, file
 * apps/web/src/features/activites/use-cases/cra/individuel/fields/structures-redirection.ts
 * (commit 38411ac7d58e6f191353b0bced550063f2533516), `structureDeRedirectionApiValues`.
 * Its earlier database migration held only five of these values (no `aide_sociale`,
 * no `insertion_professionnelle`).
 */

/** `services` of a lieu de médiation numérique. */
export const LieuService = /* @__PURE__ */ z
  .enum([
    "Acquisition de matériel informatique à prix solidaire",
    "Aide aux démarches administratives",
    "Maîtrise des outils numériques du quotidien",
    "Insertion professionnelle via le numérique",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Accès internet et matériel informatique",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.LieuService" });
export type LieuService = z.infer<typeof LieuService>;

/** `dispositif_programmes_nationaux` of a lieu de médiation numérique. */
export const DispositifProgrammeNational = /* @__PURE__ */ z
  .enum([
    "Aidants Connect",
    "Bibliothèques numérique de référence",
    "Certification PIX",
    "Conseillers numériques",
    "Emmaüs Connect",
    "France Services",
    "Grande école du numérique",
    "La Croix Rouge",
    "Point d'accès numérique CAF",
    "Promeneurs du net",
    "Relais numérique (Emmaüs Connect)",
  ])
  .register(z.globalRegistry, {
    id: "mn.orientation.DispositifProgrammeNational",
  });
export type DispositifProgrammeNational = z.infer<
  typeof DispositifProgrammeNational
>;

/** La Coop de la médiation numérique: where a mediator redirected a person (API values). */
export const StructureDeRedirection = /* @__PURE__ */ z
  .enum([
    "operateur_ou_organisme_en_charge",
    "aide_aux_demarches_administratives",
    "administration",
    "mediation_numerique",
    "aide_sociale",
    "insertion_professionnelle",
    "autre",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.StructureDeRedirection" });
export type StructureDeRedirection = z.infer<typeof StructureDeRedirection>;
