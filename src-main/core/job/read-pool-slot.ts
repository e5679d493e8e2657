/**
 * One worker thread of the read pool, reading one file at a time. A file that stalls or
 * kills the worker comes back as unreadable and the worker is replaced for the next file.
 */
import type { Worker } from 'node:worker_threads';
import type { ReceivedFile } from '../model/received';
import type { FileKind } from '../readers/sniff';
import { crashedOutcome, exitedOutcome, timedOutOutcome } from './read-pool-failure';
import type { ReadRequest, WorkerReply } from './read-pool-protocol';
import type { ReadOutcome } from './read-received';

export interface SlotSettings {
  timeoutMs: number;
  maxMemoryMb: number;
  spawn: () => Worker;
}

export class ReadSlot {
  private current: { worker: Worker; ready: Promise<Worker> } | null = null;
  private readonly ending = new Set<Promise<number>>();

  constructor(private readonly settings: SlotSettings) {}

  /** Starts the worker ahead of the first file, so that loading its modules overlaps other work. */
  warm(): void {
    void this.readyWorker().catch(() => {
      // Said again, with its reason, when the first file is read.
    });
  }

  async read(id: number, file: ReceivedFile): Promise<ReadOutcome> {
    const worker = await this.readyWorker();
    const { timeoutMs, maxMemoryMb } = this.settings;
    return new Promise((resolve) => {
      let kind: FileKind = 'unknown';
      const settle = (outcome: ReadOutcome, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (broken) this.discard(worker);
        resolve(outcome);
      };
      const onMessage = (m: WorkerReply) => {
        if (m.type === 'kind' && m.id === id) kind = m.kind;
        if (m.type === 'done' && m.id === id) settle(m.outcome, false);
      };
      const onError = (e: Error) => settle(crashedOutcome(file.name, kind, e, maxMemoryMb), true);
      const onExit = (code: number) => settle(exitedOutcome(file.name, kind, code), true);
      const timer = setTimeout(() => settle(timedOutOutcome(file.name, kind, timeoutMs), true), timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      // A fresh copy of exactly this file's bytes, moved rather than cloned: a Buffer is often a
      // view into a larger pool or archive, and cloning it would copy the whole of that.
      const bytes = new Uint8Array(file.bytes);
      const request: ReadRequest = { id, name: file.name, origin: file.origin, bytes };
      worker.postMessage(request, [bytes.buffer]);
    });
  }

  /** Stops the worker and waits until every worker this slot started is gone. */
  async close(): Promise<void> {
    if (this.current) this.discard(this.current.worker);
    await Promise.all(this.ending);
  }

  private readyWorker(): Promise<Worker> {
    if (this.current) return this.current.ready;
    const worker = this.settings.spawn();
    // An idle worker that fails must not take the app down; the next file gets a new one.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (this.current?.worker === worker) this.current = null;
    });
    const ready = new Promise<Worker>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`Không khởi động được luồng đọc tệp: ${why}`));
      worker.on('message', function onReady(m: WorkerReply) {
        if (m.type !== 'ready') return;
        worker.off('message', onReady);
        resolve(worker);
      });
      worker.once('error', (e) => fail(e.message));
      worker.once('exit', (code) => fail(`luồng dừng với mã ${code}`));
    });
    this.current = { worker, ready };
    return ready;
  }

  private discard(worker: Worker): void {
    if (this.current?.worker === worker) this.current = null;
    const ended = worker.terminate();
    this.ending.add(ended);
    void ended.finally(() => this.ending.delete(ended));
  }
}
