import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { JobStatus } from '../api/contract';
import { spawnWorker, workerUrl } from '../core/worker-spawn';
import type { JobMessage, JobOrder, JobWorkerData } from './job-protocol';

/** Finished jobs kept for `jobs/status`, newest last. */
const KEEP_FINISHED = 50;

/** The long jobs of one store, each in its own worker thread, followed by id and cancellable. */
export class JobRunner {
  private readonly jobs = new Map<string, { status: JobStatus; worker: Worker | null }>();

  constructor(private readonly dbFile: string) {}

  start(order: JobOrder): string {
    const id = randomUUID();
    const status: JobStatus = { id, kind: order.kind, state: 'running', done: 0, total: 0, current: 'Đang bắt đầu…' };
    const worker = spawnWorker(workerUrl('job-worker', import.meta.url), { workerData: { dbFile: this.dbFile, order } satisfies JobWorkerData });
    const job = { status, worker: worker as Worker | null };
    this.jobs.set(id, job);
    const finish = (patch: Partial<JobStatus>) => {
      if (status.state !== 'running') return;
      Object.assign(status, patch);
      job.worker = null;
      this.forgetOld();
    };
    worker.on('message', (m: JobMessage) => {
      if (m.type === 'progress') Object.assign(status, m.progress);
      else if (m.type === 'done') finish({ state: 'done', result: m.result, current: 'Xong.' });
      else finish({ state: 'failed', error: m.error, current: m.error.message });
    });
    worker.on('error', (e) => finish({ state: 'failed', error: { code: 'internal', message: `Việc bị dừng do lỗi: ${e.message}` } }));
    worker.on('exit', () => finish({ state: 'failed', error: { code: 'internal', message: 'Việc bị dừng giữa chừng.' } }));
    return id;
  }

  status(id: string): JobStatus | undefined {
    return this.jobs.get(id)?.status;
  }

  /** Stops a running job; what it had not committed is not in the store. */
  async cancel(id: string): Promise<JobStatus | undefined> {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    const worker = job.worker;
    if (worker && job.status.state === 'running') {
      Object.assign(job.status, { state: 'cancelled', current: 'Đã hủy.' } satisfies Partial<JobStatus>);
      job.worker = null;
      await worker.terminate();
    }
    return job.status;
  }

  /** A job is running (a restore must wait for it). */
  busy(): boolean {
    return [...this.jobs.values()].some((j) => j.status.state === 'running');
  }

  private forgetOld(): void {
    const finished = [...this.jobs].filter(([, j]) => j.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

const runners = new Map<string, JobRunner>();

/** The one runner of a store, shared by every request to it. */
export function jobsFor(dbFile: string): JobRunner {
  let runner = runners.get(dbFile);
  if (!runner) runners.set(dbFile, (runner = new JobRunner(dbFile)));
  return runner;
}
