import type { SourceRef } from "@mediation-numerique/core";
import type { ModeId } from "./modes.js";
import type { NeedId } from "./needs.js";
import {
  HYPRA_CHARTE_MATERIEL_PROPRE,
  HYPRA_EFS_SCANNER_JUSTIFICATIFS,
  HYPRA_RSA_S_IDENTIFIER,
} from "./passages.js";

/** One thing to bring, and the steps that call for it: a step with one of its needs or modes. */
export interface BringRule {
  readonly text: string;
  readonly when: {
    readonly needs?: readonly NeedId[];
    readonly modes?: readonly ModeId[];
  };
  readonly sources: readonly SourceRef[];
}

/*
 * Part 3 of the resident's sheet: only what a seed passage supports. The seeds say nothing to
 * bring for the other needs (a pièce d’identité, a numéro d’allocataire, a CV…): the sheet says
 * nothing for them, and asks the person to check at the reception desk instead.
 */
export const BRING_RULES: readonly BringRule[] = [
  {
    text: "Apportez votre téléphone ou votre ordinateur, si vous en avez un.",
    when: { modes: ["apprendre"] },
    sources: [HYPRA_CHARTE_MATERIEL_PROPRE],
  },
  {
    text: "Si vous avez un compte, venez avec son identifiant et son mot de passe.",
    when: { needs: ["demarche-en-ligne"] },
    sources: [HYPRA_RSA_S_IDENTIFIER],
  },
  {
    text: "Apportez les papiers que vous voulez scanner.",
    when: { needs: ["numeriser-justificatifs"] },
    sources: [HYPRA_EFS_SCANNER_JUSTIFICATIFS],
  },
];

/** Closes the part: what the seeds support is never all there is to bring. */
export const BRING_ASK = {
  afterItems: "Demandez aussi à l’accueil ce que vous devez apporter.",
  alone: "Demandez à l’accueil ce que vous devez apporter.",
} as const;
