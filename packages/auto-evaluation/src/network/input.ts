import {
  checkString,
  expectedReceived,
  type Problem,
  type ProblemPath,
} from "@mediation-numerique/core";
import { AssessmentArgumentError } from "../engine/errors.js";
import { readInstrument, type Instrument } from "../engine/instrument.js";
import { readOptions, throwIf } from "../engine/input.js";

/**
 * The most documents one call reads (and a merged part holds): room for every centre and mediator of a
 * national network; beyond it, a database takes over (the tidy CSV and its SQL query).
 */
export const MAX_NETWORK_DOCUMENTS = 200_000;
/** The longest name of an input (a file name). */
export const MAX_INPUT_NAME = 500;

/** One input of a network aggregation: a name to report it by (its file name) and its content. */
export interface NetworkFile {
  /** How the report names this input (a file name): never read for anything else. */
  readonly name: string;
  /** The document: its JSON text, or the value already parsed. */
  readonly content: unknown;
}

/** Options of the aggregation functions: the instrument every document is read against (required). */
export interface AggregateOptions {
  readonly instrument: Instrument;
}

const fail = (path: ProblemPath, code: string, message: string) =>
  new AssessmentArgumentError([{ path, code, message }]);

const french = /* @__PURE__ */ new Intl.NumberFormat("fr-FR");

/**
 * The elements of a list argument (an array or any iterable), read once and at most
 * `MAX_NETWORK_DOCUMENTS` of them. A text, a value that is not iterable, an iterable that throws or one
 * that never ends all throw `AssessmentArgumentError`.
 */
export function readList(
  value: unknown,
  path: ProblemPath,
  expected: string,
): unknown[] {
  const notAList = () =>
    fail(path, "invalid-type", expectedReceived(expected, value));
  if (typeof value === "string") throw notAList();
  const list: unknown[] = [];
  try {
    const iterator = (value as Partial<Iterable<unknown>> | null | undefined)?.[
      Symbol.iterator
    ];
    if (typeof iterator !== "function") throw notAList();
    for (const element of value as Iterable<unknown>) {
      if (list.length === MAX_NETWORK_DOCUMENTS)
        throw fail(
          path,
          "too-many-documents",
          `Plus de ${french.format(MAX_NETWORK_DOCUMENTS)} documents\u00a0: au-delà, chargez le CSV du réseau dans une base de données (voir la requête SQL de la documentation).`,
        );
      list.push(element);
    }
  } catch (error) {
    if (error instanceof AssessmentArgumentError) throw error;
    throw fail(
      path,
      "unreadable",
      "La liste n’a pas pu être lue (elle lève une erreur quand on la parcourt)\u00a0: passez un tableau.",
    );
  }
  return list;
}

/** An own data property of `value` (a getter is never called), or `undefined`. */
function ownValue(value: object, key: string): { value: unknown } | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && "value" in descriptor
    ? { value: descriptor.value as unknown }
    : undefined;
}

/** A `NetworkFile` argument: an object with exactly a short `name` text and a `content`. */
export function readFile(value: unknown, path: ProblemPath): NetworkFile {
  const expected = "un fichier «\u00a0{ name, content }\u00a0»";
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw fail(path, "invalid-file", expectedReceived(expected, value));
    const extra = Reflect.ownKeys(value).filter(
      (key) => key !== "name" && key !== "content",
    );
    const name = ownValue(value, "name");
    const content = ownValue(value, "content");
    const problems: Problem[] = [];
    if (extra.length > 0 || content === undefined)
      problems.push({
        path,
        code: "invalid-file",
        message: expectedReceived(expected, value),
      });
    if (typeof name?.value !== "string")
      problems.push({
        path: [...path, "name"],
        code: "invalid-type",
        message: expectedReceived("le nom du fichier (un texte)", name?.value),
      });
    else
      problems.push(
        ...checkString(name.value, MAX_INPUT_NAME, [...path, "name"]),
      );
    throwIf(problems);
    return { name: name?.value as string, content: content?.value };
  } catch (error) {
    if (error instanceof AssessmentArgumentError) throw error;
    throw fail(
      path,
      "unreadable",
      "Le fichier n’a pas pu être lu (un objet qui refuse d’être lu)\u00a0: passez «\u00a0{ name, content }\u00a0».",
    );
  }
}

/** The required `instrument` option of the aggregation functions, checked. */
export function readAggregateOptions(options: unknown): Instrument {
  const { instrument } = readOptions(options);
  if (instrument === undefined)
    throw fail(
      ["options", "instrument"],
      "missing-instrument",
      "L’agrégation lit chaque document contre un instrument\u00a0: passez «\u00a0{ instrument }\u00a0» (construit avec `getInstrument` ou lu avec `instrumentFromJSON`).",
    );
  const valid = readInstrument(instrument, ["options", "instrument"]);
  if (valid.scale.levels.length > 35)
    throw fail(
      ["options", "instrument", "scale", "levels"],
      "too-many-levels",
      "L’agrégation lit des échelles d’au plus 35 niveaux\u00a0: réduisez l’échelle.",
    );
  return valid;
}
