/** The messages between the network page and its worker (plain JSON, structured-cloned). */
import type { AggregationPart } from "@mediation-numerique/auto-evaluation/engine";

/** A chunk of files to read, with the two instruments as embedded in the page (JSON text). */
export interface ChunkRequest {
  readonly id: number;
  readonly files: readonly {
    readonly name: string;
    readonly content: string;
  }[];
  readonly centre: string;
  readonly mediateur: string;
}

/** The chunk’s parts, or why the chunk could not be read at all. */
export type ChunkReply =
  | {
      readonly id: number;
      readonly centre: AggregationPart;
      readonly mediateur: AggregationPart;
    }
  | { readonly id: number; readonly error: string };
