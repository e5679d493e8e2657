/** A worker thread of the read pool: reads the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { sniffKind } from '../readers/sniff';
import type { ReadRequest, WorkerReply } from './read-pool-protocol';
import { readReceived } from './read-received';

const port = parentPort;
if (!port) throw new Error('read-worker must run in a worker thread');
const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', async (req: ReadRequest) => {
  const file = { name: req.name, origin: req.origin, bytes: Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength) };
  reply({ type: 'kind', id: req.id, kind: await sniffKind(file.bytes, file.name) });
  reply({ type: 'done', id: req.id, outcome: await readReceived(file) });
});
reply({ type: 'ready' });
