import { expect } from 'vitest';
import type { ApiError, Channel, JobStatus, Request, Responses } from '../../src-main/api/contract';
import { dispatch, type HandlerContext } from '../../src-main/handlers';

/** A round of 2023's week as the specialist creates it. */
export const ROUND_2023 = { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' };

/** The API as the window calls it, over a real store in `ctx.dbFile`. */
export function apiOver(ctx: HandlerContext) {
  async function ok<C extends Channel>(channel: C, request: Request<C>): Promise<Responses[C]> {
    const res = await dispatch(channel, request, ctx);
    if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
    return res.value as Responses[C];
  }

  async function refused(channel: string, request: unknown): Promise<ApiError> {
    const res = await dispatch(channel, request, ctx);
    expect(res.ok, JSON.stringify(res)).toBe(false);
    if (res.ok) throw new Error('accepted');
    return res.error;
  }

  /** Follows a job by `jobs/status` until it is no longer running. */
  async function finished(jobId: string): Promise<JobStatus> {
    for (;;) {
      const status = await ok('jobs/status', { jobId });
      if (status.state !== 'running') return status;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Starts a job and waits for it; it must succeed. */
  async function job<C extends 'jobs/import' | 'jobs/consolidate' | 'jobs/render-report'>(channel: C, request: Request<C>): Promise<JobStatus['result']> {
    const { jobId } = await ok(channel, request);
    const status = await finished(jobId);
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    return status.result;
  }

  return { ok, refused, finished, job };
}
