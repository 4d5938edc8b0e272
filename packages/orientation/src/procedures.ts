import * as z from "zod/mini";

/** The body that handles the procedure, when it is known. */
export const ProcedureId = /* @__PURE__ */ z
  .enum(["ants", "caf", "france-travail", "impots", "ameli", "autre"])
  .register(z.globalRegistry, { id: "mn.orientation.ProcedureId" });
export type ProcedureId = z.infer<typeof ProcedureId>;

export const PROCEDURE_LABELS = {
  ants: "ANTS (titres sécurisés\u00A0: carte d’identité, passeport, permis, carte grise)",
  caf: "CAF (allocations familiales, RSA, aides au logement)",
  "france-travail": "France Travail",
  impots: "Impôts",
  ameli: "Assurance maladie (ameli)",
  autre: "Autre organisme",
} as const satisfies Record<ProcedureId, string>;
