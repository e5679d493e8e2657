/**
 * One long job (import, consolidation, rendering, fetching from the mailbox) in a worker thread of its own, so neither
 * Electron's main process nor the web bridge blocks; cancelling it terminates the thread, and
 * the store keeps only what a finished transaction wrote.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { JobStatus } from '../api/contract';
import { fetchMailbox } from '../core/mailbox/fetch-mailbox';
import { readArrivals, recordArrivals } from '../core/round/import-round';
import { templateOf } from '../core/round/round-context';
import { consolidateAndStore, renderRoundReport } from '../core/round/round-outputs';
import { openRoundOrFail } from '../core/round/rounds';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { Store } from '../core/store/store';
import { toApiError } from '../handlers/api-error';
import type { JobMessage, JobOrder, JobWorkerData } from './job-protocol';

const post = (message: JobMessage) => parentPort!.postMessage(message);

async function run(store: Store, order: JobOrder): Promise<NonNullable<JobStatus['result']>> {
  const by = order.request.by ?? DEFAULT_ACTOR;
  switch (order.kind) {
    case 'import': {
      const { roundId, paths, source } = order.request;
      const round = openRoundOrFail(store, roundId);
      const read = await readArrivals(paths, { onProgress: (progress) => post({ type: 'progress', progress }), template: templateOf(store, round) });
      post({ type: 'progress', progress: { done: read.files.length, total: read.files.length, current: 'Đang xác định đơn vị gửi và kiểm tra từng báo cáo…' } });
      return recordArrivals(store, round, read, source ?? paths.join(', '), by);
    }
    case 'consolidate':
      return consolidateAndStore(store, order.request.roundId, { provinceWorkbook: order.request.provinceWorkbook, by });
    case 'render':
      return renderRoundReport(store, order.request.roundId);
    case 'fetch':
      return fetchMailbox({
        store,
        round: openRoundOrFail(store, order.request.roundId),
        login: order.login,
        criteria: order.criteria,
        actor: by,
        onProgress: (p) => post({ type: 'progress', progress: { done: p.done, total: p.total, current: `Thư mục ${p.folder}: đang tải ${p.done + 1}/${p.total}: ${p.subject}` } }),
      });
  }
}

const { dbFile, order } = workerData as JobWorkerData;
const store = new Store(dbFile);
try {
  post({ type: 'done', result: await run(store, order) });
} catch (e) {
  post({ type: 'failed', error: toApiError(e) });
} finally {
  store.close();
}
