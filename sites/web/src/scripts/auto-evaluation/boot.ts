/**
 * The first-view part of a self-assessment page (a few kilobytes, no package): it checks that storage works
 * and loads the tool (the package’s engine) as soon as it is needed — at once when answers are saved on this
 * device, otherwise on the first focus, touch or key in the tool. Until then the form is a plain HTML form:
 * choices made before the engine arrives stay in it and are saved when it starts.
 */
import { openSlot } from "../../tools/persist";

export const STORAGE_WARNING =
  "Ce navigateur refuse l’enregistrement (navigation privée, stockage désactivé ou plein) : vos réponses restent en mémoire pour cette visite seulement. Exportez-les dans un fichier pour les garder.";
const LOAD_WARNING =
  "Le module de l’outil n’a pas pu être chargé (connexion interrompue ?). Vos choix restent dans le formulaire ; ils seront enregistrés dès qu’il se chargera : touchez de nouveau le formulaire une fois la connexion revenue.";

/** Shows a lasting warning once (the tool uses the same region). */
export function showWarning(root: HTMLElement, message: string): void {
  const region = root.querySelector<HTMLElement>("[data-ae-warning]");
  if (!region || region.textContent?.includes(message)) return;
  const line = document.createElement("span");
  line.className = "ae-warning-line";
  line.textContent = `${message} `;
  region.append(line);
  region.hidden = false;
}

export function boot(load: () => Promise<unknown>): void {
  const root = document.querySelector<HTMLElement>("[data-ae-tool]");
  if (!root) return;
  const slot = openSlot(root.dataset.storageKey!, "local");
  if (!slot.available) showWarning(root, STORAGE_WARNING);
  let loading = false;
  const events = ["focusin", "pointerdown", "keydown", "change"] as const;
  const start = () => {
    if (loading) return;
    loading = true;
    load().then(
      () => events.forEach((type) => root.removeEventListener(type, start)),
      () => {
        loading = false;
        showWarning(root, LOAD_WARNING);
      },
    );
  };
  if (slot.read() !== null) start();
  else events.forEach((type) => root.addEventListener(type, start));
}
