import { timeCall } from "@mediation-numerique/tooling/hardening";
import { describe, expect, test } from "vitest";
import { QUESTIONNAIRE } from "./data/questionnaire.js";
import { DiagnosticInputError } from "./errors.js";
import {
  DiagnosticSession,
  REQUEST_LIMITS,
  SESSION_FORMAT,
  type SessionContent,
} from "./schema/session.js";
import { parseSession, safeParseSession } from "./session-parse.js";
import { MAX_SESSION_LENGTH } from "./session-text.js";
import { serializeSession } from "./session-serialize.js";
import { V1_NEARBY_ACTORS } from "./session-v1.js";
import { TINY } from "./test-support/fixtures.js";

const Q = QUESTIONNAIRE;
const FIRST_STEP = `question:${Q.questions[0]?.id}`;
const AT = "2026-03-01T10:00:00+01:00";
const answers = { appareil: "telephone", "lire-mail": "skipped" };
const current = {
  questionnaireId: Q.id,
  questionnaireVersion: Q.version,
  answers,
};
const content: SessionContent = {
  answers,
  request: { needs: ["demarche-en-ligne"], urgent: true, nearby: [] },
  step: "results",
};

/** The problems `parseSession` throws for `text`, as `[path joined, code]`. */
function refusal(text: unknown, q = Q): [string, string][] {
  const result = safeParseSession(text, q);
  if (result.success) throw new Error("the text was accepted");
  expect(() => parseSession(text, q)).toThrow(DiagnosticInputError);
  return result.problems.map((p) => [p.path.join("."), p.code]);
}

/** A version 1 envelope, as the site wrote it before the package held the format. */
const v1 = (request: unknown, step: unknown = "orientation") =>
  JSON.stringify({
    format: SESSION_FORMAT,
    version: 1,
    answers: current,
    request,
    step,
  });

/** The form of version 1, untouched: « Non » three times, every actor checked. */
const untouchedV1 = {
  needs: ["demarche-en-ligne"],
  nearby: [...V1_NEARBY_ACTORS],
  urgent: false,
  hasTime: false,
  wantsToLearn: false,
  procedure: "",
};

describe("serializeSession and parseSession", () => {
  test("a session round-trips, in version 2, with nothing changed", () => {
    const text = serializeSession(content, Q, AT);
    expect(text.endsWith("}\n")).toBe(true);
    const { session, changes } = parseSession(text, Q);
    expect(session).toEqual({
      format: SESSION_FORMAT,
      version: 2,
      answers: { ...current, updatedAt: AT },
      request: content.request,
      step: "results",
    });
    expect(changes).toEqual([]);
    expect(DiagnosticSession.safeParse(session).success).toBe(true);
    expect(safeParseSession(text, Q)).toEqual({
      success: true,
      data: { session, changes },
    });
  });

  test("version 2 keeps a `false` and the full list of actors: they were chosen", () => {
    const request = { ...untouchedV1, procedure: "caf" };
    const text = serializeSession({ ...content, request }, Q, AT);
    expect(parseSession(text, Q).session.request).toEqual(request);
  });

  test("a bare answers document: no request, the first question", () => {
    const { session, changes } = parseSession(JSON.stringify(current), Q);
    expect(session).toEqual({
      format: SESSION_FORMAT,
      version: 2,
      answers: current,
      request: null,
      step: FIRST_STEP,
    });
    expect(changes).toEqual([]);
  });

  test("a step the questionnaire does not have becomes its first question", () => {
    for (const step of ["question:wifi", "resultats", 3, null, undefined]) {
      const text = JSON.stringify({
        ...JSON.parse(serializeSession(content, Q, AT)),
        step,
      });
      expect(parseSession(text, Q).session.step).toBe(FIRST_STEP);
    }
    const question = `question:${Q.questions[3]?.id}`;
    const text = serializeSession({ ...content, step: question }, Q, AT);
    expect(parseSession(text, Q).session.step).toBe(question);
  });
});

