/**
 * The real read worker, except that when it turns to a file named "…sập…" something throws
 * outside any reader's try/catch, one named "…thoát…" ends the thread, and one named
 * "…chậm…" takes 0.7 s longer: what a bug in a library, or a slow file, would do.
 */
import { parentPort, type Transferable } from 'node:worker_threads';
import type { ReadRequest, WorkerReply } from '../../src-main/core/job/read-pool-protocol';

const port = parentPort!;
const names = new Map<number, string>();
port.on('message', (req: ReadRequest) => names.set(req.id, req.name));
// The worker says a file's kind as it turns to it: files are handed ahead, so not on arrival.
const post = port.postMessage.bind(port);
port.postMessage = (message: WorkerReply, transfer?: readonly Transferable[]) => {
  post(message, transfer);
  if (message.type !== 'kind') return;
  const name = names.get(message.id) ?? '';
  if (name.includes('sập')) setImmediate(() => { throw new Error('lỗi không lường trước trong thư viện'); });
  if (name.includes('thoát')) process.exit(7);
  if (name.includes('chậm')) for (const until = Date.now() + 700; Date.now() < until; );
};
await import('../../src-main/core/job/read-worker');
