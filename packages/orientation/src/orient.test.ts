import { describe, expect, test } from "vitest";
import { orient } from "./explain.js";
import type { Situation } from "./situation.js";

const base = { urgent: false, hasTime: true, wantsToLearn: false } as const;
const pairs = (situation: Situation): string[] =>
  orient(situation).map((r) => `${r.actor}/${r.mode}`);

describe("seed 004 cases (hypra-2024, TEMPS 2 and TEMPS 3)", () => {
  test("wants to learn the computer → médiation numérique, apprendre", () => {
    const [first] = orient({
      ...base,
      needs: ["apprendre-numerique"],
      wantsToLearn: true,
    });
    expect(first?.actor).toBe("mediation-numerique");
    expect(first?.mode).toBe("apprendre");
  });

  test("a CV and a job application with France Travail nearby → France Travail", () => {
    const [first] = orient({
      ...base,
      needs: ["recherche-emploi"],
      nearby: ["france-travail", "mediation-numerique", "france-services"],
    });
    expect(first?.actor).toBe("france-travail");
    expect(first?.fallbackFrom).toEqual([]);
  });

  test("an ANTS account with France Services nearby → France Services", () => {
    const [first] = orient({
      ...base,
      needs: ["demarche-en-ligne"],
      procedure: "ants",
      nearby: ["france-services", "mediation-numerique"],
    });
    expect(first?.actor).toBe("france-services");
  });

  test.each(["numeriser-justificatifs", "creer-adresse-mail"] as const)(
    "%s → France Services",
    (need) => {
      expect(orient({ ...base, needs: [need] })[0]?.actor).toBe(
        "france-services",
      );
    },
  );

  test("a procedure done for the person → France Services, faire à la place", () => {
    expect(pairs({ ...base, needs: ["demarche-en-ligne"] })[0]).toBe(
      "france-services/faire-a-la-place",
    );
  });

  test.each([
    "suivi-dossier",
    "obtenir-justificatifs",
    "remplir-formulaire",
  ] as const)("%s → the administration’s reception", (need) => {
    expect(orient({ ...base, needs: [need] })[0]?.actor).toBe(
      "accueil-administration",
    );
  });

  test("urgent RSA declaration, the person has time → médiation numérique, faire avec", () => {
    const result = pairs({
      ...base,
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: true,
    });
    expect(result[0]).toBe("mediation-numerique/faire-avec");
    expect(result.some((pair) => pair.endsWith("/faire-a-la-place"))).toBe(
      false,
    );
  });

  test("urgent, no time → an aidant habilité Aidants Connect does it for the person", () => {
    const [first] = orient({
      ...base,
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: false,
    });
    expect(first?.actor).toBe("aidants-connect");
    expect(first?.mode).toBe("faire-a-la-place");
    expect(first?.nationalSchema.dispositif_programmes_nationaux).toEqual([
      "Aidants Connect",
    ]);
  });

  test("ANTS, then the person wants to learn → France Services first, then médiation numérique to learn", () => {
    expect(
      pairs({
        ...base,
        needs: ["demarche-en-ligne"],
        procedure: "ants",
        wantsToLearn: true,
      }),
    ).toEqual(["france-services/faire-avec", "mediation-numerique/apprendre"]);
  });
});

describe("seeds 001 and 002: complex social situations", () => {
  test("a complex social situation → travail social first, even with other needs", () => {
    const result = orient({
      ...base,
      needs: [
        "demarche-en-ligne",
        "apprendre-numerique",
        "situation-sociale-complexe",
      ],
      urgent: true,
    });
    expect(result[0]?.actor).toBe("travail-social");
    expect(result[0]?.needs).toEqual(["situation-sociale-complexe"]);
    expect(result[0]?.nationalSchema.structure_de_redirection).toBe(
      "aide_sociale",
    );
  });

  test("no social service nearby: still the social worker, flagged as not nearby", () => {
    const [first] = orient({
      ...base,
      needs: ["situation-sociale-complexe"],
      nearby: ["mediation-numerique"],
    });
    expect(first?.actor).toBe("travail-social");
    expect(first?.nearby).toBe("no");
    expect(first?.reason).toContain("au-delà du voisinage");
  });
});

describe("combinations of needs", () => {
  test("each need gets its actor, and one actor+mode is listed once", () => {
    const result = orient({
      ...base,
      needs: [
        "numeriser-justificatifs",
        "creer-adresse-mail",
        "suivi-dossier",
        "recherche-emploi",
      ],
    });
    expect(result.map((r) => [r.actor, r.needs])).toEqual([
      ["france-services", ["numeriser-justificatifs", "creer-adresse-mail"]],
      ["accueil-administration", ["suivi-dossier"]],
      ["france-travail", ["recherche-emploi"]],
    ]);
  });

  test("learning and a device go to the same place in two modes", () => {
    expect(
      pairs({ ...base, needs: ["apprendre-numerique", "equipement"] }),
    ).toEqual([
      "mediation-numerique/apprendre",
      "mediation-numerique/faire-avec",
    ]);
  });

  test("merging keeps every rule and source behind a recommendation", () => {
    const [first] = orient({
      ...base,
      needs: ["apprendre-numerique"],
      wantsToLearn: true,
    });
    expect(first?.rules).toEqual([
      "apprendre-outils-numeriques",
      "envie-d-apprendre",
    ]);
  });

  test("a merged recommendation keeps its first rule’s sentence and names the other needs", () => {
    const [first] = orient({
      ...base,
      needs: ["apprendre-numerique", "equipement"],
      wantsToLearn: true,
    });
    expect(first?.rules).toEqual([
      "apprendre-outils-numeriques",
      "envie-d-apprendre",
    ]);
    expect(first?.reason).toBe(
      "Apprendre à se servir des outils numériques est le cœur de métier du conseiller numérique, en atelier ou en accompagnement individuel. " +
        "Cette orientation répond aussi au besoin de s’équiper.",
    );
  });

  test("a fallback and other needs are said in one second sentence", () => {
    const [first] = orient({
      ...base,
      needs: ["equipement", "recherche-emploi", "creer-adresse-mail"],
      nearby: ["mediation-numerique"],
    });
    expect(first?.rules).toEqual([
      "equipement-lieu-de-mediation",
      "recherche-emploi-france-travail",
      "justificatifs-et-adresse-mail-france-services",
    ]);
    expect(first?.fallbackFrom).toEqual(["france-travail", "france-services"]);
    expect(first?.reason).toBe(
      "Pour s’équiper ou trouver une connexion, le centre social et son lieu de médiation numérique sont un allié de proximité\u00a0: accès libre, conseil sur un matériel adapté. " +
        "Cette orientation répond aussi aux besoins de chercher un emploi et de créer une adresse électronique\u202f; " +
        "aucune agence France Travail n’est indiquée à proximité et aucun espace France Services n’est indiqué à proximité\u00a0: la médiation numérique prend le relais.",
    );
  });

  test("duplicate needs are answered once", () => {
    expect(
      orient({ ...base, needs: ["equipement", "equipement"] })[0]?.needs,
    ).toEqual(["equipement"]);
  });
});

