import { defineStore } from 'pinia';
import type { JobStatus } from '../../../src-main/api/contract';
import { call } from '../api/call';

/** How often a running job is asked how far it is. */
const POLL_MS = 250;

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Long work (import, consolidation, rendering) runs in the core; the window follows it and
 * may cancel it. One job at a time is shown; the window never blocks while it runs.
 */
export const useJobs = defineStore('jobs', {
  state: () => ({ current: null as JobStatus | null, cancelling: false }),
  getters: {
    running: (s) => s.current?.state === 'running',
  },
  actions: {
    /** Follows a started job to its end and answers its last status (done, failed or cancelled). */
    async follow(start: Promise<{ jobId: string }>): Promise<JobStatus> {
      const { jobId } = await start;
      this.cancelling = false;
      for (;;) {
        const status = await call('jobs/status', { jobId });
        this.current = status;
        if (status.state !== 'running') return status;
        await wait(POLL_MS);
      }
    },
    async cancel() {
      if (!this.current || this.current.state !== 'running') return;
      this.cancelling = true;
      this.current = await call('jobs/cancel', { jobId: this.current.id });
    },
    clear() {
      this.current = null;
      this.cancelling = false;
    },
  },
});
