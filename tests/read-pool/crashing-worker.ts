/**
 * The real read worker, except that a file named "…sập…" throws outside any reader's
 * try/catch and one named "…thoát…" ends the thread: what a bug in a library would do.
 */
import { parentPort } from 'node:worker_threads';
import type { ReadRequest } from '../../src-main/core/job/read-pool-protocol';

parentPort!.on('message', (req: ReadRequest) => {
  if (req.name.includes('sập')) setImmediate(() => { throw new Error('lỗi không lường trước trong thư viện'); });
  if (req.name.includes('thoát')) process.exit(7);
});
await import('../../src-main/core/job/read-worker');
