import type { ApiError, JobKind, JobStatus, Request } from '../api/contract';
import type { ImapLogin } from '../core/mailbox/imap-session';
import type { FetchCriteria } from '../core/model/mailbox';
import type { Progress } from '../core/round/import-round';

/** What a job worker is asked to do, in the store at `dbFile`. */
export type JobOrder =
  | { kind: 'import'; request: Request<'jobs/import'> }
  | { kind: 'consolidate'; request: Request<'jobs/consolidate'> }
  | { kind: 'render'; request: Request<'jobs/render-report'> }
  /** The password travels to the job's thread in memory only. */
  | { kind: 'fetch'; request: Request<'jobs/fetch'>; login: ImapLogin; criteria: FetchCriteria };

export interface JobWorkerData {
  dbFile: string;
  order: JobOrder;
}

export type JobMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: NonNullable<JobStatus['result']> }
  | { type: 'failed'; error: ApiError };

export type { JobKind };
