import * as z from "zod/mini";
import { SourceDocument } from "@mediation-numerique/core";

/** A competence framework (CRCN, DigComp): its areas and competences, with codes such as "4.2". */
export const CompetenceFramework = /* @__PURE__ */ z
  .object({
    id: z.enum(["crcn", "digcomp-2-2"]),
    source: SourceDocument,
    areas: z.array(
      z.object({
        code: z.string().check(z.regex(/^[1-5]$/)),
        label: z.string().check(z.minLength(1)),
        competences: z.array(
          z.object({
            code: z.string().check(z.regex(/^[1-5]\.[1-6]$/)),
            label: z.string().check(z.minLength(1)),
          }),
        ),
      }),
    ),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.CompetenceFramework" });
export type CompetenceFramework = z.infer<typeof CompetenceFramework>;