describe("when the best actor is not nearby", () => {
  test("no France Travail: falls back to médiation numérique and says so", () => {
    const [first] = orient({
      ...base,
      needs: ["recherche-emploi"],
      nearby: ["mediation-numerique"],
    });
    expect(first?.actor).toBe("mediation-numerique");
    expect(first?.fallbackFrom).toEqual(["france-travail"]);
    expect(first?.reason).toContain(
      "Aucune agence France Travail n’est indiquée à proximité",
    );
  });

  test("no France Services for an ANTS account: médiation numérique does it with the person", () => {
    expect(
      pairs({
        ...base,
        needs: ["demarche-en-ligne"],
        procedure: "ants",
        nearby: ["mediation-numerique"],
      }),
    ).toEqual(["mediation-numerique/faire-avec"]);
  });

  test("urgent without time and no Aidants Connect: France Services, never the conseiller numérique", () => {
    const [first] = orient({
      ...base,
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: false,
      nearby: ["mediation-numerique", "france-services"],
    });
    expect(first?.actor).toBe("france-services");
    expect(first?.mode).toBe("faire-a-la-place");
    expect(first?.fallbackFrom).toEqual(["aidants-connect"]);
  });

  test("no reception nearby for a form: France Services takes over", () => {
    const [first] = orient({
      ...base,
      needs: ["remplir-formulaire"],
      nearby: ["france-services"],
    });
    expect(first?.actor).toBe("france-services");
    expect(first?.reason).toContain("France Services prend le relais");
  });
});

describe("when what is near the person is not known", () => {
  test("the preferred actor is kept, and the reason says to check it, naming who takes over", () => {
    const [first] = orient({ needs: ["recherche-emploi"] });
    expect(first?.actor).toBe("france-travail");
    expect(first?.nearby).toBe("unknown");
    expect(first?.fallbackFrom).toEqual([]);
    expect(first?.reason).toBe(
      "Pour un CV et une candidature, l’agent d’accueil de l’agence France Travail proche est l’interlocuteur indiqué\u202f; le médiateur numérique sait aussi accompagner la rédaction d’un CV en ligne. " +
        "On ne sait pas si une agence France Travail existe près de chez la personne\u00a0: à vérifier, sinon la médiation numérique prend le relais.",
    );
  });

  test("a rule with one actor says nothing more", () => {
    const [first] = orient({ needs: ["equipement"] });
    expect(first?.nearby).toBe("unknown");
    expect(first?.reason).toBe(
      "Pour s’équiper ou trouver une connexion, le centre social et son lieu de médiation numérique sont un allié de proximité\u00a0: accès libre, conseil sur un matériel adapté.",
    );
  });

  test("an empty list says that none of them is near, which is not the same", () => {
    const [first] = orient({ needs: ["recherche-emploi"], nearby: [] });
    expect(first?.nearby).toBe("no");
    expect(first?.reason).toContain(
      "Aucune agence France Travail n’est indiquée à proximité, ni aucun autre relais prévu",
    );
  });
});

describe("autonomy from the diagnostic", () => {
  test("a partly autonomous person is guided rather than done for", () => {
    expect(
      pairs({
        ...base,
        needs: ["demarche-en-ligne"],
        autonomy: "usage-partiel",
      }),
    ).toEqual(["mediation-numerique/faire-avec"]);
  });

  test("a person with no digital use, who does not want to learn: France Services does it", () => {
    expect(
      pairs({ ...base, needs: ["demarche-en-ligne"], autonomy: "sans-usage" }),
    ).toEqual(["france-services/faire-a-la-place"]);
  });
});

describe("national schema values", () => {
  test("France Services carries its dispositif, services and redirection", () => {
    expect(
      orient({ ...base, needs: ["numeriser-justificatifs"] })[0]
        ?.nationalSchema,
    ).toEqual({
      services: ["Aide aux démarches administratives"],
      dispositif_programmes_nationaux: ["France Services"],
      structure_de_redirection: "aide_aux_demarches_administratives",
    });
  });

  test("an administration is no lieu de médiation numérique: no services", () => {
    expect(
      orient({ ...base, needs: ["suivi-dossier"] })[0]?.nationalSchema,
    ).toEqual({
      services: [],
      dispositif_programmes_nationaux: [],
      structure_de_redirection: "operateur_ou_organisme_en_charge",
    });
  });
});
