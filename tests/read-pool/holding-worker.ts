/**
 * A stand-in read worker that reads nothing: each file takes 30 ms, and its outcome's one
 * finding says how many files, and how many bytes of them, the worker held besides it when
 * it turned to it.
 */
import { parentPort } from 'node:worker_threads';
import type { ReadRequest, WorkerReply } from '../../src-main/core/job/read-pool-protocol';

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);
const held: ReadRequest[] = [];
let busy = false;

function next(): void {
  const req = held.shift();
  if (!req) return void (busy = false);
  busy = true;
  const message = `${held.length} ${held.reduce((bytes, r) => bytes + r.bytes.byteLength, 0)}`;
  reply({ type: 'kind', id: req.id, kind: 'unknown' });
  setTimeout(() => {
    reply({ type: 'done', id: req.id, outcome: { kind: 'unknown', status: 'unreadable', doc: null, findings: [{ severity: 'info', rule: 'held', where: null, message }] } });
    next();
  }, 30);
}

port.on('message', (req: ReadRequest) => {
  held.push(req);
  if (!busy) next();
});
reply({ type: 'ready' });
