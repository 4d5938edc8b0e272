import * as z from "zod/mini";
import { AnswersDocument } from "./answers.js";

/** The `format` of a saved diagnostic session: what tells it from any other file. */
export const SESSION_FORMAT = "mediation-numerique/diagnostic-session";

/**
 * The version of the session format that `serializeSession` writes. Version 1 (written by the site
 * before this package held the format) is still read, and migrated by `parseSession`.
 */
export const SESSION_VERSION = 2;

const MAX_TEXT = 200;
const MAX_KEYS = 20;
const MAX_ITEMS = 20;

/**
 * The bounds of a saved orientation request. The request belongs to `@mediation-numerique/orientation`
 * (its `Situation`), which this package cannot import: it only checks that the request is a small
 * JSON object, and the caller validates it with orientation’s `parseSituation`.
 */
export const REQUEST_LIMITS = {
  /** Objects and lists nested one in another, the request itself included. */
  maxDepth: 4,
  /** Fields of one object. */
  maxKeys: MAX_KEYS,
  /** Elements of one list. */
  maxItems: MAX_ITEMS,
  /** Characters of one text or one field name. */
  maxStringLength: MAX_TEXT,
  /** Values in all. */
  maxValues: 1_000,
} as const;

// Every call below is marked pure, inner ones too: a bundle that does not read sessions drops them.

// zod leaves out a "__proto__" key, as in every record: it never reaches the prototype.
const RequestKey = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.maxLength(MAX_TEXT));

const RequestScalar = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(MAX_TEXT)),
  /* @__PURE__ */ z.number(),
  /* @__PURE__ */ z.boolean(),
  /* @__PURE__ */ z.null(),
]);

const fewKeys = /* @__PURE__ */ z.refine<Record<string, unknown>>(
  (record: Record<string, unknown>) => Object.keys(record).length <= MAX_KEYS,
  {
    // A plain text: a template would keep this check in every bundle of the package.
    error: "au plus 20 champs dans un objet de la demande.",
    params: { code: "too-many-keys" },
  },
);

/** A bounded JSON object of `value`s; `maxProperties` goes to the JSON Schema, with `meta`. */
const requestObject = <V extends z.ZodMiniType>(
  value: V,
  meta: z.core.GlobalMeta = {},
) =>
  z
    .record(RequestKey, value)
    .check(fewKeys)
    .register(z.globalRegistry, { maxProperties: MAX_KEYS, ...meta });

/** A value of the request whose lists and objects hold `inner` values. */
const requestValue = <V extends z.ZodMiniType>(inner: V) =>
  z.union(
    [
      RequestScalar,
      z.array(inner).check(z.maxLength(MAX_ITEMS)),
      requestObject(inner),
    ],
    {
      error: `attendu\u00A0: un texte de ${MAX_TEXT} caractères au plus, un nombre, vrai ou faux, null, une liste de ${MAX_ITEMS} éléments au plus ou un objet de ${MAX_KEYS} champs au plus.`,
    },
  );

// Three levels below the request: with the request itself, `maxDepth` (4) levels of nesting.
const RequestDeepValue = /* @__PURE__ */ requestValue(RequestScalar).register(
  z.globalRegistry,
  { id: "mn.diagnostic.SessionRequestDeepValue" },
);
const RequestNestedValue = /* @__PURE__ */ requestValue(
  RequestDeepValue,
).register(z.globalRegistry, {
  id: "mn.diagnostic.SessionRequestNestedValue",
});
const RequestValue = /* @__PURE__ */ requestValue(RequestNestedValue).register(
  z.globalRegistry,
  { id: "mn.diagnostic.SessionRequestValue" },
);

/**
 * The orientation request saved with the answers: a small JSON object, bounded
 * (`REQUEST_LIMITS`) and not interpreted here. It is orientation’s `Situation` without
 * `autonomy`: validate it with `parseSituation` of `@mediation-numerique/orientation`.
 */
