import { z } from "zod";
import { Source } from "./common.js";

/** A competence framework (CRCN, DigComp): its areas and competences, with codes such as "4.2". */
export const CompetenceFramework = z
  .object({
    id: z.enum(["crcn", "digcomp-2-2"]),
    source: Source,
    areas: z.array(
      z.object({
        code: z.string().regex(/^[1-5]$/),
        label: z.string().min(1),
        competences: z.array(
          z.object({
            code: z.string().regex(/^[1-5]\.[1-6]$/),
            label: z.string().min(1),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "CompetenceFramework" });
export type CompetenceFramework = z.infer<typeof CompetenceFramework>;
