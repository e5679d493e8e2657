/**
 * A request run in a worker thread of its own: the requests that identify and check a whole
 * round again (a decision, a changed registry, changed dates) take seconds at 2,000 units, and
 * neither Electron's main process nor the web bridge may stop answering that long.
 */
import type { Channel, Result } from '../api/contract';
import { spawnWorker, workerUrl } from '../core/worker-spawn';
import type { HandlerContext } from '../handlers/context';

/** What the call worker is given: the request as validated, and the store to run it in. */
export interface CallWorkerData {
  channel: Channel;
  request: unknown;
  ctx: Pick<HandlerContext, 'shell' | 'dbFile'>;
}

/** Requests whose handlers check every file of one or all rounds again. */
export const RECHECKING: ReadonlySet<Channel> = new Set<Channel>([
  'rounds/update',
  'units/import-registry',
  'units/save',
  'decisions/tie',
  'decisions/correct',
  'decisions/undo',
]);

export function callOffThread(channel: Channel, request: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  const data: CallWorkerData = { channel, request, ctx: { shell: ctx.shell, dbFile: ctx.dbFile } };
  return new Promise((done) => {
    const worker = spawnWorker(workerUrl('call-worker', import.meta.url), { workerData: data });
    const stopped = (message: string): void => done({ ok: false, error: { code: 'internal', message } });
    worker.once('message', (result: Result<unknown>) => done(result));
    worker.once('error', (e) => stopped(`Việc bị dừng do lỗi: ${e.message}`));
    // After a message this changes nothing: a promise settles once.
    worker.once('exit', () => stopped('Việc bị dừng giữa chừng.'));
  });
}
