import {
  AUTONOMY_LEVELS,
  QUESTIONNAIRE,
  score,
  SKIPPED,
  type DiagnosticResult,
} from "@mediation-numerique/diagnostic";
import { describe, expect, test } from "vitest";
import { orient } from "./explain.js";
import { NeedId } from "./needs.js";
import { ResidentSheet } from "./resident-sheet-schema.js";
import { GLOSSARY } from "./resident-sheet-text.js";
import { residentSheet } from "./resident-sheet.js";
import { FrenchSentence } from "./rule-text.js";
import { safeParseSituation } from "./situation.js";

/*
 * The FALC rules (Inclusion Europe / Unapei, « L’information pour tous »), checked on every
 * text of every sheet the package can write: every diagnostic level and none, every need alone
 * and every pair, every value of the orientation facts, with and without the centre's details.
 */

// ---- The checks, each a function that lists what is wrong with a text. ----

/**
 * Words: the pieces between spaces (no-break ones too) that hold a letter or a digit. An
 * elision stays with its word (« l’aide », « C’est »: one word each), punctuation alone is none.
 */
const words = (text: string): string[] =>
  text
    .split(/[\s\u00A0\u202F]+/)
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece));

/** A word without the punctuation around it, in lower case. */
const bare = (word: string): string =>
  word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();

const COORDINATORS = new Set(["et", "ou", "mais", "donc", "car", "puis", "ni"]);
const SUBORDINATORS =
  /^(qui|que|qu’.*|dont|où|si|s’il|s’ils|quand|lorsque|lorsqu’.*|parce|puisque)$/;

/**
 * One idea a sentence, made checkable: at most one main clause, approximated by at most one
 * coordinating conjunction (et, ou, mais…, which may join two clauses), at most one relative
 * or subordinate clause (qui, que, où, si…: no chain of them), at most two commas, and no « ; »
 * nor brackets (an aside is a second idea).
 */
function oneIdeaProblems(sentence: string): string[] {
  const tokens = words(sentence).map(bare);
  const problems: string[] = [];
  if (/[;()]/.test(sentence)) problems.push("« ; » or brackets");
  if (tokens.filter((token) => COORDINATORS.has(token)).length > 1)
    problems.push("more than one et/ou/mais…");
  if (tokens.filter((token) => SUBORDINATORS.test(token)).length > 1)
    problems.push("more than one qui/que/où/si…");
  if ((sentence.match(/,/g) ?? []).length > 2)
    problems.push("more than two commas");
  return problems;
}

/** No figure about the person: no digit, no percentage, no score, no points, no level (« faire le point » is no figure). */
const FIGURES =
  /\d|%|\bpour ?cent|\bpoints\b|\bscores?\b|\bniveaux?\b|\bnotes?\b/iu;

/** French words with a hyphen that are no identifier. */
const HYPHENATED_WORDS = new Set(["vous-même"]);
/** Proper names written in camel case by their owners. */
const PROPER_NAMES = new Set(["FranceConnect"]);

/**
 * No identifier: no snake_case or camelCase token, no kebab-case one in ASCII (the packages'
 * IDs are lowercase ASCII; an accented hyphenated word is French: « peut-être »).
 */
function identifierProblems(text: string): string[] {
  return words(text).flatMap((word) => {
    const token = word.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, "");
    if (PROPER_NAMES.has(token)) return [];
    if (/_/.test(token)) return [`snake_case ${token}`];
    if (/\p{Ll}\p{Lu}/u.test(token)) return [`camelCase ${token}`];
    if (
      /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(token) &&
      !HYPHENATED_WORDS.has(token)
    )
      return [`kebab-case ${token}`];
    return [];
  });
}

/** Abbreviations: two capitals or more in a row (« CAF », « CV »). */
const abbreviations = (text: string): string[] =>
  text.match(/\b\p{Lu}{2,}\b/gu) ?? [];

/** Judgements of the person, and negative sentences (FALC: write in the positive form). */
const JUDGEMENTS = [
  "ne savez pas",
  "ne maîtrisez pas",
  "ne pouvez pas",
  "incapable",
  "échec",
  "faible",
  "nul",
  "nulle",
  "mauvais",
  "mauvaise",
  "difficulté",
  "difficultés",
  "difficile",
  "illettré",
  "lacune",
  "retard",
  "fragile",
  "éloigné",
  "handicap",
  "problème",
  "complexe",
  "insuffisant",
  "pas encore",
];
const NEGATIONS = /^(ne|n’.*|pas|jamais|rien|aucun|aucune)$/;

