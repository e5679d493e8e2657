/** Runs the requests handed over by `callOffThread`, each answered by its number (never a throw across). */
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../handlers';
import type { CallAnswer, CallOrder, CallWorkerData } from './call-off-thread';

const { ctx } = workerData as CallWorkerData;
parentPort!.on('message', ({ id, channel, request }: CallOrder) => {
  void dispatch(channel, request, { ...ctx, offThread: true }).then((result) => parentPort!.postMessage({ id, result } satisfies CallAnswer));
});
