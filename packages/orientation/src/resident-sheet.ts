import type { ActorId } from "./actors.js";
import { parseInput } from "./input.js";
import type { Recommendation } from "./recommendation.js";
import { BRING_ASK, BRING_RULES } from "./resident-sheet-bring.js";
import {
  RESIDENT_SHEET_INPUT,
  type ResidentSheetCentre,
  type ResidentSheetDiagnostic,
} from "./resident-sheet-input.js";
import {
  KNOW_HOW_ANSWERED,
  KNOW_HOW_FALLBACK,
  KNOW_HOW_QUESTIONNAIRE_ID,
  KNOW_HOW_SENTENCES,
} from "./resident-sheet-know-how.js";
import type {
  BringPart,
  ContactSection,
  KnowHowPart,
  NextStep,
  NextStepsPart,
  ResidentSheet,
} from "./resident-sheet-schema.js";
import {
  ACTOR_FOR_RESIDENT,
  CONTACT_LABELS,
  HERE,
  MODE_FOR_RESIDENT,
  SHEET_TITLES,
  whatSentences,
} from "./resident-sheet-text.js";

/** A text the centre typed, as the sheet shows it: one space between words, the ’ apostrophe. */
const tidy = (text: string): string =>
  text.trim().replace(/\s+/g, " ").replaceAll("'", "’");

/**
 * The can-do sentences: one per question answered at its maximum, or one per domain whose
 * questions all are (see resident-sheet-know-how.ts for why); else a true, positive fallback.
 */
function knowHowSentences(diagnostic?: ResidentSheetDiagnostic): string[] {
  const answers = diagnostic?.explanation.flatMap((item) => item.answers) ?? [];
  const atMaximum = new Set(
    diagnostic?.questionnaireId === KNOW_HOW_QUESTIONNAIRE_ID
      ? answers
          .filter((answer) => answer.max > 0 && answer.points >= answer.max)
          .map((answer) => answer.questionId)
      : [],
  );
  const sentences = Object.values(KNOW_HOW_SENTENCES).flatMap((domain) => {
    const questions = Object.entries(domain.questions);
    if (
      domain.summary !== undefined &&
      questions.every(([id]) => atMaximum.has(id))
    )
      return [domain.summary];
    return questions
      .filter(([id]) => atMaximum.has(id))
      .map(([, sentence]) => sentence);
  });
  if (sentences.length > 0) return sentences;
  const [asked, goodStep] = KNOW_HOW_FALLBACK;
  return answers.length > 0
    ? [asked, KNOW_HOW_ANSWERED, goodStep]
    : [asked, goodStep];
}

const knowHowPart = (diagnostic?: ResidentSheetDiagnostic): KnowHowPart => ({
  kind: "know-how",
  title: SHEET_TITLES.knowHow,
  sentences: knowHowSentences(diagnostic),
});

/**
 * One step per recommendation, in their order. A mediation step is « here » when the centre is
 * given (headed by its name); another place is explained the first time the sheet names it.
 */
function nextStepsPart(
  recommendations: readonly Recommendation[],
  centre?: ResidentSheetCentre,
): NextStepsPart {
  const named = new Set<ActorId>();
  const steps = recommendations.map((recommendation): NextStep => {
    const { actor, mode } = recommendation;
    const here = centre !== undefined && actor === "mediation-numerique";
    const words = ACTOR_FOR_RESIDENT[actor];
    const where = here
      ? [HERE.go]
      : named.has(actor)
        ? [words.go]
        : [words.go, words.explain];
    named.add(actor);
    return {
      actor,
      mode,
      here,
      heading: here
        ? centre.name === undefined
          ? HERE.heading
          : tidy(centre.name)
        : words.heading,
      where,
      what: whatSentences([...new Set(recommendation.needs)]),
      how: [MODE_FOR_RESIDENT[mode]],
    };
  });
  return {
    kind: "next-steps",
    title: steps.length === 1 ? SHEET_TITLES.nextStep : SHEET_TITLES.nextSteps,
    steps,
  };
}

/** What the seeds say to bring for these steps, each thing once, in the rules' order. */
function bringPart(recommendations: readonly Recommendation[]): BringPart {
  const items = BRING_RULES.filter((rule) =>
    recommendations.some(
      (recommendation) =>
        rule.when.modes?.includes(recommendation.mode) === true ||
        rule.when.needs?.some((need) => recommendation.needs.includes(need)) ===
          true,
    ),
  ).map((rule) => ({
    text: rule.text,
    sources: rule.sources.map((source) => ({ ...source })),
  }));
  return {
    kind: "bring",
    title: SHEET_TITLES.bring,
    items,
    sentences: [items.length > 0 ? BRING_ASK.afterItems : BRING_ASK.alone],
  };
}

/** The centre's details it gave, in a fixed order; none given, no section. */
function contactSection(
  centre?: ResidentSheetCentre,
): ContactSection | undefined {
  if (centre === undefined) return undefined;
  const lines = (Object.keys(CONTACT_LABELS) as (keyof ResidentSheetCentre)[])
    .filter((key) => centre[key] !== undefined)
    .map((key) => ({
      label: CONTACT_LABELS[key],
      value: tidy(centre[key] ?? ""),
    }));
  return lines.length === 0
    ? undefined
    : { kind: "contact", title: SHEET_TITLES.contact, lines };
}

/**
 * The resident's sheet, to take home: what she already knows how to do, her next steps (where,
 * what for, how), and what to bring where the sources say so; in easy-to-read French (FALC),
 * speaking to her (« vous »). Pure and deterministic; a new object on every call.
 *
 * @param input - `{ diagnostic?, recommendations, centre? }`: the diagnostic's `score()` result
 *   if it was run, what `orient()` returned, and the centre's settings (name, address, opening
 *   hours, phone). Of any type: it is checked.
 * @throws {OrientationInputError} listing every problem of the input, in French.
 */
export function residentSheet(input: unknown): ResidentSheet {
  const { diagnostic, recommendations, centre } = parseInput(
    RESIDENT_SHEET_INPUT,
    input,
  );
  const contact = contactSection(centre);
  return {
    title: SHEET_TITLES.sheet,
    parts: [
      knowHowPart(diagnostic),
      nextStepsPart(recommendations, centre),
      bringPart(recommendations),
    ],
    ...(contact === undefined ? {} : { contact }),
  };
}
