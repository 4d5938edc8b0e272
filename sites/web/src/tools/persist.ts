/**
 * Browser persistence shared by the three tools: a storage slot that survives private mode and
 * full quotas (it falls back to memory and says so), a load that never drops a saved document
 * silently, and JSON export / import through files. No domain logic: parsing and migrating are
 * the packages' functions, passed in.
 */

export type StorageArea = "local" | "session";

/** Where a tool keeps its document; `available` is false when it only lives in memory. */
export interface Slot {
  readonly key: string;
  readonly area: StorageArea;
  available: boolean;
  read(): string | null;
  /** Saves; on failure (quota, disabled storage) keeps the text in memory and returns false. */
  write(text: string): boolean;
  remove(): void;
}

function storageFor(area: StorageArea): Storage | null {
  try {
    const storage =
      area === "local" ? window.localStorage : window.sessionStorage;
    const probe = "__mediation-numerique-probe__";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Opens a slot in localStorage or sessionStorage, or in memory when the browser refuses storage. */
export function openSlot(key: string, area: StorageArea): Slot {
  const storage = storageFor(area);
  let memory: string | null = null;
  return {
    key,
    area,
    available: storage !== null,
    read() {
      try {
        return storage?.getItem(key) ?? memory;
      } catch {
        return memory;
      }
    },
    write(text) {
      memory = text;
      if (!storage) return false;
      try {
        storage.setItem(key, text);
        this.available = true;
        return true;
      } catch {
        this.available = false;
        return false;
      }
    },
    remove() {
      memory = null;
      try {
        storage?.removeItem(key);
      } catch {
        /* nothing stored, nothing to remove */
      }
    },
  };
}

export type LoadOutcome<T> =
  | { readonly kind: "empty" }
  | { readonly kind: "loaded"; readonly document: T; readonly message?: string }
  | {
      readonly kind: "set-aside";
      readonly backupKey: string;
      readonly message: string;
    };

/**
 * Reads the slot through `parse` (the package's parse, which may migrate and return a message).
 * A document that cannot be read is copied under a backup key, never deleted, and the outcome says so.
 */
export function loadFromSlot<T>(
  slot: Slot,
  parse: (text: string) => { document: T; message?: string },
): LoadOutcome<T> {
  const text = slot.read();
  if (text === null) return { kind: "empty" };
  try {
    const { document, message } = parse(text);
    return message === undefined
      ? { kind: "loaded", document }
      : { kind: "loaded", document, message };
  } catch (error) {
    const backupKey = `${slot.key}:mis-de-cote:${new Date().toISOString()}`;
    try {
      (slot.area === "local"
        ? window.localStorage
        : window.sessionStorage
      ).setItem(backupKey, text);
    } catch {
      /* storage refused: the text stays in the slot untouched */
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: "set-aside",
      backupKey,
      // The backup key is for whoever repairs the browser's data, not for the person: it is not shown.
      message: `Les réponses enregistrées sur cet appareil n’ont pas pu être relues (${reason}). Elles sont mises de côté dans ce navigateur, sans être effacées, et un nouveau questionnaire commence.`,
    };
  }
}

/** Offers `text` as a JSON file download; nothing leaves the device. */
export function downloadJson(filename: string, text: string): void {
  const url = URL.createObjectURL(
    new Blob([text], { type: "application/json" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a file chosen by the person, as text. Files over 1 MB are refused: ours are a few kilobytes. */
export async function readChosenFile(file: File): Promise<string> {
  if (file.size > 1_000_000) {
    throw new Error(
      `Le fichier « ${file.name} » est trop gros pour être un export de cet outil.`,
    );
  }
  return file.text();
}

/** Puts a message in a live region so that screen readers announce it. */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = "";
  // A fresh text node in the next frame is announced even when the message repeats.
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