function judgementProblems(text: string): string[] {
  const lower = ` ${words(text).map(bare).join(" ")} `;
  return [
    ...JUDGEMENTS.filter((phrase) => lower.includes(` ${phrase} `)),
    ...words(text)
      .map(bare)
      .filter((token) => NEGATIONS.test(token))
      .map((token) => `negation « ${token} »`),
  ];
}

/** Speaking of the person instead of to her. */
const THIRD_PERSON =
  /\b(la personne|le bénéficiaire|la bénéficiaire|les bénéficiaires|l’usager|l’usagère|les usagers|l’utilisateur|l’utilisatrice)\b/iu;
const SPEAKS_TO_HER = /(^|[^\p{L}])(vous|votre|vos)([^\p{L}]|$)/iu;

/** Every problem of one sentence of the sheet. */
function sentenceProblems(sentence: string): string[] {
  const count = words(sentence).length;
  return [
    ...(FrenchSentence.safeParse(sentence).success
      ? []
      : ["not one French sentence"]),
    ...(count > 15 ? [`${count} words`] : []),
    ...oneIdeaProblems(sentence),
    ...(FIGURES.test(sentence) ? ["a figure"] : []),
    ...identifierProblems(sentence),
    ...judgementProblems(sentence),
    ...(THIRD_PERSON.test(sentence) ? ["speaks of the person"] : []),
  ];
}

/** Every problem of one heading: short, no final stop, and the sentence rules that apply. */
function headingProblems(heading: string): string[] {
  const count = words(heading).length;
  return [
    ...(count === 0 || count > 10 ? [`${count} words`] : []),
    ...(/[.;]$/.test(heading) ? ["ends like a sentence"] : []),
    ...(FIGURES.test(heading) ? ["a figure"] : []),
    ...identifierProblems(heading),
    ...judgementProblems(heading),
    ...(THIRD_PERSON.test(heading) ? ["speaks of the person"] : []),
  ];
}

interface Text {
  readonly text: string;
  readonly role: "heading" | "sentence" | "value";
  /** The part it belongs to, for the « vous » check. */
  readonly part: string;
}

/** The sheet's texts in the order a screen reader reads them. */
function readingOrder(sheet: ResidentSheet): Text[] {
  const [knowHow, nextSteps, bring] = sheet.parts;
  const texts: Text[] = [{ text: sheet.title, role: "heading", part: "" }];
  const add = (part: string, role: Text["role"], list: readonly string[]) => {
    for (const text of list) texts.push({ text, role, part });
  };
  add(knowHow.kind, "heading", [knowHow.title]);
  add(knowHow.kind, "sentence", knowHow.sentences);
  add(nextSteps.kind, "heading", [nextSteps.title]);
  for (const step of nextSteps.steps) {
    add(nextSteps.kind, "heading", [step.heading]);
    add(nextSteps.kind, "sentence", [...step.where, ...step.what, ...step.how]);
  }
  add(bring.kind, "heading", [bring.title]);
  add(bring.kind, "sentence", [
    ...bring.items.map((item) => item.text),
    ...bring.sentences,
  ]);
  if (sheet.contact !== undefined) {
    add("contact", "heading", [sheet.contact.title]);
    for (const line of sheet.contact.lines) {
      add("contact", "heading", [line.label]);
      add("contact", "value", [line.value]);
    }
  }
  return texts;
}

/** The problems of each text, computed once per text and role: the sheets share most texts. */
const checked = new Map<string, string[]>();
function textProblems({ text, role }: Text): string[] {
  const key = `${role}:${text}`;
  let problems = checked.get(key);
  if (problems === undefined) {
    problems =
      role === "sentence"
        ? sentenceProblems(text)
        : role === "heading"
          ? headingProblems(text)
          : [];
    checked.set(key, problems);
  }
  return problems.map((problem) => `${problem}: ${text}`);
}

