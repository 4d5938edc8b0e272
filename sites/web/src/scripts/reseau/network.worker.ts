/**
 * The network page’s worker: it reads a chunk of files against the two instruments, off the main thread, and
 * sends back plain `AggregationPart`s that the page joins with `mergeParts`. A file of neither instrument stays
 * in the centre part, set aside with the package’s reason. Nothing leaves the device.
 */
import {
  aggregatePart,
  instrumentFromJSON,
  type AggregationPart,
  type Instrument,
} from "@mediation-numerique/auto-evaluation/engine";
import type { ChunkReply, ChunkRequest } from "./protocol";

const instruments = new Map<string, Instrument>();
const instrumentOf = (json: string): Instrument => {
  let instrument = instruments.get(json);
  if (!instrument) {
    instrument = instrumentFromJSON(json);
    instruments.set(json, instrument);
  }
  return instrument;
};

/** The chunk read as centre documents; the files of another instrument read again as mediators’ ones. */
function readChunk({ files, centre, mediateur }: ChunkRequest): {
  centre: AggregationPart;
  mediateur: AggregationPart;
} {
  const centreInstrument = instrumentOf(centre);
  const mediateurInstrument = instrumentOf(mediateur);
  const centrePart = aggregatePart(files, { instrument: centreInstrument });
  const others = new Set(
    centrePart.unreadable
      .filter((input) => input.cause === "other-instrument")
      .map((input) => input.name),
  );
  const mediateurPart = aggregatePart(
    files.filter((file) => others.has(file.name)),
    { instrument: mediateurInstrument },
  );
  // A file the mediator part counts, or finds unreadable, is a mediator’s: the centre part forgets it.
  const claimed = new Set([
    ...mediateurPart.documents.map((entry) => entry.name),
    ...mediateurPart.unreadable
      .filter((input) => input.cause === "unreadable")
      .map((input) => input.name),
  ]);
  return {
    centre: {
      ...centrePart,
      unreadable: centrePart.unreadable.filter(
        (input) => !claimed.has(input.name),
      ),
    },
    // Files of neither instrument are reported once, in the centre part.
    mediateur: {
      ...mediateurPart,
      unreadable: mediateurPart.unreadable.filter(
        (input) => input.cause !== "other-instrument",
      ),
    },
  };
}

self.addEventListener("message", (event: MessageEvent<ChunkRequest>) => {
  const { id } = event.data;
  let reply: ChunkReply;
  try {
    reply = { id, ...readChunk(event.data) };
  } catch (error) {
    reply = {
      id,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
});
