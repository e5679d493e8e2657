/**
 * The read pool's threads, made and started apart from the pool's code (which loads the
 * readers): the command line starts its first reading thread before it loads the job, so that
 * the thread's own start overlaps that loading.
 */
import { spawnReadWorker, workerUrl } from '../worker-spawn';
import { ReadSlot } from './read-pool-slot';

export const DEFAULT_READ_TIMEOUT_MS = 60_000;
/** Below 2 GB V8 grows a heap in small steps and collects far more often: reading was up to twice as slow at 1 GB. */
export const DEFAULT_WORKER_MEMORY_MB = 2048;

export interface SlotOptions {
  timeoutMs?: number;
  maxMemoryMb?: number;
  workerUrl?: URL;
}

/**
 * Slots with their workers already starting, before the files are known: a run starts them
 * first, and they are ready by the time everything is opened.
 */
export function startReadSlots(threads: number, opts: SlotOptions = {}): ReadSlot[] {
  const slots = makeSlots(threads, opts);
  for (const slot of slots) slot.warm();
  return slots;
}

export function makeSlots(threads: number, opts: SlotOptions): ReadSlot[] {
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  const url = opts.workerUrl ?? workerUrl('read-worker', import.meta.url);
  return Array.from(
    { length: Math.max(0, threads) },
    () => new ReadSlot({ timeoutMs: opts.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS, maxMemoryMb, spawn: () => spawnReadWorker(url, maxMemoryMb) }),
  );
}