/** Every problem of a whole sheet: each text, « vous » in a sentence of each part, abbreviations explained. */
function sheetProblems(sheet: ResidentSheet): string[] {
  const texts = readingOrder(sheet);
  const problems = texts.flatMap(textProblems);
  for (const part of sheet.parts)
    if (
      !texts.some(
        (t) =>
          t.part === part.kind &&
          t.role === "sentence" &&
          SPEAKS_TO_HER.test(t.text),
      )
    )
      problems.push(`no « vous » in part ${part.kind}`);
  const explained = new Set<string>();
  for (const { text, role } of texts) {
    if (role === "value") continue;
    for (const abbreviation of abbreviations(text)) {
      const fullForm = GLOSSARY[abbreviation];
      if (fullForm === undefined)
        problems.push(
          `abbreviation ${abbreviation} not in the glossary: ${text}`,
        );
      else if (!explained.has(abbreviation) && !text.includes(fullForm))
        problems.push(
          `abbreviation ${abbreviation} first used unexplained: ${text}`,
        );
      explained.add(abbreviation);
    }
  }
  return problems;
}

describe("the checks catch what they check", () => {
  test.each([
    ["Vous savez envoyer un document par mail.", []],
    [
      "Vous savez envoyer un document par mail et lire vos mails et envoyer des photos tous les jours.",
      ["18 words", "more than one et/ou/mais…"],
    ],
    ["Votre score est de 35\u202F%.", ["a figure"]],
    [
      "Vous ne savez pas lire vos mails.",
      ["ne savez pas", "negation « ne »", "negation « pas »"],
    ],
    ["Allez voir la mediation-numerique.", ["kebab-case mediation-numerique"]],
    ["Le mode faire_avec vous aide.", ["snake_case faire_avec"]],
    ["La personne viendra avec vous.", ["speaks of the person"]],
    ["Vous venez ici\u202F; on vous aide.", ["« ; » or brackets"]],
    [
      "C’est un lieu qui aide ceux qui viennent.",
      ["more than one qui/que/où/si…"],
    ],
    ["vous savez", ["not one French sentence"]],
    ["Vous l'avez fait.", ["not one French sentence"]],
  ])("%j", (sentence, expected) => {
    expect(sentenceProblems(sentence)).toEqual(expected);
  });

  test("an abbreviation is explained the first time, and is in the glossary", () => {
    const sheet = residentSheet({
      recommendations: orient({
        needs: ["equipement"],
        urgent: false,
        hasTime: true,
        wantsToLearn: false,
      }),
    });
    const bad = structuredClone(sheet);
    bad.parts[0].sentences = [
      "Vous savez écrire à la CAF.",
      ...bad.parts[0].sentences,
    ];
    expect(sheetProblems(bad)).toEqual([
      "abbreviation CAF first used unexplained: Vous savez écrire à la CAF.",
    ]);
    bad.parts[0].sentences[0] = "Vous savez écrire un CV.";
    expect(sheetProblems(bad)).toEqual([
      "abbreviation CV not in the glossary: Vous savez écrire un CV.",
    ]);
  });

  test("a part without « vous » is found", () => {
    const sheet = residentSheet({
      recommendations: orient({
        needs: ["equipement"],
        urgent: false,
        hasTime: true,
        wantsToLearn: false,
      }),
    });
    const bad = structuredClone(sheet);
    bad.parts[0].sentences = ["C’est une bonne étape."];
    expect(sheetProblems(bad)).toEqual(["no « vous » in part know-how"]);
  });
});

// ---- The sheets: every diagnostic level × every orientation × with and without a centre. ----

const document = (optionIndex: (optionCount: number) => number | "skip") => ({
  questionnaireId: QUESTIONNAIRE.id,
  questionnaireVersion: QUESTIONNAIRE.version,
  answers: Object.fromEntries(
    QUESTIONNAIRE.questions.map((question) => {
      const index = optionIndex(question.options.length);
      return [
        question.id,
        index === "skip" ? SKIPPED : (question.options[index]?.id ?? ""),
      ];
    }),
  ),
});

/** Every question answered at the same rank of its options: one result per level. */
const BY_LEVEL: DiagnosticResult[] = [0, 1, 2, 3].map((rank) =>
  score(
    QUESTIONNAIRE,
    document((count) => Math.min(rank, count - 1)),
  ),
);
/** A mix: the usage questions at « Oui, sans aide, mais pas toujours. », the others at their top. */
const MIXED = score(
  QUESTIONNAIRE,
  document((count) => (count === 4 ? 2 : count - 1)),
);
const ALL_SKIPPED = score(
  QUESTIONNAIRE,
  document(() => "skip"),
);
const DIAGNOSTICS: (DiagnosticResult | undefined)[] = [
  undefined,
  ...BY_LEVEL,
  MIXED,
  ALL_SKIPPED,
];

