import { describe, expect, test } from "vitest";
import { createCatalog } from "./catalog.js";
import { itemUrl, splitItemRef } from "./urls.js";
import { safeParseReferentiel } from "./validate.js";
import { ItemKind, ItemStatus, LinkRelation } from "./schema.js";
import {
  ITEM_KIND_LABELS,
  ITEM_STATUS_EXPLANATIONS,
  ITEM_STATUS_LABELS,
  LINK_RELATION_LABELS,
} from "./labels.js";
import { sampleReferentiel, thrown as caught } from "./fixture.test-helpers.js";

const catalog = createCatalog([sampleReferentiel()]);

/** The message of what `run` throws. */
const thrown = (run: () => unknown): string => (caught(run) as Error).message;

/** The problems of a référentiel. */
const problemsOf = (input: unknown) => {
  const result = safeParseReferentiel(input);
  return result.success ? [] : result.problems;
};

/** A référentiel with one mistake of each kind the validator knows. */
function faulty(): unknown {
  const input = sampleReferentiel() as unknown as Record<string, unknown>;
  const items = input.items as Record<string, unknown>[];
  const [first, second] = items;
  input.version = "1.0";
  input.year = "2024";
  input.groups = [{ id: "accueil", label: "Accueil", parent: "nulle-part" }];
  input.source = { document: "absent", section: "Annexe" };
  items.push(structuredClone(first ?? {}));
  if (first) {
    first.group = "inconnu";
    first.replacedBy = ["federation-exemple/accueil-2"];
    first.links = [
      { target: "ailleurs/item", relation: "related", interpretation: false },
    ];
  }
  if (second) delete second.sourceFragment;
  items.push({ id: "Mauvais Id", kind: "atelier", text: 3 });
  return input;
}

const messages = (): string[] => [
  thrown(() => catalog.getItem("federation-exemple/accueil-3")),
  thrown(() => catalog.getItem(42 as unknown as string)),
  thrown(() => catalog.getReferentiel("federation-exempl")),
  thrown(() => catalog.getGroupPath("federation-exemple", "acueil")),
  thrown(() =>
    catalog.listItems({
      kind: "x",
      status: 3,
      text: 3,
      referentiel: "A B",
      colour: "red",
    } as never),
  ),
  thrown(() => splitItemRef("FCS93/Diagnostic")),
  thrown(() => itemUrl("a/b", { baseUrl: "pas une url" })),
  thrown(() =>
    catalog.formatCitation("federation-exemple/accueil-1", "apa" as never),
  ),
  thrown(() =>
    catalog.formatCitation("federation-exemple/accueil-1", "text", {
      accessed: "22/11/2026",
    }),
  ),
  ...problemsOf(faulty()).map((problem) => problem.message),
  ...problemsOf("pas un objet").map((p) => p.message),
];

describe("French typography of the messages", () => {
  test("the sample covers the validator's checks", () => {
    const codes = problemsOf(faulty()).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "duplicate-id",
        "unknown-group",
        "unknown-document",
        "missing-fragment",
        "replaced-not-withdrawn",
        "dangling-link",
        "invalid-format",
        "invalid-type",
      ]),
    );
  });

  test.each(messages())("%s", (message) => {
    expect(message).not.toMatch(/ [:;?!]/);
    expect(message).not.toMatch(/« | »/);
    expect(message).not.toMatch(/[^\u00A0]:(?!\/\/)/);
    expect(message).not.toMatch(/«[^\u00A0]|[^\u00A0]»/);
  });
});

test("every code of the schema has a French label", () => {
  expect(Object.keys(ITEM_KIND_LABELS)).toEqual(ItemKind.options);
  expect(Object.keys(ITEM_STATUS_LABELS)).toEqual(ItemStatus.options);
  expect(Object.keys(ITEM_STATUS_EXPLANATIONS)).toEqual(ItemStatus.options);
  expect(Object.keys(LINK_RELATION_LABELS)).toEqual(LinkRelation.options);
  expect(ITEM_KIND_LABELS["type-action"]).toBe("Type d’action");
  expect(LINK_RELATION_LABELS.serves.in).toBe("Cet item est servi par");
});
