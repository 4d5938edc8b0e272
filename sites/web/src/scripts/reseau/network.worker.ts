/**
 * The network page’s worker: it does all the package’s work off the main thread. It reads a chunk of files
 * against the two instruments (a file of neither stays in the centre part, set aside with the package’s
 * reason), joins the parts and reports on them, and makes the exports. Nothing leaves the device.
 */
import {
  aggregatePart,
  AutoEvaluationError,
  instrumentFromJSON,
  MIN_GROUP,
  mergeParts,
  networkCSV,
  networkJSON,
  networkReport,
  type AggregationPart,
  type Instrument,
  type NetworkReport,
} from "@mediation-numerique/auto-evaluation/engine";
import type {
  ExportReply,
  Instruments,
  Kind,
  ReadReply,
  ReportReply,
  WorkerReply,
  WorkerRequest,
} from "./protocol";

const cache = new Map<string, Instrument>();
const instrumentOf = (json: string): Instrument => {
  let instrument = cache.get(json);
  if (!instrument) {
    instrument = instrumentFromJSON(json);
    cache.set(json, instrument);
  }
  return instrument;
};
const both = (texts: Instruments): Record<Kind, Instrument> => ({
  centre: instrumentOf(texts.centre),
  mediateur: instrumentOf(texts.mediateur),
});

/** The chunk read as centre documents; the files of another instrument read again as mediators’ ones. */
function read(
  files: Extract<WorkerRequest, { type: "read" }>["files"],
  instruments: Record<Kind, Instrument>,
): ReadReply {
  const centre = aggregatePart(files, { instrument: instruments.centre });
  const others = new Set(
    centre.unreadable
      .filter((input) => input.cause === "other-instrument")
      .map((input) => input.name),
  );
  const mediateur = aggregatePart(
    files.filter((file) => others.has(file.name)),
    { instrument: instruments.mediateur },
  );
  // A file the mediator part counts, or finds unreadable, is a mediator’s: the centre part forgets it.
  const claimed = new Set([
    ...mediateur.documents.map((entry) => entry.name),
    ...mediateur.unreadable
      .filter((input) => input.cause === "unreadable")
      .map((input) => input.name),
  ]);
  return {
    centre: {
      ...centre,
      unreadable: centre.unreadable.filter((input) => !claimed.has(input.name)),
    },
    // Files of neither instrument are reported once, in the centre part.
    mediateur: {
      ...mediateur,
      unreadable: mediateur.unreadable.filter(
        (input) => input.cause !== "other-instrument",
      ),
    },
  };
}

/** The package’s French messages. */
const messageOf = (error: unknown): string =>
  error instanceof AutoEvaluationError
    ? error.problems.map((problem) => problem.message).join(" ")
    : error instanceof Error
      ? error.message
      : String(error);

function report(
  parts: Readonly<Record<Kind, readonly AggregationPart[]>>,
  instruments: Record<Kind, Instrument>,
): ReportReply {
  const reply = {
    parts: {} as Partial<Record<Kind, AggregationPart>>,
    reports: {} as Partial<Record<Kind, NetworkReport>>,
    noExport: {} as Partial<Record<Kind, string>>,
  };
  for (const kind of ["centre", "mediateur"] as const) {
    if (parts[kind].length === 0) continue;
    const instrument = instruments[kind];
    const part = mergeParts(parts[kind]);
    const result = networkReport(part, { instrument });
    reply.parts[kind] = part;
    reply.reports[kind] = result;
    if (kind === "mediateur" && result.documents < MIN_GROUP)
      try {
        networkCSV(part, { instrument });
      } catch (error) {
        reply.noExport[kind] = messageOf(error);
      }
  }
  return reply;
}

function exported(
  request: Extract<WorkerRequest, { type: "export" }>,
  instruments: Record<Kind, Instrument>,
): ExportReply {
  const instrument = instruments[request.kind];
  const { part, format } = request;
  return {
    text:
      format === "json"
        ? networkJSON(part, { instrument })
        : networkCSV(
            part,
            format === "excel"
              ? { instrument, separator: ";", bom: true }
              : { instrument },
          ),
  };
}

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: WorkerReply;
  try {
    const instruments = both(request.instruments);
    reply = {
      id: request.id,
      ok:
        request.type === "read"
          ? read(request.files, instruments)
          : request.type === "report"
            ? report(request.parts, instruments)
            : exported(request, instruments),
    };
  } catch (error) {
    reply = { id: request.id, error: messageOf(error) };
  }
  self.postMessage(reply);
});
