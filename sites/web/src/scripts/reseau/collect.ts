/**
 * Reads the chosen files on the device and has the worker check them, chunk by chunk, so that the page never
 * freezes: each file is read with `File.text()` only when it is small enough to be an export, and a chunk
 * the worker cannot read (it crashed, or could not start) sets its files aside instead of stopping the rest.
 */
import type { AggregationPart } from "@mediation-numerique/auto-evaluation/engine";
import type {
  Instruments,
  Kind,
  ReadReply,
  WorkerReply,
  WorkerRequest,
} from "./protocol";

/** An export weighs a few kilobytes; the package reads JSON texts of at most 1,000,000 characters. */
export const MAX_FILE_BYTES = 1_000_000;
/** Files sent to the worker at once: the progress moves at each chunk. */
const CHUNK_FILES = 50;
const CHUNK_BYTES = 4_000_000;

/** A file the page set aside before the package saw it (too big, or a chunk that could not be read). */
export interface PageSetAside {
  readonly name: string;
  readonly reason: string;
}

/** The parts of each chunk read (to join in the worker), and the files set aside by the page. */
export interface Collected {
  readonly parts: Record<Kind, AggregationPart[]>;
  readonly setAside: readonly PageSetAside[];
}

/** A named file: its name in the report (its path in a chosen folder), unique within the session. */
export interface NamedFile {
  readonly name: string;
  readonly file: File;
  readonly size: number;
}

const megabytes = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const tooBigReason = (bytes: number): string =>
  `Trop gros (${megabytes.format(bytes / 1_000_000)}\u00a0Mo)\u00a0: une auto-évaluation exportée pèse quelques kilo-octets\u202f; ce fichier n’a pas été lu.`;
const CHUNK_FAILED =
  "Non lu\u00a0: le calcul de ce lot de fichiers a échoué sur cet appareil (mémoire ou navigateur)\u202f; déposez ce fichier à nouveau, seul ou en plus petit lot.";

/** The worker, started at the first request and kept for the next ones. */
let worker: Worker | undefined;
let nextId = 0;

type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, "id">
    : never
  : never;

/** Sends a request to the worker and waits for its answer (rejects with its French message, or if it fails). */
export function ask<T>(request: Request): Promise<T> {
  const id = (nextId += 1);
  worker ??= new Worker(new URL("./network.worker.ts", import.meta.url), {
    type: "module",
  });
  const current = worker;
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      current.removeEventListener("message", onMessage);
      current.removeEventListener("error", onError);
    };
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.id !== id) return;
      done();
      if ("error" in event.data) reject(new Error(event.data.error));
      else resolve(event.data.ok as T);
    };
    const onError = (event: Event) => {
      event.preventDefault();
      done();
      // A worker that crashed is started again for the next request.
      current.terminate();
      if (worker === current) worker = undefined;
      reject(new Error("Le calcul a échoué sur cet appareil."));
    };
    current.addEventListener("message", onMessage);
    current.addEventListener("error", onError);
    current.postMessage({ id, ...request });
  });
}

/** Splits the files into chunks of at most `CHUNK_FILES` files and about `CHUNK_BYTES`. */
function chunksOf<T extends { size: number }>(files: readonly T[]): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (
      chunk.length === CHUNK_FILES ||
      (chunk.length > 0 && bytes + file.size > CHUNK_BYTES)
    ) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(file);
    bytes += file.size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Reads the files and returns the parts of each chunk, with the files set aside before the package saw them. */
export async function collect(
  files: readonly NamedFile[],
  instruments: Instruments,
  onProgress: (done: number, total: number) => void,
): Promise<Collected> {
  const setAside: PageSetAside[] = [];
  const readable: NamedFile[] = [];
  for (const named of files)
    if (named.size > MAX_FILE_BYTES)
      setAside.push({ name: named.name, reason: tooBigReason(named.size) });
    else readable.push(named);
  const parts: Record<Kind, AggregationPart[]> = { centre: [], mediateur: [] };
  let done = setAside.length;
  onProgress(done, files.length);
  for (const chunk of chunksOf(readable)) {
    try {
      const contents = await Promise.all(
        chunk.map(async ({ name, file }) => ({
          name,
          content: await file.text(),
        })),
      );
      const read = await ask<ReadReply>({
        type: "read",
        files: contents,
        instruments,
      });
      parts.centre.push(read.centre);
      parts.mediateur.push(read.mediateur);
    } catch {
      for (const { name } of chunk)
        setAside.push({ name, reason: CHUNK_FAILED });
    }
    done += chunk.length;
    onProgress(done, files.length);
  }
  return { parts, setAside };
}
