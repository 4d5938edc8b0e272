import * as z from "zod/mini";
import {
  expectedReceived,
  NonBlank,
  quote,
  SourceRef,
  StableId,
} from "@mediation-numerique/core";
import { ItemRef } from "@mediation-numerique/referentiels/schema";
import data from "../../data/training-leads.json" with { type: "json" };
import { AssessmentArgumentError } from "../engine/errors.js";
import { parseWith, readOptions } from "../engine/input.js";
import type { AssessmentProfile, ItemResult } from "../engine/profile.js";

/** A kind of training named in the ANCT national training plan (2021), with the sentence it comes from. */
export const Training = /* @__PURE__ */ z
  .strictObject({
    id: StableId,
    label: z.string().check(z.minLength(1)),
    kind: z.enum([
      "titre-professionnel",
      "diplome-universitaire",
      "diplome-animation",
      "certification",
      "formation-continue",
      "formation-qualifiante",
      "validation",
    ]),
    description: z.string().check(z.minLength(1)),
    source: z.strictObject({
      ...SourceRef.shape,
      document: z.literal("anct-2021"),
      quote: NonBlank("La citation"),
    }),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.Training",
    description: "Une formation citée par le plan national de l’ANCT (2021).",
  });
export type Training = z.infer<typeof Training>;

/** The trainings suggested for one domain of the mediator instrument, and why. */
export const DomainTrainings = /* @__PURE__ */ z
  .strictObject({
    /** `<référentiel id>/<group id>` of a domain. */
    group: ItemRef,
    trainings: z.array(StableId).check(z.minLength(1)),
    /** The competence fields of the ANCT plan (`anct-2021/…`) the domain relates to. */
    champs: z.array(ItemRef),
    rationale: z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.auto-evaluation.DomainTrainings" });
export type DomainTrainings = z.infer<typeof DomainTrainings>;

export const TrainingLeadsData = /* @__PURE__ */ z
  .strictObject({
    $schema: z.optional(z.string()),
    /** Says which part is the sources’ and which is the project’s reading. */
    interpretation: z.string().check(z.minLength(1)),
    trainings: z.array(Training).check(z.minLength(1)),
    domains: z.array(DomainTrainings).check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: "mn.auto-evaluation.TrainingLeadsData",
    title: "Pistes de formation",
    description:
      "Les formations du plan national de l’ANCT (2021) rapprochées des domaines de compétences.",
  });
export type TrainingLeadsData = z.infer<typeof TrainingLeadsData>;

/** The trainings of seed 002 and the domain → trainings mapping. */
export const trainingLeadsData = data as TrainingLeadsData;

/** A lead: a domain with gaps, its largest gaps, and the trainings to look at. */
export interface TrainingLead {
  readonly group: string;
  readonly label: string;
  /** The domain’s gaps, furthest below the target first. */
  readonly gaps: readonly ItemResult[];
  readonly trainings: readonly Training[];
  readonly champs: readonly string[];
  /** Why these trainings (empty when the domain has no mapping, e.g. a federation’s own référentiel). */
  readonly rationale: string;
}

export interface TrainingLeadsOptions {
  /** How many domains to propose (default 3). */
  readonly limit?: number;
  readonly data?: TrainingLeadsData;
}

/** What `trainingLeads` reads of a profile (what `profile` returns). */
const ProfileResult = /* @__PURE__ */ z.object({
  instrument: z.string(),
  groups: z.array(z.object({ group: z.string(), label: z.string() })),
  gaps: z.array(
    z.object({
      item: z.string(),
      group: z.string(),
      level: z.string(),
      score: z.number(),
      distance: z.number(),
    }),
  ),
});

/** The options checked: `limit` a whole number from 1, `data` valid. */
function readLeadsOptions(options: unknown) {
  const { limit = 3, data: leads = trainingLeadsData } = readOptions(options);
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1) {
    throw new AssessmentArgumentError([
      {
        path: ["options", "limit"],
        code: "invalid-limit",
        message: expectedReceived("un entier supérieur ou égal à 1", limit),
      },
    ]);
  }
  return {
    limit,
    leads: parseWith(TrainingLeadsData, leads, undefined, ["options", "data"]),
  };
}

/**
 * Training leads for the largest gaps of a mediator’s profile: the domains whose items lie furthest below the
 * target (then with the most gaps), each with the kinds of training that the ANCT plan lists for it. Throws
 * `AssessmentArgumentError` on a value that is not a mediator’s profile or on invalid options.
 */
export function trainingLeads(
  profile: AssessmentProfile,
  options: TrainingLeadsOptions = {},
): TrainingLead[] {
  const result = parseWith(ProfileResult, profile, undefined, ["result"]);
  if (result.instrument !== "mediateur") {
    throw new AssessmentArgumentError([
      {
        path: ["result", "instrument"],
        code: "wrong-instrument",
        message: `Les pistes de formation concernent l’instrument «\u00A0mediateur\u00A0», pas ${quote(result.instrument)}\u00A0: passez le profil d’une auto-évaluation de médiateur·trice.`,
      },
    ]);
  }
  const { limit, leads } = readLeadsOptions(options);
  return rankLeads(result, limit, leads);
}

/** `trainingLeads` on arguments already checked. */
export function rankLeads(
  result: {
    readonly groups: readonly {
      readonly group: string;
      readonly label: string;
    }[];
    readonly gaps: readonly ItemResult[];
  },
  limit: number,
  leads: TrainingLeadsData,
): TrainingLead[] {
  const byGroup = new Map<string, ItemResult[]>();
  for (const gap of result.gaps) {
    const gaps = byGroup.get(gap.group);
    if (gaps) gaps.push(gap);
    else byGroup.set(gap.group, [gap]);
  }
  const weight = (gaps: ItemResult[]) =>
    [gaps[0]?.distance ?? 0, gaps.length] as const;
  const ranked = [...byGroup.entries()].sort(([, a], [, b]) => {
    const [[da, na], [db, nb]] = [weight(a), weight(b)];
    return db - da || nb - na;
  });
  return ranked.slice(0, limit).map(([group, gaps]) => {
    const mapping = leads.domains.find((domain) => domain.group === group);
    return {
      group,
      label: result.groups.find((g) => g.group === group)?.label ?? group,
      gaps,
      trainings: (mapping?.trainings ?? []).flatMap((id) =>
        leads.trainings.filter((t) => t.id === id),
      ),
      champs: mapping?.champs ?? [],
      rationale: mapping?.rationale ?? "",
    };
  });
}
