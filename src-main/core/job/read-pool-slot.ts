/**
 * One worker thread of the read pool. It is handed files ahead (up to READ_AHEAD files or
 * READ_AHEAD_BYTES), reads them one at a time, in order, and the next is already there when
 * one is done: handed over one by one, the thread waited for this one about a millisecond per
 * file, a fifth of the reading of 150 workbooks, and stopped whenever this thread was busy
 * (loading the writers, 0.2 s). A file that stalls or kills the worker comes back as
 * unreadable; the files handed after it go to the worker that replaces it.
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

/** How many files a slot takes at once (the pool gives it as many), and hands its worker. */
export const READ_AHEAD = 16;
/** Beyond the file being read, a worker holds at most this many bytes of files still to read. */
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/** A file handed to the slot and not read yet. */
interface Handed {
  id: number;
  file: ReceivedFile;
  /** What the worker found the file to be, once it said so. */
  kind: FileKind;
  resolve: (outcome: ReadOutcome) => void;
  reject: (error: Error) => void;
}

export class ReadSlot {
  private current: { worker: Worker; ready: Promise<Worker> } | null = null;
  private readonly ending = new Set<Promise<number>>();
  /** Handed to the current worker, in order: the first is the one it reads now. */
  private readonly handed: Handed[] = [];
  /** Taken, not handed yet: the worker holds enough. */
  private readonly waiting: Handed[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly settings: SlotSettings) {}

  /** Starts the worker ahead of the first file, so that loading its modules overlaps other work. */
  warm(): void {
    void this.readyWorker().catch(() => {
      // Said again, with its reason, when the first file is read.
    });
  }

  read(id: number, file: ReceivedFile): Promise<ReadOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, file, kind: 'unknown', resolve, reject });
      this.handOn();
    });
  }

  /** Stops the worker and waits until every worker this slot started is gone. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    if (this.current) this.discard(this.current.worker);
    for (const handed of [...this.handed.splice(0), ...this.waiting.splice(0)]) handed.resolve(exitedOutcome(handed.file.name, handed.kind, 1));
    await Promise.all(this.ending);
  }

  /** Hands the worker what is waiting, as far as READ_AHEAD and READ_AHEAD_BYTES allow. */
  private handOn(): void {
    let ahead = this.handed.slice(1).reduce((bytes, h) => bytes + h.file.bytes.length, 0);
    while (this.waiting.length && this.handed.length < READ_AHEAD) {
      const size = this.waiting[0].file.bytes.length;
      if (this.handed.length && ahead + size > READ_AHEAD_BYTES) return;
      if (this.handed.length) ahead += size;
      const handed = this.waiting.shift()!;
      this.handed.push(handed);
      void this.send(handed);
    }
  }

  private async send(handed: Handed): Promise<void> {
    let worker: Worker;
    try {
      worker = await this.readyWorker();
    } catch (e) {
      // No worker could start: the files handed to it are refused with why.
      const at = this.handed.indexOf(handed);
      if (at >= 0) this.handed.splice(at, 1);
      handed.reject(e as Error);
      return;
    }
    // Gone while the worker started (its file was given up): nothing to send.
    if (!this.handed.includes(handed)) return;
    // A fresh copy of exactly this file's bytes, moved rather than cloned: a Buffer is often a
    // view into a larger pool or archive, and cloning it would copy the whole of that.
    const bytes = new Uint8Array(handed.file.bytes);
    const request: ReadRequest = { id: handed.id, name: handed.file.name, origin: handed.file.origin, bytes };
    worker.postMessage(request, [bytes.buffer]);
    if (this.handed[0] === handed) this.startClock();
  }

  /** The time limit of the file being read starts when the worker turns to it. */
  private startClock(): void {
    clearTimeout(this.timer);
    const { timeoutMs } = this.settings;
    this.timer = setTimeout(() => this.fail((name, kind) => timedOutOutcome(name, kind, timeoutMs)), timeoutMs);
  }

  private done(id: number, outcome: ReadOutcome): void {
    if (this.handed[0]?.id !== id) return;
    clearTimeout(this.timer);
    this.handed.shift()!.resolve(outcome);
    if (this.handed.length) this.startClock();
    this.handOn();
  }

  /**
   * The file being read broke the worker: it comes back as unreadable, the worker is stopped,
   * and the files handed after it are handed again to a new one.
   */
  private fail<A extends unknown[]>(outcomeOf: (name: string, kind: FileKind, ...args: A) => ReadOutcome, ...args: A): void {
    clearTimeout(this.timer);
    if (this.current) this.discard(this.current.worker);
    const broken = this.handed.shift();
    broken?.resolve(outcomeOf(broken.file.name, broken.kind, ...args));
    for (const handed of this.handed) void this.send(handed);
    this.handOn();
  }

  private readyWorker(): Promise<Worker> {
    if (this.current) return this.current.ready;
    const worker = this.settings.spawn();
    let started = false;
    const mine = () => this.current?.worker === worker;
    const ready = new Promise<Worker>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`Không khởi động được luồng đọc tệp: ${why}`));
      worker.on('message', (m: WorkerReply) => {
        if (m.type === 'ready') {
          started = true;
          resolve(worker);
        } else if (!mine()) return;
        else if (m.type === 'kind') {
          const handed = this.handed.find((h) => h.id === m.id);
          if (handed) handed.kind = m.kind;
        } else this.done(m.id, m.outcome);
      });
      // An idle worker that fails must not take the app down; the next file gets a new one.
      // A thrown error can arrive before the replies the worker sent ahead of it; 'exit' comes
      // after them all, so the file it broke on is known only then.
      let crash: Error | undefined;
      worker.on('error', (e) => {
        if (!started) fail(e.message);
        else crash = e;
      });
      worker.on('exit', (code) => {
        if (!started) fail(`luồng dừng với mã ${code}`);
        if (mine() && started && this.handed.length) {
          if (crash) this.fail(crashedOutcome, crash, this.settings.maxMemoryMb);
          else this.fail(exitedOutcome, code);
        } else if (mine()) this.current = null;
      });
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
