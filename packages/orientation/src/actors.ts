import * as z from "zod/mini";

/** Who can take a person's request. IDs are stable: never renamed, never reused. */
export const ActorId = /* @__PURE__ */ z
  .enum([
    "mediation-numerique",
    "france-services",
    "accueil-administration",
    "france-travail",
    "travail-social",
    "aidants-connect",
  ])
  .register(z.globalRegistry, { id: "mn.orientation.ActorId" });
export type ActorId = z.infer<typeof ActorId>;

export const ACTOR_LABELS = {
  "mediation-numerique":
    "Médiation numérique (conseiller ou médiateur numérique, atelier numérique du centre, EPN)",
  "france-services":
    "Espace France Services ou MSAP (guichet unique des démarches)",
  "accueil-administration":
    "Accueil de l’organisme qui traite la démarche (CAF, CPAM, centre des impôts, préfecture…)",
  "france-travail": "Agence France Travail",
  "travail-social":
    "Travail social (assistante sociale, CCAS, maison des solidarités)",
  "aidants-connect":
    "Aidant professionnel habilité Aidants Connect (mandat pour agir au nom de la personne)",
} as const satisfies Record<ActorId, string>;

/** Short names, used inside sentences. */
export const ACTOR_SHORT_LABELS = {
  "mediation-numerique": "la médiation numérique",
  "france-services": "France Services",
  "accueil-administration": "l’accueil de l’administration concernée",
  "france-travail": "France Travail",
  "travail-social": "le travail social",
  "aidants-connect": "un aidant habilité Aidants Connect",
} as const satisfies Record<ActorId, string>;

/** Says, in a sentence, that no such actor was found near the person. */
export const ACTOR_ABSENT = {
  "mediation-numerique":
    "Aucun lieu de médiation numérique n’est indiqué à proximité",
  "france-services": "Aucun espace France Services n’est indiqué à proximité",
  "accueil-administration":
    "L’accueil de l’administration concernée n’est pas indiqué à proximité",
  "france-travail": "Aucune agence France Travail n’est indiquée à proximité",
  "travail-social": "Aucun service social n’est indiqué à proximité",
  "aidants-connect":
    "Aucun aidant habilité Aidants Connect n’est indiqué à proximité",
} as const satisfies Record<ActorId, string>;

/** Says, in a sentence, that whether such an actor is near the person is not known. */
export const ACTOR_PRESENCE_UNKNOWN = {
  "mediation-numerique":
    "On ne sait pas si un lieu de médiation numérique existe près de chez la personne",
  "france-services":
    "On ne sait pas si un espace France Services existe près de chez la personne",
  "accueil-administration":
    "On ne sait pas si l’accueil de l’administration concernée existe près de chez la personne",
  "france-travail":
    "On ne sait pas si une agence France Travail existe près de chez la personne",
  "travail-social":
    "On ne sait pas si un service social existe près de chez la personne",
  "aidants-connect":
    "On ne sait pas si un aidant habilité Aidants Connect existe près de chez la personne",
} as const satisfies Record<ActorId, string>;
