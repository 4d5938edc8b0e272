import { NBSP, quote } from "@mediation-numerique/core";
import type { SessionChange, SessionRequest } from "./schema/session.js";

/*
 * Version 1 of the session format was written by the site’s first orientation form. That form
 * answered for the person: « Non » was checked in advance on three yes/no questions, and every box of
 * « Ce qui existe près de chez la personne » was checked in advance. In a version 1 file, a `false`
 * on those questions, or a `nearby` that lists every actor, cannot be told from a form nobody
 * touched: `migrateRequestV1` removes them, and says so, so that the mediator asks again.
 * The words below are that form’s own (sites/web/src/components/diagnostic/DiagnosticTool.astro at
 * commit fb2c5c8), with French spacing.
 */

type PresetFact = "urgent" | "hasTime" | "wantsToLearn";
const PRESET_FACTS: readonly PresetFact[] = [
  "urgent",
  "hasTime",
  "wantsToLearn",
];

/** The three yes/no questions of the version 1 form, in its own words; « Non » was checked in advance. */
export const V1_PRESET_NO_QUESTIONS: Readonly<Record<PresetFact, string>> = {
  urgent: "La démarche est-elle urgente\u202F?",
  hasTime: "La personne a-t-elle du temps maintenant\u202F?",
  wantsToLearn: "La personne a-t-elle envie d’apprendre à le faire\u202F?",
};

/** The legend of the version 1 form’s actor boxes, all checked in advance. */
export const V1_NEARBY_LEGEND = "Ce qui existe près de chez la personne";

/** The actors of the version 1 form’s boxes (orientation’s `ActorId`s at that time). */
export const V1_NEARBY_ACTORS: readonly string[] = [
  "mediation-numerique",
  "france-services",
  "accueil-administration",
  "france-travail",
  "travail-social",
  "aidants-connect",
];

const NON = "«\u00A0Non\u00A0»";

const droppedNo = (fact: PresetFact): SessionChange => ({
  code: "preset-answer-dropped",
  path: ["request", fact],
  message: `L’ancienne version du formulaire cochait ${NON} d’avance à ${quote(V1_PRESET_NO_QUESTIONS[fact], 100)}. Ce ${NON} a été retiré${NBSP}: on ne sait pas si la personne l’a vraiment donné. Posez de nouveau la question.`,
});

const droppedNearby = (): SessionChange => ({
  code: "preset-answer-dropped",
  path: ["request", "nearby"],
  message: `L’ancienne version du formulaire cochait d’avance toutes les cases de ${quote(V1_NEARBY_LEGEND, 100)}. Ces cases, toutes encore cochées, ont été décochées${NBSP}: on ne sait pas si la personne les a confirmées. Demandez-lui de nouveau ce qui existe près de chez elle.`,
});

/** Whether `value` lists every actor of the version 1 form, and nothing else: its untouched default. */
const isEveryActor = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every((actor) => V1_NEARBY_ACTORS.includes(actor as string)) &&
  V1_NEARBY_ACTORS.every((actor) => value.includes(actor));

/**
 * A version 1 request, brought to version 2: a `false` on the three questions the old form
 * pre-set is removed, and so is a `nearby` listing every actor; each removal is a change for the
 * mediator. A `true`, and a `nearby` the mediator changed, are kept. The procedure `""` that the
 * old form wrote for « Non connu » means absent, and is removed without a word.
 */
export function migrateRequestV1(request: SessionRequest): {
  request: SessionRequest;
  changes: SessionChange[];
} {
  const changes: SessionChange[] = [];
  const kept = Object.entries(request).filter(([field, value]) => {
    if (field === "procedure") return value !== "";
    if (field === "nearby" && isEveryActor(value)) {
      changes.push(droppedNearby());
      return false;
    }
    const fact = PRESET_FACTS.find((name) => name === field);
    if (fact !== undefined && value === false) {
      changes.push(droppedNo(fact));
      return false;
    }
    return true;
  });
  return { request: Object.fromEntries(kept), changes };
}