describe("answers of an older questionnaire", () => {
  const old = (answers: Record<string, string>) =>
    JSON.stringify({
      questionnaireId: "mini",
      questionnaireVersion: 1,
      answers,
      updatedAt: AT,
    });

  test("are carried, and the mediator is told, in the singular or the plural", () => {
    const none = parseSession(old({ courriel: "oui" }), TINY);
    expect(none.session.answers).toEqual({
      questionnaireId: "mini",
      questionnaireVersion: 2,
      answers: { mail: "seul" },
      updatedAt: AT,
    });
    expect(none.changes).toEqual([
      {
        code: "answers-migrated",
        path: ["answers", "questionnaireVersion"],
        message:
          "Ces réponses dataient de la version 1 du questionnaire\u00A0: elles ont été mises à jour vers la version 2.",
      },
    ]);

    const one = parseSession(old({ courriel: "oui", imprimante: "oui" }), TINY);
    expect(one.changes).toEqual([
      {
        code: "answers-migrated",
        path: ["answers", "questionnaireVersion"],
        message:
          "Ces réponses dataient de la version 1 du questionnaire\u00A0: elles ont été mises à jour vers la version 2, sauf 1 réponse qui ne peut plus être reprise.",
      },
      {
        code: "answer-not-carried",
        path: ["answers", "answers", "imprimante"],
        message:
          "Réponse non reprise\u00A0: question «\u00A0imprimante\u00A0» retirée en version 2 (motif\u00A0: hors sujet).",
      },
    ]);

    const two = parseSession(old({ imprimante: "oui", wifi: "non" }), TINY);
    expect(two.changes[0]?.message).toBe(
      "Ces réponses dataient de la version 1 du questionnaire\u00A0: elles ont été mises à jour vers la version 2, sauf 2 réponses qui ne peuvent plus être reprises.",
    );
    expect(two.changes.map((c) => c.code)).toEqual([
      "answers-migrated",
      "answer-not-carried",
      "answer-not-carried",
    ]);
  });

  test("answers at the current version that do not fit were altered: every one is refused", () => {
    const altered = JSON.stringify({
      format: SESSION_FORMAT,
      version: 2,
      answers: { ...current, answers: { wifi: "oui", appareil: "souvent" } },
      request: null,
      step: "results",
    });
    expect(refusal(altered)).toEqual([
      ["answers.answers.wifi", "unknown-question"],
      ["answers.answers.appareil", "unknown-option"],
    ]);
    expect(
      refusal(JSON.stringify({ ...current, questionnaireId: "autre" })),
    ).toEqual([["questionnaireId", "questionnaire-mismatch"]]);
    expect(
      refusal(JSON.stringify({ ...current, questionnaireVersion: 9 })),
    ).toEqual([["questionnaireVersion", "version-mismatch"]]);
  });
});

describe("version 1: never answer for the person", () => {
  test("the old form’s « Non » and its boxes all checked are removed, and each removal is told", () => {
    const { session, changes } = parseSession(v1(untouchedV1), Q);
    expect(session.version).toBe(2);
    expect(session.request).toEqual({ needs: ["demarche-en-ligne"] });
    expect(session.step).toBe("orientation");
    expect(changes.map((c) => [c.code, c.path.join(".")])).toEqual([
      ["preset-answer-dropped", "request.nearby"],
      ["preset-answer-dropped", "request.urgent"],
      ["preset-answer-dropped", "request.hasTime"],
      ["preset-answer-dropped", "request.wantsToLearn"],
    ]);
    expect(changes[1]?.message).toBe(
      "L’ancienne version du formulaire cochait «\u00A0Non\u00A0» d’avance à «\u00A0La démarche est-elle urgente\u202F?\u00A0». Ce «\u00A0Non\u00A0» a été retiré\u00A0: on ne sait pas si la personne l’a vraiment donné. Posez de nouveau la question.",
    );
    expect(changes[0]?.message).toBe(
      "L’ancienne version du formulaire cochait d’avance toutes les cases de «\u00A0Ce qui existe près de chez la personne\u00A0». Ces cases, toutes encore cochées, ont été décochées\u00A0: on ne sait pas si la personne les a confirmées. Demandez-lui de nouveau ce qui existe près de chez elle.",
    );
  });

  test("a `true` and a list of actors the mediator changed are kept", () => {
    const chosen = {
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: true,
      wantsToLearn: false,
      nearby: ["france-services", "mediation-numerique"],
      procedure: "caf",
    };
    const { session, changes } = parseSession(v1(chosen), Q);
    expect(session.request).toEqual({
      needs: ["demarche-en-ligne"],
      urgent: true,
      hasTime: true,
      nearby: ["france-services", "mediation-numerique"],
      procedure: "caf",
    });
    expect(changes.map((c) => c.path.join("."))).toEqual([
      "request.wantsToLearn",
    ]);
    for (const nearby of [[], V1_NEARBY_ACTORS.slice(1)])
      expect(
        parseSession(v1({ ...chosen, nearby }), Q).session.request?.["nearby"],
      ).toEqual(nearby);
    // Every actor, in another order, is still the untouched form.
    const reversed = [...V1_NEARBY_ACTORS].reverse();
    expect(
      parseSession(v1({ ...chosen, nearby: reversed }), Q).session.request,
    ).not.toHaveProperty("nearby");
  });

  test('the procedure the old form wrote as "" means absent, without a word', () => {
    const { session, changes } = parseSession(
      v1({ needs: ["demarche-en-ligne"], urgent: true, procedure: "" }),
      Q,
    );
    expect(session.request).toEqual({
      needs: ["demarche-en-ligne"],
      urgent: true,
    });
    expect(changes).toEqual([]);
  });

  test("a version 1 envelope without a request, or with other fields, is read", () => {
    const text = JSON.stringify({
      format: SESSION_FORMAT,
      version: 1,
      answers: current,
      note: "ignorée",
    });
    const { session } = parseSession(text, Q);
    expect(session.request).toBeNull();
    expect(session.step).toBe(FIRST_STEP);
  });
});

