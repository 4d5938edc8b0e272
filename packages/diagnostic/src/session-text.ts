import {
  checkBounds,
  DEFAULT_LIMITS,
  expectedReceived,
  NBSP,
  NNBSP,
} from "@mediation-numerique/core";
import { DiagnosticInputError, throwProblems } from "./errors.js";

/**
 * The longest text `parseSession` reads, in characters, as auto-evaluation’s documents: a session
 * takes a few kilobytes.
 */
export const MAX_SESSION_LENGTH = 1_000_000;

const count = (n: number): string => n.toLocaleString("fr-FR");

const refuse = (code: string, message: string): never => {
  throw new DiagnosticInputError([{ path: [], code, message }]);
};

/**
 * Whether the lists and objects of a JSON text nest deeper than `max`, found in one pass that stops
 * at the first bracket too deep: `JSON.parse` would spend most of a second on a million of them.
 */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The text of a session, bounded before `JSON.parse`, then parsed and bounded again as a value. */
export function readText(text: unknown): unknown {
  if (typeof text !== "string")
    return refuse(
      "invalid-type",
      expectedReceived("le texte d’une session de diagnostic", text),
    );
  if (text.length > MAX_SESSION_LENGTH)
    refuse(
      "string-too-long",
      `ce fichier compte ${count(text.length)} caractères${NNBSP}; un diagnostic enregistré en compte au plus ${count(MAX_SESSION_LENGTH)}.`,
    );
  if (nestsDeeperThan(text, DEFAULT_LIMITS.maxDepth))
    refuse(
      "too-deep",
      `imbrication de plus de ${DEFAULT_LIMITS.maxDepth} niveaux${NBSP}: ce fichier est trop profond pour être lu.`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    refuse(
      "unreadable-file",
      `ce n’est pas un fichier lisible de ce diagnostic${NBSP}: il est abîmé, ou il a été enregistré par un autre outil.`,
    );
  }
  throwProblems(checkBounds(raw));
  return raw;
}
