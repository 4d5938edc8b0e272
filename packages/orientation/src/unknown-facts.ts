/*
 * The facts of a situation that may be left unknown (not asked), and the question that asks
 * each one. Zod-free: `explain` words its questions without loading the result schemas.
 */

/** The facts a situation may leave unknown, in the order their questions are listed. */
export const UNKNOWN_FACTS = [
  "urgent",
  "hasTime",
  "wantsToLearn",
  "nearby",
  "autonomy",
  "procedure",
] as const;

/** The question that asks each fact, worded for the mediator. */
export const QUESTIONS = {
  urgent: "La démarche est-elle urgente\u202f?",
  hasTime: "La personne a-t-elle du temps maintenant\u202f?",
  wantsToLearn: "La personne a-t-elle envie d’apprendre à le faire\u202f?",
  nearby: "Quels lieux existent près de chez la personne\u202f?",
  autonomy:
    "Quel est le niveau d’autonomie de la personne\u202f? Le diagnostic le donne.",
  procedure: "Quel organisme traite la démarche\u202f?",
} as const satisfies Record<(typeof UNKNOWN_FACTS)[number], string>;
