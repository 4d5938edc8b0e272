/**
 * « Réglages du centre »: the centre's name, address, opening hours and phone, kept in this
 * browser on this device (the centre's settings, never the person's data). Checked with the
 * orientation package's `ResidentSheetCentre` on save, and again when read back: a value changed
 * by hand is set aside with a message, never a crash.
 */
import { safeParseFrench, type Problem } from "@mediation-numerique/core";
import { ResidentSheetCentre } from "@mediation-numerique/orientation";
import { openSlot } from "../../tools/persist";

export const CENTRE_STORAGE_KEY = "mediation-numerique:centre";
export const CENTRE_FIELDS = [
  "name",
  "address",
  "openingHours",
  "phone",
] as const;
type CentreField = (typeof CENTRE_FIELDS)[number];

const slot = openSlot(CENTRE_STORAGE_KEY, "local");

/** What was read back: the settings, or none, and a message when a saved value was set aside. */
export interface LoadedCentre {
  centre?: ResidentSheetCentre;
  problem?: string;
}

const SET_ASIDE =
  "Les réglages du centre enregistrés sur cet appareil n’ont pas pu être lus. La fiche est faite sans eux. Enregistrez-les à nouveau.";

/** The saved settings, checked; a value that fails the schema (changed by hand) is ignored. */
export function loadCentre(): LoadedCentre {
  const text = slot.read();
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: SET_ASIDE };
  }
  const parsed = safeParseFrench(ResidentSheetCentre, value);
  return parsed.success ? { centre: parsed.data } : { problem: SET_ASIDE };
}

/**
 * The form's values as the schema reads them: an empty field is left out (the centre did not
 * give it), never replaced by anything.
 */
function readForm(form: HTMLFormElement): Partial<Record<CentreField, string>> {
  const values = new FormData(form);
  return Object.fromEntries(
    CENTRE_FIELDS.flatMap((field) => {
      const value = String(values.get(field) ?? "").trim();
      return value === "" ? [] : [[field, value]];
    }),
  );
}

/** Saves the form when the schema accepts it; else returns the package's French problems. */
export function saveCentre(
  form: HTMLFormElement,
): { saved: true; stored: boolean } | { saved: false; problems: Problem[] } {
  const parsed = safeParseFrench(ResidentSheetCentre, readForm(form));
  if (!parsed.success) return { saved: false, problems: parsed.problems };
  const empty = Object.keys(parsed.data).length === 0;
  if (empty) slot.remove();
  const stored = empty || slot.write(JSON.stringify(parsed.data));
  return { saved: true, stored };
}

/** Puts the settings in the form's fields; a field the centre did not give stays empty. */
export function fillCentreForm(
  form: HTMLFormElement,
  centre: ResidentSheetCentre | undefined,
): void {
  for (const field of CENTRE_FIELDS) {
    const input = form.elements.namedItem(field);
    if (input instanceof HTMLInputElement) input.value = centre?.[field] ?? "";
  }
}

/** Each problem next to its field (the first problem of a field); `[]` clears them. */
export function showCentreProblems(
  form: HTMLFormElement,
  problems: readonly Problem[],
): HTMLInputElement | null {
  let first: HTMLInputElement | null = null;
  for (const field of CENTRE_FIELDS) {
    const problem = problems.find((p) => p.path[0] === field);
    const input = form.elements.namedItem(field) as HTMLInputElement | null;
    const error = form.querySelector(`#rs-${field}-error`);
    if (error) error.textContent = problem?.message ?? "";
    input?.setAttribute("aria-invalid", String(problem !== undefined));
    if (problem && !first) first = input;
  }
  return first;
}
