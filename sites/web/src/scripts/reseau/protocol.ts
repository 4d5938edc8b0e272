/**
 * The messages between the network page and its worker (plain JSON, structured-cloned). The worker does all
 * the package’s work (reading, joining, reporting, exporting): the page imports no package code, so that its
 * script stays small and the other tool pages’ shared chunk does not carry the network functions.
 */
import type {
  AggregationPart,
  NetworkReport,
} from "@mediation-numerique/auto-evaluation/engine";

export type Kind = "centre" | "mediateur";
export type ExportFormat = "csv" | "excel" | "json";

/** The two instruments as embedded in the page (JSON text), sent with every request. */
export interface Instruments {
  readonly centre: string;
  readonly mediateur: string;
}

export type WorkerRequest = {
  readonly id: number;
  readonly instruments: Instruments;
} & (
  | {
      /** Read a chunk of files against the two instruments. */
      readonly type: "read";
      readonly files: readonly {
        readonly name: string;
        readonly content: string;
      }[];
    }
  | {
      /** Join the parts of each instrument and report on them. */
      readonly type: "report";
      readonly parts: Readonly<Record<Kind, readonly AggregationPart[]>>;
    }
  | {
      readonly type: "export";
      readonly kind: Kind;
      readonly part: AggregationPart;
      readonly format: ExportFormat;
    }
);

/** What the worker sends back for a chunk read. */
export interface ReadReply {
  readonly centre: AggregationPart;
  readonly mediateur: AggregationPart;
}

/** The joined parts and their reports; `noExport`: why an instrument’s answers cannot be exported. */
export interface ReportReply {
  readonly parts: Partial<Record<Kind, AggregationPart>>;
  readonly reports: Partial<Record<Kind, NetworkReport>>;
  readonly noExport: Partial<Record<Kind, string>>;
}

export interface ExportReply {
  readonly text: string;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: ReadReply | ReportReply | ExportReply }
  | { readonly id: number; readonly error: string };
