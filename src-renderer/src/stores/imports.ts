import { defineStore } from 'pinia';
import type { ImportBatch, JobStatus } from '../../../src-main/api/contract';
import { api } from '../api';
import { call } from '../api/call';
import { i18n } from '../i18n';
import { useJobs } from './jobs';

export interface UploadProgress {
  done: number;
  total: number;
  name: string;
}

/** Files received into a round: the upload (in the browser), the import job, its summary. */
export const useImports = defineStore('imports', {
  state: () => ({
    uploading: null as UploadProgress | null,
    /** The last import's end: done (with its batch), failed or cancelled. */
    last: null as JobStatus | null,
    batches: [] as ImportBatch[],
  }),
  getters: {
    lastBatch: (s): ImportBatch | null => (s.last?.state === 'done' ? (s.last.result as ImportBatch) : null),
  },
  actions: {
    async loadBatches(roundId: number) {
      this.batches = await call('rounds/batches', { roundId });
    },
    /** Files dropped on the window: handed to the shell (paths, or an upload), then imported. */
    async importDropped(roundId: number, files: File[]) {
      this.uploading = { done: 0, total: files.length, name: '' };
      let paths: string[];
      try {
        paths = await api.shell.stageDropped(files, (done, total, name) => (this.uploading = { done, total, name }));
      } finally {
        this.uploading = null;
      }
      return this.importPaths(roundId, paths, i18n.global.t('import.sourceDropped', { n: files.length }));
    },
    async importPaths(roundId: number, paths: string[], source?: string) {
      if (!paths.length) return null;
      this.last = null;
      this.last = await useJobs().follow(call('jobs/import', { roundId, paths, source }));
      await this.loadBatches(roundId);
      return this.last;
    },
  },
});
