/**
 * Where the session is kept: for this tab only (sessionStorage) unless the mediator ticks « Garder
 * les réponses sur cet appareil » (localStorage), or in memory when the browser refuses both. Also
 * the data section: export to a file, import, and erase after a confirmation. The page says where in
 * plain words (« dans ce navigateur, sur cet appareil »): never the names of the storage areas.
 */
import {
  downloadJson,
  loadFromSlot,
  openSlot,
  readChosenFile,
  type Slot,
} from "../../tools/persist";
import { NBSP, quoted } from "../ui";
import {
  parseSession,
  serializeSession,
  STORAGE_KEY,
  type Session,
} from "./store";
import type { Tool } from "./types";

export class DiagnosticStorage {
  private readonly local = openSlot(STORAGE_KEY, "local");
  private readonly sessionSlot = openSlot(STORAGE_KEY, "session");
  /** The mediator chose to keep the answers after the tab closes. */
  private keep = this.local.read() !== null;

  /** `restore` puts an imported session on every screen. */
  constructor(
    private readonly tool: Tool,
    private readonly restore: (session: Session) => void,
  ) {}

  private parse = (text: string) =>
    parseSession(text, this.tool.data.questionnaire);

  private get activeSlot(): Slot {
    return this.keep ? this.local : this.sessionSlot;
  }

  private get keepBox() {
    return this.tool.$<HTMLInputElement>(".dg-keep");
  }

  /** The saved session, if any can be read; a message says what was migrated or set aside. */
  load(): Session | null {
    const outcome = loadFromSlot(this.activeSlot, this.parse);
    this.keepBox.checked = this.keep;
    this.updateNotes();
    if (outcome.kind === "empty") return null;
    this.tool.alert(outcome.message ?? "");
    return outcome.kind === "loaded" ? outcome.document : null;
  }

  save(session: Session): void {
    const ok = this.activeSlot.write(
      serializeSession(session, this.tool.data.questionnaire),
    );
    if (!ok) this.updateNotes();
  }

  /** Shows the page's warning for what the browser refuses, if anything, and says where the answers are kept. */
  private updateNotes(): void {
    const refused = !this.activeSlot.available
      ? "memory"
      : !this.local.available
        ? "tab-only"
        : "";
    this.keepBox.disabled = !this.local.available && !this.keep;
    for (const warning of this.tool.querySelectorAll<HTMLElement>(
      ".dg-storage-warning",
    )) {
      const show = warning.dataset.warning === refused;
      if (show && warning.hidden)
        this.tool.say(warning.textContent.replace(/[ \n]+/g, " ").trim());
      warning.hidden = !show;
    }
    for (const span of this.tool.querySelectorAll<HTMLElement>(
      "[data-privacy]",
    ))
      span.hidden = span.dataset.privacy !== (this.keep ? "local" : "session");
  }

  private setKeep(keep: boolean): void {
    if (keep === this.keep) return;
    const from = this.activeSlot;
    this.keep = keep;
    this.save(this.tool.session);
    from.remove();
    this.updateNotes();
    this.tool.say(
      keep
        ? "Les réponses sont gardées sur cet appareil."
        : "Les réponses restent seulement pour cet onglet.",
    );
  }

  private exportFile(): void {
    const day = new Date().toISOString().slice(0, 10);
    downloadJson(
      `diagnostic-autonomie-${day}.json`,
      serializeSession(this.tool.session, this.tool.data.questionnaire),
    );
    this.tool.say("Fichier enregistré.");
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { document, message } = this.parse(await readChosenFile(file));
      this.restore(document);
      this.tool.alert(
        `Le fichier ${quoted(file.name)} est importé.${message ? ` ${message}` : ""}`,
      );
      this.tool.show(document.step, true);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.tool.alert(
        `Le fichier ${quoted(file.name)} n’a pas été importé${NBSP}: ${reason}. Les réponses déjà sur cet appareil n’ont pas changé.`,
      );
    } finally {
      input.value = "";
    }
  }

  private confirmErase(open: boolean): void {
    this.tool.$(".dg-confirm").hidden = !open;
    this.tool
      .$(open ? '[data-action="erase-confirm"]' : '[data-action="erase"]')
      .focus();
  }

  /** Erases both storage areas, then `startAgain` shows a new, empty session; nothing stays on the device. */
  private erase(startAgain: () => void): void {
    this.local.remove();
    this.sessionSlot.remove();
    this.keep = false;
    this.keepBox.checked = false;
    this.tool.$(".dg-confirm").hidden = true;
    this.tool.alert("");
    this.updateNotes();
    startAgain();
    this.tool.say("Tout est effacé de cet appareil.");
  }

  /** Wires the data section; returns its buttons' actions, by `data-action`. */
  wire(startAgain: () => void): Record<string, () => void> {
    this.keepBox.addEventListener("change", () =>
      this.setKeep(this.keepBox.checked),
    );
    const importInput = this.tool.$<HTMLInputElement>(".dg-import");
    importInput.addEventListener(
      "change",
      () => void this.importFile(importInput),
    );
    return {
      export: () => this.exportFile(),
      erase: () => this.confirmErase(true),
      "erase-cancel": () => this.confirmErase(false),
      "erase-confirm": () => this.erase(startAgain),
    };
  }
}