describe("what parseSession refuses", () => {
  test("not a text, and every other argument, with a typed error", () => {
    for (const value of [null, undefined, 42, {}, ["{}"]])
      expect(refusal(value)).toEqual([["", "invalid-type"]]);
    expect(
      refusal(serializeSession(content, Q, AT), {} as typeof Q)[0],
    ).toEqual(["questionnaire.id", "invalid-type"]);
  });

  test("a text too long, before reading it", () => {
    const big = " ".repeat(10 * 1024 * 1024);
    const { ms, error } = timeCall(parseSession, [big, Q], { budgetMs: 50 });
    expect(error).toBeInstanceOf(DiagnosticInputError);
    expect((error as DiagnosticInputError).code).toBe("string-too-long");
    expect(ms).toBeLessThan(50);
    // Within the length, a text with too many values is refused by the bounds.
    const many = `[${"0,".repeat(MAX_SESSION_LENGTH / 2 - 2)}0]`;
    expect(many.length).toBeLessThanOrEqual(MAX_SESSION_LENGTH);
    const bounded = timeCall(parseSession, [many, Q], { budgetMs: 200 });
    expect((bounded.error as DiagnosticInputError).code).toBe(
      "too-many-values",
    );
    expect(bounded.ms).toBeLessThan(200);
  });

  test("a text nested too deep, before parsing it", () => {
    const half = MAX_SESSION_LENGTH / 2;
    for (const text of [
      "[".repeat(half) + "]".repeat(half),
      "[".repeat(MAX_SESSION_LENGTH),
      `{"a":${'{"a":'.repeat(half / 5 - 1)}1${"}".repeat(half / 5)}`,
    ]) {
      const { ms, error } = timeCall(parseSession, [text, Q], {
        budgetMs: 50,
      });
      expect((error as DiagnosticInputError).problems).toEqual([
        {
          path: [],
          code: "too-deep",
          message:
            "imbrication de plus de 16 niveaux\u00A0: ce fichier est trop profond pour être lu.",
        },
      ]);
      expect(ms).toBeLessThan(50);
    }
    // Brackets inside texts, escaped quotes included, are no nesting.
    const brackets = JSON.stringify({
      ...current,
      questionnaireId: `\\"${"[".repeat(40)}`,
    });
    expect(refusal(brackets)).toEqual([
      ["questionnaireId", "questionnaire-mismatch"],
    ]);
  });

  test("a text that is not a file of this diagnostic, in plain words", () => {
    for (const text of ["", "{", "réponses", '{"a":1']) {
      const result = safeParseSession(text, Q);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.problems[0]).toEqual({
        path: [],
        code: "unreadable-file",
        message:
          "ce n’est pas un fichier lisible de ce diagnostic\u00A0: il est abîmé, ou il a été enregistré par un autre outil.",
      });
    }
    for (const text of ["42", "[]", "null", '{"titre":"x"}'])
      expect(refusal(text)).toEqual([["", "unknown-format"]]);
  });

  test("another format, an unknown version", () => {
    const envelope = JSON.parse(serializeSession(content, Q, AT)) as Record<
      string,
      unknown
    >;
    expect(refusal(JSON.stringify({ ...envelope, format: "autre" }))).toEqual([
      ["format", "unknown-format"],
    ]);
    for (const version of [3, 0, "2", null])
      expect(refusal(JSON.stringify({ ...envelope, version }))).toEqual([
        ["version", "unknown-version"],
      ]);
    const newer = safeParseSession(
      JSON.stringify({ ...envelope, version: 3 }),
      Q,
    );
    expect(newer.success ? "" : newer.problems[0].message).toBe(
      "ce fichier vient d’une version plus récente de l’outil (version 3 du format)\u00A0: celle-ci lit les versions 1 et 2.",
    );
  });

  test("a version 2 envelope with another field, or a request that is not a small JSON object", () => {
    const envelope = JSON.parse(serializeSession(content, Q, AT)) as Record<
      string,
      unknown
    >;
    const withRequest = (request: unknown) =>
      refusal(JSON.stringify({ ...envelope, request }));
    expect(refusal(JSON.stringify({ ...envelope, extra: 1 }))).toEqual([
      ["", "unrecognized-keys"],
    ]);
    expect(
      refusal(JSON.stringify({ ...envelope, request: undefined })),
    ).toEqual([["request", "invalid-type"]]);
    expect(withRequest(["needs"])).toEqual([["request", "invalid-type"]]);
    expect(withRequest({ a: { b: { c: { d: {} } } } })).toEqual([
      ["request.a.b.c.d", "too-deep"],
    ]);
    expect(
      parseSession(
        JSON.stringify({ ...envelope, request: { a: { b: [{ d: 1 }] } } }),
        Q,
      ).session.request,
    ).toEqual({ a: { b: [{ d: 1 }] } });
    expect(withRequest({ a: "x".repeat(201) })).toEqual([
      ["request.a", "string-too-long"],
    ]);
    const keys = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [`k${i}`, i]),
    );
    expect(withRequest(keys)).toEqual([["request", "too-many-keys"]]);
    const tooMany = safeParseSession(
      JSON.stringify({ ...envelope, request: keys }),
      Q,
    );
    expect(tooMany.success ? "" : tooMany.problems[0].message).toBe(
      `au plus ${REQUEST_LIMITS.maxKeys} champs dans un objet de la demande.`,
    );
    expect(withRequest({ needs: Array.from({ length: 21 }, () => 1) })).toEqual(
      [["request.needs", "invalid-union"]],
    );
    // zod leaves a "__proto__" key out, as in every record: it never reaches the prototype.
    const proto = parseSession(
      serializeSession(content, Q, AT).replace(
        '"needs"',
        '"__proto__": [], "needs"',
      ),
      Q,
    ).session.request;
    expect(proto).toEqual(content.request);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  test("every problem of the answers and the request at once", () => {
    const text = JSON.stringify({
      format: SESSION_FORMAT,
      version: 2,
      answers: { ...current, answers: { wifi: "oui" } },
      request: { a: "x".repeat(201) },
      step: "results",
    });
    expect(refusal(text)).toEqual([
      ["answers.answers.wifi", "unknown-question"],
      ["request.a", "string-too-long"],
    ]);
  });
});

