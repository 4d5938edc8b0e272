import type { Problem, ProblemPath } from "./problem.js";
import { expectCount, expectObject, expectPath, expectText } from "./guard.js";
import { NBSP } from "./text.js";

/** How large an untrusted input may be before any work is done on it. */
export interface InputLimits {
  /** How many objects and arrays may nest one in another (`{"a": [1]}` is 2). */
  readonly maxDepth: number;
  /** Values in all (objects, arrays, strings, numbers… each counts one). */
  readonly maxValues: number;
  /** Characters of one string or one object key. */
  readonly maxStringLength: number;
}

/** Room for every document the packages read (the largest, a référentiel, is ~60 KB), and no more. */
export const DEFAULT_LIMITS: InputLimits = {
  maxDepth: 16,
  maxValues: 50_000,
  maxStringLength: 20_000,
};

/** Stops listing after this many problems: a hostile input gets a short answer. */
const MAX_PROBLEMS = 10;

const fits = (n: number): string => n.toLocaleString("fr-FR");

/** An object or array being read, and the one that holds it: the chain is at most `maxDepth` long. */
interface Ancestor {
  readonly value: object;
  readonly parent: Ancestor | undefined;
}
interface Entry {
  readonly value: unknown;
  readonly path: ProblemPath;
  readonly depth: number;
  readonly parent?: Ancestor;
}

/**
 * Whether `value` holds itself: it is one of the objects it is read from. A value reached twice
 * by two paths (the same source cited by two rules) is no cycle; each visit counts in `maxValues`.
 */
function within(parent: Ancestor | undefined, value: object): boolean {
  for (let a = parent; a !== undefined; a = a.parent)
    if (a.value === value) return true;
  return false;
}

/**
 * Problems that make `value` unfit for any further work, found without recursion and in bounded time:
 * too deep, too many values, a string or key too long, a circular reference, or a value JSON cannot
 * hold (BigInt, function, symbol). Plain data gives `[]`. Getters are never called: a proxy or an
 * accessor that throws is reported, not propagated.
 */
export function checkBounds(
  value: unknown,
  limits: InputLimits = DEFAULT_LIMITS,
  at: ProblemPath = [],
): Problem[] {
  const { maxDepth, maxValues, maxStringLength } = checkLimits(limits);
  expectPath(at, "at");
  const problems: Problem[] = [];
  const report = (path: ProblemPath, code: string, message: string) => {
    problems.push({ path, code, message });
  };
  const stack: Entry[] = [{ value, path: at, depth: 0 }];
  let count = 0;
  try {
    for (
      let next = stack.pop();
      next !== undefined && problems.length < MAX_PROBLEMS;
      next = stack.pop()
    ) {
      const { value: current, path, depth, parent } = next;
      if (++count > maxValues) {
        report(
          at,
          "too-many-values",
          `l’entrée compte plus de ${fits(maxValues)} valeurs${NBSP}: elle est trop grande pour être lue.`,
        );
        break;
      }
      switch (typeof current) {
        case "string":
          if (current.length > maxStringLength)
            report(
              path,
              "string-too-long",
              `texte de ${fits(current.length)} caractères${NBSP}; au plus ${fits(maxStringLength)}.`,
            );
          continue;
        case "bigint":
        case "function":
        case "symbol":
          report(
            path,
            "not-json",
            `valeur de type ${typeof current}${NBSP}: seules les valeurs JSON (texte, nombre, booléen, null, liste, objet) sont lues.`,
          );
          continue;
        case "object":
          break;
        default:
          continue;
      }
      if (current === null) continue;
      if (within(parent, current)) {
        report(
          path,
          "circular",
          `référence circulaire${NBSP}: la valeur se contient elle-même.`,
        );
        continue;
      }
      const self: Ancestor = { value: current, parent };
      if (depth >= maxDepth) {
        report(
          path,
          "too-deep",
          `imbrication de plus de ${maxDepth} niveaux${NBSP}: l’entrée est trop profonde pour être lue.`,
        );
        continue;
      }
      if (Array.isArray(current)) {
        if (current.length > maxValues - count) {
          report(
            path,
            "too-many-values",
            `liste de ${fits(current.length)} éléments${NBSP}: l’entrée est trop grande pour être lue.`,
          );
          continue;
        }
        for (let i = current.length - 1; i >= 0; i--)
          stack.push({
            value: current[i],
            path: [...path, i],
            depth: depth + 1,
            parent: self,
          });
        continue;
      }
      const keys = Object.keys(current);
      if (keys.length > maxValues - count) {
        report(
          path,
          "too-many-values",
          `objet de ${fits(keys.length)} champs${NBSP}: l’entrée est trop grande pour être lue.`,
        );
        continue;
      }
      for (const key of keys.reverse()) {
        if (key.length > maxStringLength) {
          report(
            path,
            "string-too-long",
            `nom de champ de ${fits(key.length)} caractères${NBSP}; au plus ${fits(maxStringLength)}.`,
          );
          continue;
        }
        const descriptor = Object.getOwnPropertyDescriptor(current, key);
        if (descriptor !== undefined && !("value" in descriptor)) {
          report(
            [...path, key],
            "not-json",
            `champ calculé (accesseur)${NBSP}: seules les valeurs JSON sont lues.`,
          );
          continue;
        }
        stack.push({
          value: descriptor?.value,
          path: [...path, key],
          depth: depth + 1,
          parent: self,
        });
      }
    }
  } catch {
    report(
      at,
      "unreadable",
      "valeur illisible (un objet qui refuse d’être lu).",
    );
  }
  return problems;
}

/** `limits`, checked: each a whole number; a `CoreArgumentError` otherwise. */
function checkLimits(given: InputLimits): InputLimits {
  const limits = expectObject(given, "limits") as Partial<InputLimits>;
  return {
    maxDepth: expectCount(limits.maxDepth, "limits.maxDepth", 1, 1_000),
    maxValues: expectCount(limits.maxValues, "limits.maxValues", 1, 10_000_000),
    maxStringLength: expectCount(
      limits.maxStringLength,
      "limits.maxStringLength",
      1,
      1_000_000_000,
    ),
  };
}

/** A string argument fit for work: at most `max` characters. `[]` when it fits. */
export function checkString(
  value: string,
  max: number,
  path: ProblemPath = [],
): Problem[] {
  expectText(value, "value", Infinity);
  expectCount(max, "max", 0, 1_000_000_000);
  expectPath(path, "path");
  return value.length > max
    ? [
        {
          path,
          code: "string-too-long",
          message: `texte de ${fits(value.length)} caractères${NBSP}; au plus ${fits(max)}.`,
        },
      ]
    : [];
}
