/** A worker thread of the read pool: reads the files it is sent, one at a time, in order. */
import { parentPort } from 'node:worker_threads';
import { sniffKind } from '../readers/sniff';
import type { ReadRequest, WorkerReply } from './read-pool-protocol';
import { readReceived } from './read-received';

const port = parentPort;
if (!port) throw new Error('read-worker must run in a worker thread');
const reply = (message: WorkerReply) => port.postMessage(message);

async function read(req: ReadRequest): Promise<void> {
  const file = { name: req.name, origin: req.origin, bytes: Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength) };
  reply({ type: 'kind', id: req.id, kind: await sniffKind(file.bytes, file.name) });
  reply({ type: 'done', id: req.id, outcome: await readReceived(file) });
}

// Files are handed ahead (read-pool-slot.ts): each waits for the one before it, so that a
// file's time limit counts its own reading only.
let previous = Promise.resolve();
port.on('message', (req: ReadRequest) => {
  previous = previous.then(() => read(req));
});
reply({ type: 'ready' });