export const SessionRequest = /* @__PURE__ */ requestObject(RequestValue, {
  id: "mn.diagnostic.SessionRequest",
  description:
    "Demande d’orientation (la «\u00A0Situation\u00A0» du paquet orientation, sans «\u00A0autonomy\u00A0»)\u00A0: un petit objet JSON, que ce paquet borne sans l’interpréter (au plus 1\u202F000 valeurs en tout).",
});
export type SessionRequest = z.infer<typeof SessionRequest>;

/** Where the person is in the diagnostic: a question (`question:<id>`), the results, or the orientation. */
export const SessionStep = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.maxLength(100),
    /* @__PURE__ */ z.regex(
      /^(?:question:[a-z0-9]+(?:-[a-z0-9]+)*|results|orientation)$/,
      {
        error:
          "étape attendue\u00A0: «\u00A0question:<identifiant>\u00A0», «\u00A0results\u00A0» ou «\u00A0orientation\u00A0».",
      },
    ),
  )
  .register(z.globalRegistry, {
    id: "mn.diagnostic.SessionStep",
    description:
      "Étape en cours\u00A0: «\u00A0question:<identifiant de question>\u00A0», «\u00A0results\u00A0» ou «\u00A0orientation\u00A0».",
  });
export type SessionStep = z.infer<typeof SessionStep>;

/**
 * A saved diagnostic session, version 2: the answers, the orientation request and the step.
 * The same text is kept in the browser and exported as a file; `serializeSession` writes it and
 * `parseSession` reads it (and version 1, and a bare answers document).
 */
export const DiagnosticSession = /* @__PURE__ */ z
  .strictObject({
    format: /* @__PURE__ */ z.literal(SESSION_FORMAT),
    version: /* @__PURE__ */ z.literal(SESSION_VERSION),
    answers: AnswersDocument,
    request: /* @__PURE__ */ z.nullable(SessionRequest),
    step: SessionStep,
  })
  .register(z.globalRegistry, {
    id: "mn.diagnostic.DiagnosticSession",
    title: "Session de diagnostic enregistrée",
    description:
      "Réponses au diagnostic d’autonomie numérique, demande d’orientation et étape en cours, gardées dans le navigateur ou exportées en fichier.",
  });
export type DiagnosticSession = z.infer<typeof DiagnosticSession>;

/** What a page keeps of a session, and gives `serializeSession`: the rest comes from the questionnaire. */
export const SessionContent = /* @__PURE__ */ z
  .strictObject({
    answers: /* @__PURE__ */ z.record(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.string(),
    ),
    request: /* @__PURE__ */ z.nullable(SessionRequest),
    step: SessionStep,
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.SessionContent" });
export type SessionContent = z.infer<typeof SessionContent>;

/**
 * What `parseSession` changed while reading: answers carried to the current questionnaire
 * (`answers-migrated`), an answer it could not carry (`answer-not-carried`), an answer that an old
 * form had filled in for the person and that was removed (`preset-answer-dropped`).
 */
export const SessionChangeCode = /* @__PURE__ */ z
  .enum(["answers-migrated", "answer-not-carried", "preset-answer-dropped"])
  .register(z.globalRegistry, { id: "mn.diagnostic.SessionChangeCode" });
export type SessionChangeCode = z.infer<typeof SessionChangeCode>;

/** One change, with where it happened in the session and a French message for the mediator. */
export const SessionChange = /* @__PURE__ */ z
  .strictObject({
    code: SessionChangeCode,
    path: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.union([
        /* @__PURE__ */ z.string(),
        /* @__PURE__ */ z.number(),
      ]),
    ),
    message: /* @__PURE__ */ z.string(),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.SessionChange" });
export type SessionChange = z.infer<typeof SessionChange>;

/** What `parseSession` returns: the session, at the current versions, and every change it made. */
export const ParsedSession = /* @__PURE__ */ z
  .strictObject({
    session: DiagnosticSession,
    changes: /* @__PURE__ */ z.array(SessionChange),
  })
  .register(z.globalRegistry, { id: "mn.diagnostic.ParsedSession" });
export type ParsedSession = z.infer<typeof ParsedSession>;