test("the diagnostics cover every level", () => {
  expect(BY_LEVEL.map((result) => result.overall.level)).toEqual(
    AUTONOMY_LEVELS,
  );
  expect(ALL_SKIPPED.overall.level).toBeNull();
});

const NEED_SETS: NeedId[][] = NeedId.options.flatMap((first, i) => [
  [first],
  ...NeedId.options.slice(i + 1).map((second) => [first, second]),
]);
/** The values of a fact: also « not asked » once the situation may leave it out. */
const FACT_VALUES: (boolean | undefined)[] = safeParseSituation({
  needs: ["equipement"],
}).success
  ? [true, false, undefined]
  : [true, false];
const NEARBY = [undefined, ["mediation-numerique"]];
const CENTRES = [
  undefined,
  {
    name: "Maison de quartier L'Escale",
    address: "3 rue des Lilas, 93000 Bobigny",
    openingHours: "Du lundi au vendredi, de 9 h à 17 h",
    phone: "01 23 45 67 89",
  },
];

const defined = <T extends object>(record: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Partial<T>;

function* sheets() {
  for (const diagnostic of DIAGNOSTICS)
    for (const needs of NEED_SETS)
      for (const urgent of FACT_VALUES)
        for (const hasTime of FACT_VALUES)
          for (const wantsToLearn of FACT_VALUES)
            for (const nearby of NEARBY) {
              const situation = defined({
                needs,
                urgent,
                hasTime,
                wantsToLearn,
                nearby,
                autonomy: diagnostic?.overall.level ?? undefined,
              });
              const recommendations = orient(situation);
              for (const centre of CENTRES)
                yield {
                  context: `${JSON.stringify(situation)}, diagnostic ${diagnostic === undefined ? "none" : JSON.stringify(diagnostic.overall.level)}, ${centre === undefined ? "no centre" : "centre"}`,
                  sheet: sheetOf(diagnostic, recommendations, centre),
                };
            }
}

/**
 * `residentSheet` once per distinct input: many situations give the same recommendations, and the
 * function is pure (checked in resident-sheet.test.ts), so the same input needs one call. This keeps
 * the ~40,000 combinations within the test's time on a loaded two-core machine.
 */
const sheetCache = new Map<string, ResidentSheet>();
function sheetOf(
  diagnostic: DiagnosticResult | undefined,
  recommendations: ReturnType<typeof orient>,
  centre: (typeof CENTRES)[number],
): ResidentSheet {
  const key = `${DIAGNOSTICS.indexOf(diagnostic)}|${CENTRES.indexOf(centre)}|${JSON.stringify(recommendations)}`;
  let sheet = sheetCache.get(key);
  if (sheet === undefined) {
    sheet = residentSheet(defined({ diagnostic, recommendations, centre }));
    sheetCache.set(key, sheet);
  }
  return sheet;
}

/** The sheets, each distinct one once (a diagnostic changes part 1 only), with one context each. */
let distinct:
  Map<string, { sheet: ResidentSheet; context: string }> | undefined;
let made = 0;
function distinctSheets() {
  if (distinct === undefined) {
    distinct = new Map();
    for (const { sheet, context } of sheets()) {
      made++;
      const key = JSON.stringify(sheet);
      if (!distinct.has(key)) distinct.set(key, { sheet, context });
    }
  }
  return [...distinct.values()];
}

describe("every sheet, over every level and orientation, with and without a centre", () => {
  test("there are many of them", () => {
    expect(distinctSheets().length).toBeGreaterThan(1_000);
    expect(made).toBeGreaterThan(10_000);
  });

  test("each follows the FALC rules", () => {
    const problems = new Map<string, string>();
    for (const { sheet, context } of distinctSheets())
      for (const problem of sheetProblems(sheet))
        if (!problems.has(problem)) problems.set(problem, context);
    expect([...problems]).toEqual([]);
  });

  test("each has the shape of ResidentSheet", () => {
    for (const { sheet, context } of distinctSheets())
      expect(ResidentSheet.safeParse(sheet).success, context).toBe(true);
  });

  test("every glossary entry is used by some sheet (none is dead)", () => {
    const seen = new Set(
      distinctSheets().flatMap(({ sheet }) =>
        readingOrder(sheet).flatMap(({ text }) => abbreviations(text)),
      ),
    );
    expect([...seen].sort()).toEqual(Object.keys(GLOSSARY).sort());
  });
});
