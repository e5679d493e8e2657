/** Runs one request handed over by `callOffThread` and answers its result (never throws across). */
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../handlers';
import type { CallWorkerData } from './call-off-thread';

const { channel, request, ctx } = workerData as CallWorkerData;
parentPort!.postMessage(await dispatch(channel, request, { ...ctx, offThread: true }));
