import { describe, expect, test } from "vitest";
import { getItem } from "@mediation-numerique/referentiels";
import {
  TrainingLeadsData,
  trainingLeads,
  trainingLeadsData,
} from "./training-leads.js";
import { createDocument } from "../engine/create-document.js";
import { profile } from "../engine/profile.js";
import { AssessmentArgumentError } from "../engine/errors.js";
import { getInstrument } from "../instruments.js";
import { normalize, readSeed } from "../fixture.test-helpers.js";

const mediateur = getInstrument("mediateur");
const date = "2025-03-01T09:00:00Z";

describe("training-lead data", () => {
  test("fits its schema; every domain of the mediator instrument has trainings", () => {
    expect(TrainingLeadsData.parse(trainingLeadsData)).toEqual(
      trainingLeadsData,
    );
    expect(trainingLeadsData.domains.map((d) => d.group).sort()).toEqual(
      mediateur.groups.map((g) => g.id).sort(),
    );
  });

  test("every training named exists, and every ANCT field is a champ-competences item", () => {
    const ids = new Set(trainingLeadsData.trainings.map((t) => t.id));
    expect(ids.size).toBe(trainingLeadsData.trainings.length);
    for (const domain of trainingLeadsData.domains) {
      for (const id of domain.trainings)
        expect(ids, `${domain.group} → ${id}`).toContain(id);
      for (const champ of domain.champs)
        expect(getItem(champ).kind).toBe("champ-competences");
    }
  });

  test("the trainings of seed 002 are all there: titre pro, DU, BPJEPS, Pix, Aidants Connect, CNFPT, Uniformation, VAE", () => {
    const labels = trainingLeadsData.trainings.map((t) => t.label).join(" | ");
    for (const name of [
      "Responsable d’espace de médiation numérique",
      "Diplômes universitaires",
      "BPJEPS",
      "Pix",
      "Aidants Connect",
      "CNFPT",
      "Uniformation",
      "VAE",
    ]) {
      expect(labels).toContain(name);
    }
  });

  // E.g. « Lancer une campagne de VAE des médiateurs numériques » (seed 002, plan d’actions, mesure 3.1).
  test.each(trainingLeadsData.trainings.map((t) => [t.id, t] as const))(
    "%s: the quote is in seed 002",
    (_, training) => {
      expect(normalize(readSeed("002"))).toContain(
        normalize(training.source.quote),
      );
    },
  );
});

describe("trainingLeads", () => {
  const document = createDocument(mediateur, {
    date,
    answers: {
      "fcs93-competences/savoir-7": { level: "decouverte" },
      "fcs93-competences/savoir-6": { level: "avec-aide" },
      "fcs93-competences/partenariat-1": { level: "avec-aide" },
      "conum-remn/accueillir-publics": { level: "decouverte" },
      "fcs93-competences/mediation-3": { level: "transmission" },
    },
  });

  test("proposes trainings for the domains furthest below the target", () => {
    const leads = trainingLeads(profile(document, mediateur));
    expect(leads.map((lead) => lead.group)).toEqual([
      "fcs93-competences/savoirs-numerique",
      "conum-remn/competences-professionnelles",
      "fcs93-competences/partenariat",
    ]);
    const [first] = leads;
    expect(first?.label).toBe("Outils, culture et droit du numérique");
    expect(first?.gaps.map((gap) => gap.item)).toEqual([
      "fcs93-competences/savoir-7",
      "fcs93-competences/savoir-6",
    ]);
    expect(first?.trainings.map((t) => t.id)).toEqual([
      "certification-pix",
      "formation-aidants-connect",
    ]);
    expect(first?.rationale).toMatch(/\S/);
    expect(
      trainingLeads(profile(document, mediateur), { limit: 1 }),
    ).toHaveLength(1);
  });

  test("no gap, no lead", () => {
    expect(
      trainingLeads(profile(createDocument(mediateur, { date }), mediateur)),
    ).toEqual([]);
  });

  test("refuses a centre profile or a bad limit", () => {
    const centre = getInstrument("centre");
    expect(() =>
      trainingLeads(profile(createDocument(centre, { date }), centre)),
    ).toThrow(AssessmentArgumentError);
    expect(() =>
      trainingLeads(profile(document, mediateur), { limit: 0 }),
    ).toThrow(AssessmentArgumentError);
  });
});
