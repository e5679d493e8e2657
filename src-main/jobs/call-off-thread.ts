/**
 * Requests run in a worker thread: the requests that identify and check a whole round again
 * (a decision, a changed registry, changed dates) take seconds at 2,000 units, and neither
 * Electron's main process nor the web bridge may stop answering that long. One thread per
 * store, started on the first such request and kept (starting one costs more than most of
 * these requests), answering each request by its number.
 */
import type { Worker } from 'node:worker_threads';
import type { Channel, Result } from '../api/contract';
import { spawnWorker, workerUrl } from '../core/worker-spawn';
import type { HandlerContext } from '../handlers/context';

/** What the call thread is given at its start: the store its requests run in. */
export interface CallWorkerData {
  ctx: Pick<HandlerContext, 'shell' | 'dbFile'>;
}

export interface CallOrder {
  id: number;
  channel: Channel;
  request: unknown;
}

export interface CallAnswer {
  id: number;
  result: Result<unknown>;
}

/**
 * Requests whose handlers take seconds: they check every file of one or all rounds again,
 * read a whole form (an old .doc through LibreOffice) to make a template of it, write a form
 * for each of 150 units, or consolidate this year's round and last year's.
 */
export const OFF_THREAD: ReadonlySet<Channel> = new Set<Channel>([
  'rounds/update',
  'units/import-registry',
  'units/save',
  'decisions/tie',
  'decisions/correct',
  'decisions/undo',
  'templates/infer',
  'templates/forms',
  'consolidation/last-year',
]);

class CallThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (result: Result<unknown>) => void>();
  private next = 1;
  stopped = false;

  constructor(ctx: HandlerContext) {
    const data: CallWorkerData = { ctx: { shell: ctx.shell, dbFile: ctx.dbFile } };
    this.worker = spawnWorker(workerUrl('call-worker', import.meta.url), { workerData: data });
    // Kept for the next request, but never what keeps the app or a test from ending while idle.
    this.worker.unref();
    this.worker.on('message', ({ id, result }: CallAnswer) => {
      this.waiting.get(id)?.(result);
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker.unref();
    });
    this.worker.on('error', (e) => this.stop(`Việc bị dừng do lỗi: ${e.message}`));
    this.worker.on('exit', () => this.stop('Việc bị dừng giữa chừng.'));
  }

  call(channel: Channel, request: unknown): Promise<Result<unknown>> {
    const id = this.next++;
    return new Promise((done) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, done);
      this.worker.postMessage({ id, channel, request } satisfies CallOrder);
    });
  }

  private stop(message: string): void {
    this.stopped = true;
    for (const done of this.waiting.values()) done({ ok: false, error: { code: 'internal', message } });
    this.waiting.clear();
  }
}

const threads = new Map<string, CallThread>();

export function callOffThread(channel: Channel, request: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  let thread = threads.get(ctx.dbFile);
  if (!thread || thread.stopped) threads.set(ctx.dbFile, (thread = new CallThread(ctx)));
  return thread.call(channel, request);
}
