/**
 * Reads received files on worker threads, one per core, so a batch of hundreds of
 * workbooks neither blocks the app's event loop nor leaves a core idle. A file that hangs
 * or exhausts its worker is reported unreadable; the rest of the batch is read as usual.
 */
import { availableParallelism } from 'node:os';
import type { ReceivedFile } from '../model/received';
import type { ConversionLimits } from '../readers/libreoffice-batch';
import { readConverted, startLegacyConversions } from './read-legacy';
import { READ_AHEAD, type ReadSlot } from './read-pool-slot';
import { makeSlots } from './read-slots';
import { readReceived, type ReadOutcome } from './read-received';

export interface ReadPoolOptions {
  /** Worker threads; 1 reads in this thread, without workers. Default: one per 300 files, at most one per core. */
  threads?: number;
  /** A file still being read after this long is given up and its worker replaced. Default 60 s. */
  timeoutMs?: number;
  /** Heap limit of each worker, so one huge file cannot exhaust the computer. Default 2048 MB. */
  maxMemoryMb?: number;
  /** After each file: how many are done, of how many, and the name of the one just read. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Each file's outcome as soon as it is read, while the others are still being read. */
  onRead?: (outcome: ReadOutcome) => void;
  /** The worker module to run instead of read-worker (tests use misbehaving ones). */
  workerUrl?: URL;
  /** Time limits of the LibreOffice conversion of old .doc/.xls files. */
  conversionLimits?: ConversionLimits;
  /** Workers started ahead (`startReadSlots`): read with these, closed at the end like the pool's own. */
  slots?: ReadSlot[];
}


/**
 * A reading thread costs its start (its modules, a compiler not warmed up yet): for fewer files
 * than this a second one gives nothing (150 files: as fast on one thread, a tenth less work).
 */
const FILES_PER_THREAD = 300;

/** Threads for a batch when none is asked for: one per FILES_PER_THREAD files, at most one per core. */
function threadsFor(files: number): number {
  return Math.min(availableParallelism(), Math.ceil(files / FILES_PER_THREAD));
}

/** `readReceived` for every file, outcomes in the order of `files`. */
export async function readAllReceived(files: ReceivedFile[], opts: ReadPoolOptions = {}): Promise<ReadOutcome[]> {
  const inThisThread = !opts.slots?.length && (opts.threads === 1 || files.length <= 1);
  const threads = Math.max(1, Math.min(opts.threads ?? threadsFor(files.length), files.length));
  const outcomes: ReadOutcome[] = new Array(files.length);
  let done = 0;
  const finished = (i: number, outcome: ReadOutcome) => {
    outcomes[i] = outcome;
    opts.onRead?.(outcome);
    opts.onProgress?.(++done, files.length, files[i].name);
  };
  const legacy = await startLegacyConversions(files, opts.conversionLimits);
  // Old files are read last: LibreOffice converts them meanwhile.
  const order = [...files.keys()].sort((a, b) => Number(legacy.has(a)) - Number(legacy.has(b)));
  const readAt = async (i: number, read: (file: ReceivedFile) => Promise<ReadOutcome>): Promise<void> => {
    const conversion = legacy.get(i);
    finished(i, conversion ? await readConverted(files[i], conversion, read) : await read(files[i]));
  };

  if (inThisThread) {
    for (const i of order) await readAt(i, readReceived);
    return outcomes;
  }

  const started = opts.slots ?? [];
  const slots = [...started.slice(0, threads), ...makeSlots(threads - started.length, opts)];
  await Promise.all(started.slice(threads).map((s) => s.close()));
  let next = 0;
  try {
    // READ_AHEAD takers per slot: the slot holds the next files while it reads one.
    const takers = slots.flatMap((slot) => Array.from({ length: READ_AHEAD }, () => slot));
    await Promise.all(
      takers.map(async (slot) => {
        for (let k = next++; k < order.length; k = next++) await readAt(order[k], (file) => slot.read(order[k], file));
      }),
    );
    return outcomes;
  } finally {
    next = files.length; // a failed slot stops the others from taking more files
    await Promise.all(slots.map((s) => s.close()));
  }
}