describe("what serializeSession refuses", () => {
  const problems = (...args: Parameters<typeof serializeSession>) => {
    try {
      serializeSession(...args);
    } catch (error) {
      expect(error).toBeInstanceOf(DiagnosticInputError);
      return (error as DiagnosticInputError).problems.map((p) => [
        p.path.join("."),
        p.code,
      ]);
    }
    throw new Error("serializeSession accepted it");
  };

  test("answers and steps the questionnaire does not have, a bad date", () => {
    expect(
      problems(
        { ...content, answers: { wifi: "oui", appareil: "souvent" } },
        Q,
        AT,
      ),
    ).toEqual([
      ["session.answers.wifi", "unknown-question"],
      ["session.answers.appareil", "unknown-option"],
    ]);
    expect(problems({ ...content, step: "question:wifi" }, Q, AT)).toEqual([
      ["session.step", "unknown-step"],
    ]);
    expect(problems({ ...content, step: "resultats" }, Q, AT)).toEqual([
      ["session.step", "invalid-format"],
    ]);
    expect(problems(content, Q, "hier")).toEqual([
      ["updatedAt", "invalid-format"],
    ]);
  });

  test("a request that is not a small JSON object, another field", () => {
    const request = (value: unknown) =>
      problems({ ...content, request: value as null }, Q, AT);
    expect(request({ at: () => 1 })).toEqual([
      ["session.request.at", "not-json"],
    ]);
    expect(request({ a: [[[[1]]]] })).toEqual([
      ["session.request.a.0.0.0", "too-deep"],
    ]);
    expect(request("urgent")).toEqual([["session.request", "invalid-type"]]);
    expect(problems({ ...content, extra: 1 } as SessionContent, Q, AT)).toEqual(
      [["session", "unrecognized-keys"]],
    );
  });

  test("an invalid questionnaire", () => {
    expect(problems(content, { ...Q, questions: [] }, AT)[0]).toEqual([
      "questionnaire.questions",
      "too-small",
    ]);
  });
});
