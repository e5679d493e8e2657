import { defineStore } from 'pinia';
import type { ImportBatch, JobStatus, PickPurpose } from '../../../src-main/api/contract';
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
    /** Files the shell would not take (too big, not a file), with why. */
    refused: [] as Array<{ name: string; reason: string }>,
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
    /** Files dropped on the window: handed to the shell (their paths, or an upload), then imported. */
    async importDropped(roundId: number, files: File[]) {
      const paths = await this.staged((progress, refuse) => api.shell.stageDropped(files, progress, refuse));
      return this.importPaths(roundId, paths, i18n.global.t('import.sourceDropped', { n: files.length }));
    },
    /** Files or a folder picked in a dialog (uploaded, in the browser), then imported. */
    async importPicked(roundId: number, folders: boolean) {
      const paths = await this.staged((onProgress, onRefused) => api.shell.pickFiles({ purpose: 'import', folders, multiple: true, onProgress, onRefused }));
      return this.importPaths(roundId, paths, i18n.global.t('import.sourcePicked', { n: paths.length }));
    },
    /** One file picked for another purpose (the registry, a backup …), with the upload shown the same way. */
    async pickOne(purpose: Exclude<PickPurpose, 'import'>): Promise<string | undefined> {
      const [file] = await this.staged((onProgress, onRefused) => api.shell.pickFiles({ purpose, multiple: false, onProgress, onRefused }));
      return file;
    },
    async staged(stage: (progress: (done: number, total: number, name: string) => void, refuse: (name: string, reason: string) => void) => Promise<string[]>) {
      this.refused = [];
      try {
        return await stage(
          (done, total, name) => (this.uploading = { done, total, name }),
          (name, reason) => this.refused.push({ name, reason }),
        );
      } finally {
        this.uploading = null;
      }
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
