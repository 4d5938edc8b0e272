import * as z from "zod/mini";
import {
  NonBlank,
  SourceDocument,
  SourceRef,
  StableId,
} from "@mediation-numerique/core";
import data from "../../data/benchmarks.json" with { type: "json" };
import { IndicatorId } from "./indicators.js";

/** The two FCS93 surveys the figures come from. */
export const SurveyDocumentId = /* @__PURE__ */ z
  .enum(["fcs93-2018", "fcs93-info-fd-39-2023"])
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.SurveyDocumentId",
  });

/**
 * A survey report: a source document of the core (title, publisher, `year` and month `date` of publication)
 * with when the survey ran and whom it asked.
 */
export const SurveyDocument = /* @__PURE__ */ z
  .strictObject({
    ...SourceDocument.shape,
    id: SurveyDocumentId,
    /** Survey month or period (AAAA-MM or AAAA-MM/AAAA-MM). */
    surveyed: z.string().check(z.regex(/^\d{4}-\d{2}(\/\d{4}-\d{2})?$/)),
    population: NonBlank("La population de l’enquête"),
  })
  .register(z.globalRegistry, { id: "mn.auto-evaluation.SurveyDocument" });

/** Which answers a figure speaks of: some values (`one-of`) or a range of counts (`range`, bounds included). */
export const AppliesTo = /* @__PURE__ */ z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("one-of"),
      values: z.array(z.union([z.boolean(), z.string()])).check(z.minLength(1)),
    }),
    z.strictObject({
      kind: z.literal("range"),
      min: z.optional(z.int().check(z.minimum(0))),
      max: z.optional(z.int().check(z.minimum(0))),
    }),
  ])
  .register(z.globalRegistry, { id: "mn.auto-evaluation.AppliesTo" });
export type AppliesTo = z.infer<typeof AppliesTo>;

/** One survey figure, with the exact sentence it comes from. */
export const BenchmarkFigure = /* @__PURE__ */ z
  .strictObject({
    id: StableId,
    indicator: IndicatorId,
    value: z.number().check(z.minimum(0)),
    /** `percent`: a share; `mean`: an average per centre; `count`: a number of centres or places. */
    unit: z.enum(["percent", "mean", "count"]),
    /** The figure as the source writes it (« 81% », « la moitié », « 8 ordinateurs »): it appears in `quote`. */
    asWritten: z.string().check(z.minLength(1)),
    /** A French sentence with `{valeur}` where the figure goes, in the past tense. */
    statement: z.string().check(
      z.regex(/\{valeur\}/, {
        error: "L’énoncé contient «\u00a0{valeur}\u00a0».",
      }),
    ),
    appliesTo: z.optional(AppliesTo),
    /**
     * What the reader must know to compare the figure: where the source's words differ from the indicator
     * (« accès wifi », not « pour le public »), or how a « dont X % » is read (a share of a subset).
     */
    note: z.optional(z.string().check(z.minLength(1))),
    population: z.string().check(z.minLength(1)),
    year: z.int().check(z.minimum(2000), z.maximum(2100)),
    date: z.string().check(z.regex(/^\d{4}-\d{2}(\/\d{4}-\d{2})?$/)),
    source: z.strictObject({
      ...SourceRef.shape,
      document: SurveyDocumentId,
      quote: NonBlank("La citation"),
    }),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.BenchmarkFigure",
    description: "Un chiffre d’enquête FCS93, avec sa source.",
  });
export type BenchmarkFigure = z.infer<typeof BenchmarkFigure>;

export const Benchmarks = /* @__PURE__ */ z
  .strictObject({
    $schema: z.optional(z.string()),
    documents: z.array(SurveyDocument).check(z.minLength(1)),
    figures: z.array(BenchmarkFigure).check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.Benchmarks",
    title: "Repères des enquêtes FCS93",
    description:
      "Les chiffres des enquêtes FCS93 de décembre 2017 et de novembre 2022 à janvier 2023, chacun avec sa source.",
  });
export type Benchmarks = z.infer<typeof Benchmarks>;

/** The survey figures of seed 000 (26 centres, December 2017) and seed 003 (the 93 network, 2022–2023). */
export const benchmarks = data as Benchmarks;
