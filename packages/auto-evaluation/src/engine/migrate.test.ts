import { describe, expect, test as base } from "vitest";
import { test } from "@fast-check/vitest";
import { migrate } from "./migrate.js";
import { createDocument } from "./create-document.js";
import { parse } from "./parse.js";
import { AssessmentDocumentError } from "./errors.js";
import { documentArb } from "../arbitraries.test-helpers.js";
import {
  demoInstrumentV1 as v1,
  demoInstrumentV2 as v2,
} from "../fixture.test-helpers.js";

const date = "2025-03-01T09:00:00Z";

describe("migrate", () => {
  base(
    "carries a document to the new référentiel version and says what changed",
    () => {
      const document = createDocument(v1, {
        date,
        answers: {
          "demo/a-1": { level: "autonomie" },
          "demo/a-3": { level: "avec-aide", comment: "à revoir" },
        },
      });
      const { document: migrated, changes } = migrate(document, v2);
      expect(changes).toEqual([
        {
          type: "referentiel-version",
          referentiel: "demo",
          from: "1.0.0",
          to: "1.1.0",
        },
        {
          type: "item-withdrawn",
          item: "demo/a-3",
          answered: true,
          replacedBy: ["demo/a-4"],
        },
        { type: "item-added", item: "demo/a-4" },
      ]);
      expect(migrated.referentiels).toEqual({ demo: "1.1.0" });
      expect(migrated.answers["demo/a-1"]).toEqual({ level: "autonomie" });
      expect(migrated.answers["demo/a-4"]).toEqual({});
      expect(migrated.answers).not.toHaveProperty("demo/a-3");
      expect(migrated.setAside).toEqual({
        "demo/a-3": {
          answer: { level: "avec-aide", comment: "à revoir" },
          withdrawnIn: "1.1.0",
          replacedBy: ["demo/a-4"],
        },
      });
      expect(migrated.updatedAt).toBe(document.updatedAt);
      expect(parse(migrated, { instrument: v2 })).toEqual(migrated);
    },
  );

  base("an unanswered withdrawn item is dropped, not kept aside", () => {
    const { document, changes } = migrate(createDocument(v1, { date }), v2);
    expect(document.setAside).toBeUndefined();
    expect(changes).toContainEqual({
      type: "item-withdrawn",
      item: "demo/a-3",
      answered: false,
      replacedBy: ["demo/a-4"],
    });
  });

  base("refuses an invalid document", () => {
    const document = createDocument(v1, { date });
    expect(() =>
      migrate({ ...document, answers: { "demo/zzz": {} } }, v2),
    ).toThrow(AssessmentDocumentError);
  });

  test.prop([documentArb(v1)])(
    "is idempotent: a migrated document has nothing left to change",
    (document) => {
      const once = migrate(document, v2);
      const twice = migrate(once.document, v2);
      expect(twice.changes).toEqual([]);
      expect(twice.document).toEqual(once.document);
    },
  );

  test.prop([documentArb(v2)])(
    "leaves a current document as it is",
    (document) => {
      expect(migrate(document, v2)).toEqual({ document, changes: [] });
    },
  );
});
