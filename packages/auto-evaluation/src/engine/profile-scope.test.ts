import { describe, expect, test as base } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { profile } from "./profile.js";
import { compare } from "./compare.js";
import { createDocument } from "./create-document.js";
import { AssessmentArgumentError } from "./errors.js";
import { getInstrument } from "../instruments.js";
import { trainingLeads } from "../mediateur/training-leads.js";
import { documentArb } from "../arbitraries.test-helpers.js";

const mediateur = getInstrument("mediateur");
const scopeArb = fc.subarray([...mediateur.referentiels], { minLength: 1 });
const referentielOf = (group: string) => group.split("/")[0];

describe("profile: the référentiels option", () => {
  test.prop([documentArb(mediateur), scopeArb])(
    "scoping never changes a kept domain’s figures, and keeps only the chosen référentiels",
    (document, referentiels) => {
      const whole = profile(document, mediateur);
      const scoped = profile(document, mediateur, { referentiels });
      expect(scoped.referentiels).toEqual(
        mediateur.referentiels.filter((id) => referentiels.includes(id)),
      );
      expect(scoped.groups).toEqual(
        whole.groups.filter((g) => referentiels.includes(g.referentielId)),
      );
      const kept = new Set(scoped.groups.map((g) => g.group));
      expect(scoped.gaps).toEqual(whole.gaps.filter((r) => kept.has(r.group)));
      expect(scoped.strengths).toEqual(
        whole.strengths.filter((r) => kept.has(r.group)),
      );
      const sum = (key: "items" | "answered" | "notApplicable") =>
        scoped.groups.reduce((total, g) => total + g[key], 0);
      expect(scoped.overall.items).toBe(sum("items"));
      expect(scoped.overall.answered).toBe(sum("answered"));
      expect(scoped.overall.notApplicable).toBe(sum("notApplicable"));
      for (const lead of trainingLeads(scoped, { limit: 10 }))
        expect(referentiels).toContain(referentielOf(lead.group));
    },
  );

  test.prop([documentArb(mediateur), documentArb(mediateur), scopeArb])(
    "compare keeps only the chosen référentiels’ domains and items",
    (first, second, referentiels) => {
      const [before, after] =
        Date.parse(first.updatedAt) <= Date.parse(second.updatedAt)
          ? [first, second]
          : [second, first];
      const whole = compare(before, after, mediateur);
      const scoped = compare(before, after, mediateur, { referentiels });
      const kept = (group: string) =>
        referentiels.includes(referentielOf(group) ?? "");
      expect(scoped.groups).toEqual(whole.groups.filter((g) => kept(g.group)));
      expect(scoped.improved).toEqual(
        whole.improved.filter((c) => kept(c.group)),
      );
      expect(scoped.declined).toEqual(
        whole.declined.filter((c) => kept(c.group)),
      );
    },
  );

  base("the whole instrument by default", () => {
    const document = createDocument(mediateur, {
      date: "2025-03-01T09:00:00Z",
    });
    expect(profile(document, mediateur).referentiels).toEqual(
      mediateur.referentiels,
    );
    expect(profile(document, mediateur).overall.items).toBe(
      mediateur.items.length,
    );
  });

  base("an unknown or empty choice is refused in French", () => {
    const document = createDocument(mediateur, {
      date: "2025-03-01T09:00:00Z",
    });
    const problemsOf = (referentiels: string[]) => {
      try {
        profile(document, mediateur, { referentiels });
      } catch (error) {
        expect(error).toBeInstanceOf(AssessmentArgumentError);
        return (error as AssessmentArgumentError).problems;
      }
      return [];
    };
    expect(problemsOf(["conum-remn", "fcs93-action"])).toEqual([
      expect.objectContaining({
        path: ["options", "referentiels", 1],
        code: "unknown-referentiel",
        message: expect.stringContaining(
          "«\u00a0fcs93-action\u00a0»",
        ) as string,
      }),
    ]);
    expect(problemsOf([])).toEqual([
      expect.objectContaining({
        path: ["options", "referentiels"],
        message: expect.stringContaining("au moins un référentiel") as string,
      }),
    ]);
  });
});
