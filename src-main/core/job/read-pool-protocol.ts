/** The messages between the read pool and its worker threads. */
import type { FileKind } from '../readers/sniff';
import type { ReadOutcome } from './read-received';

/** One file to read; `bytes` is a copy the worker owns (transferred, not cloned). */
export interface ReadRequest {
  id: number;
  name: string;
  origin: string;
  bytes: Uint8Array;
}

export type WorkerReply =
  /** The worker has loaded its readers and waits for files. */
  | { type: 'ready' }
  /** Sent before the reading starts, so a file that then kills the worker keeps its kind. */
  | { type: 'kind'; id: number; kind: FileKind }
  | { type: 'done'; id: number; outcome: ReadOutcome };
