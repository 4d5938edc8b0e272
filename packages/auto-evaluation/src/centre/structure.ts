import * as z from "zod/mini";
import { NonBlank } from "@mediation-numerique/core";

/**
 * The Luhn check of a SIRET (the INSEE’s key): from the right, every second digit doubled (minus 9 when over 9),
 * the sum a multiple of 10. The establishments of La Poste (SIREN 356 000 000) follow another rule of the
 * INSEE: the sum of their 14 digits is a multiple of 5. Anything but a text of 14 digits is `false`.
 */
export function isValidSiret(siret: string): boolean {
  if (typeof siret !== "string" || !/^\d{14}$/.test(siret)) return false;
  const digits = Array.from({ length: 14 }, (_, i) => Number(siret[i]));
  if (siret.startsWith("356000000"))
    return digits.reduce((sum, digit) => sum + digit, 0) % 5 === 0;
  const sum = digits.reduceRight((total, digit, index) => {
    const doubled = (digits.length - index) % 2 === 0 ? digit * 2 : digit;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

/** A SIRET: 14 digits with a valid key. */
export const Siret = /* @__PURE__ */ z.string().check(
  z.regex(/^\d{14}$/, {
    error:
      "Un SIRET compte 14 chiffres, sans espace ni lettre\u00a0: recopiez-le depuis l’avis de situation au répertoire Sirene.",
  }),
  z.refine(isValidSiret, {
    error:
      "Ce SIRET a 14 chiffres mais sa clé de contrôle est fausse (un chiffre mal recopié\u202f?)\u00a0: vérifiez-le sur l’avis de situation au répertoire Sirene.",
    params: { code: "invalid-siret" },
  }),
);

/**
 * A commune’s INSEE code (code officiel géographique): the department (01 to 19, 2A or 2B for Corsica, 21 to 95)
 * and three digits, or an overseas department or collectivity (971 to 978, 984 to 989) and two digits.
 */
export const CodeInsee = /* @__PURE__ */ z.string().check(
  z.regex(
    /^(?:(?:0[1-9]|1\d|2[AB1-9]|[3-8]\d|9[0-5])\d{3}|(?:97[1-8]|98[4-9])\d{2})$/,
    {
      error:
        "Un code INSEE de commune compte 5 caractères\u00a0: le département (2A ou 2B pour la Corse) puis trois chiffres, ou 97x/98x puis deux chiffres pour l’outre-mer (ex. «\u00a093066\u00a0», «\u00a02A004\u00a0»). Ce n’est pas le code postal.",
    },
  ),
);

/**
 * The centre’s identity, not a person’s data: filled once and kept with the centre’s other settings, so that a
 * federation can tell its centres apart. The field names are those of the national data schema of the lieux
 * de médiation numérique where it has them (`nom`, `commune`, `code_insee`: see
 * anct-cartographie-nationale/lieux-de-mediation-numerique,
 * src/transfer/schema-lieux-de-mediation-numerique/schema-lieux-de-mediation-numerique.ts). That schema keeps
 * the SIRET in a field named `pivot`; we name it `siret`, as the data·inclusion schema of structures does
 * (gip-inclusion/data-inclusion-schema, docs/structure.md), because « pivot » does not say what it holds.
 */
export const CentreStructure = /* @__PURE__ */ z
  .strictObject({
    nom: NonBlank("Le nom du centre").check(z.maxLength(200)),
    commune: NonBlank("La commune").check(z.maxLength(200)),
    siret: z.optional(Siret),
    code_insee: z.optional(CodeInsee),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.CentreStructure",
    description:
      "Identité du centre (noms de champs du schéma national des lieux de médiation numérique)\u00a0: nom, commune, et s’il le souhaite SIRET et code INSEE de la commune.",
  });
export type CentreStructure = z.infer<typeof CentreStructure>;
