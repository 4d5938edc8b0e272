import type { InstrumentDefinition } from "../engine/instrument.js";
import type { Scale } from "../engine/scale.js";

/**
 * The autonomy scale of the mediator instrument, lowest level first. It follows the spirit of DigComp’s
 * proficiency descriptors (European Commission): with guidance, on one’s own, guiding others.
 */
export const autonomyScale = {
  id: "autonomie",
  label: "Autonomie dans la compétence",
  defaultTarget: "autonomie",
  levels: [
    {
      id: "decouverte",
      label: "Je découvre",
      description:
        "J’en ai entendu parler ou je l’ai vu faire, mais je ne le fais pas encore moi-même.",
    },
    {
      id: "avec-aide",
      label: "Je fais avec de l’aide",
      description:
        "Je le fais quand une personne plus expérimentée me guide, ou en suivant un support pas à pas.",
    },
    {
      id: "autonomie",
      label: "Je fais seul·e",
      description:
        "Je le fais sans aide dans les situations courantes, et je sais où trouver de l’aide pour les cas inhabituels.",
    },
    {
      id: "transmission",
      label: "Je peux transmettre",
      description:
        "Je le fais dans des situations variées et je peux l’expliquer, le montrer ou accompagner un·e collègue qui l’apprend.",
    },
  ],
} as const satisfies Scale;

/**
 * The mediator instrument: the savoir-faire, savoirs and savoir-être of the FCS93 référentiel (médiateur·trice
 * social·e numérique, 2018) and the professional competences and activities of the CoNum / REMN référentiel,
 * on the autonomy scale.
 */
export const mediateurDefinition: InstrumentDefinition = {
  id: "mediateur",
  label: "Auto-évaluation des compétences du médiateur·trice numérique",
  scale: autonomyScale,
  referentiels: ["fcs93-competences", "conum-remn"],
  kinds: [
    "savoir-faire",
    "savoir",
    "savoir-etre",
    "competence-professionnelle",
    "activite",
  ],
};
