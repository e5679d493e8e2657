import { openRoundOrFail } from '../core/round/rounds';
import { NotFoundError } from '../core/round/round-errors';
import { jobsFor } from '../jobs/job-runner';
import type { JobOrder } from '../jobs/job-protocol';
import { withStore, type HandlerContext, type Handlers } from './context';

type JobChannel = 'jobs/import' | 'jobs/consolidate' | 'jobs/render-report' | 'jobs/status' | 'jobs/cancel';

/** Refused at once when the round is missing or closed; otherwise the job starts and its id comes back. */
async function start(ctx: HandlerContext, order: JobOrder): Promise<{ jobId: string }> {
  await withStore(ctx, (store) => openRoundOrFail(store, order.request.roundId));
  return { jobId: jobsFor(ctx.dbFile).start(order) };
}

const notFound = (jobId: string) => new NotFoundError(`Không có việc "${jobId}" (đã xong từ lâu, hoặc ứng dụng đã khởi động lại).`);

/** Long work off the main thread: started, followed, cancelled. */
export const jobHandlers: Handlers<JobChannel> = {
  'jobs/import': (req, ctx) => start(ctx, { kind: 'import', request: req }),
  'jobs/consolidate': (req, ctx) => start(ctx, { kind: 'consolidate', request: req }),
  'jobs/render-report': (req, ctx) => start(ctx, { kind: 'render', request: req }),
  'jobs/status': async (req, ctx) => {
    const status = jobsFor(ctx.dbFile).status(req.jobId);
    if (!status) throw notFound(req.jobId);
    return status;
  },
  'jobs/cancel': async (req, ctx) => {
    const status = await jobsFor(ctx.dbFile).cancel(req.jobId);
    if (!status) throw notFound(req.jobId);
    return status;
  },
};
