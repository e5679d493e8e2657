import { defineStore } from 'pinia';
import type { ConsolidationView, OutputBytes, ProvinceMapping, ReportDocument, StoredOutput, WorkbookMapping, YearComparison } from '../../../src-main/api/contract';
import { call } from '../api/call';
import { useJobs } from './jobs';

/** The parts of the draft edited as a whole (the paragraphs are edited one by one). */
export type DraftField = 'recipients' | 'distribution' | 'signature' | 'summary';

/** A stored output as bytes the window can show: a blob URL for the PDF preview. */
export function blobUrlOf(output: OutputBytes): string {
  const bytes = Uint8Array.from(atob(output.base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: output.mime }));
}

/** The round's consolidation, its report draft, the province's workbook and the outputs. */
export const useConsolidation = defineStore('consolidation', {
  state: () => ({
    roundId: 0,
    latest: null as ConsolidationView | null,
    outputs: [] as StoredOutput[],
    draft: null as ReportDocument | null,
    draftDirty: false,
    /** The province's workbook being mapped, and the mapping proposed or confirmed for it. */
    province: null as { file: string; mapping: WorkbookMapping } | null,
    previewUrl: '',
    /** This year's totals beside last year's round of the same template (null until asked, or without such a round). */
    lastYear: null as YearComparison | null,
  }),
  getters: {
    latestOf: (s) => (kind: StoredOutput['kind']) => [...s.outputs].filter((o) => o.kind === kind).sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)[0],
  },
  actions: {
    async load(roundId: number) {
      if (this.roundId !== roundId) this.$reset();
      this.roundId = roundId;
      [this.latest, this.outputs] = await Promise.all([call('consolidation/latest', { roundId }), call('outputs/list', { roundId })]);
    },
    /** Consolidates the round (into the province's workbook too, when one is given); answers the job's end. */
    async consolidate(provinceWorkbook?: string) {
      const status = await useJobs().follow(call('jobs/consolidate', { roundId: this.roundId, provinceWorkbook }));
      await this.load(this.roundId);
      if (status.state === 'done') await this.loadDraft();
      return status;
    },
    async loadLastYear() {
      this.lastYear = await call('consolidation/last-year', { roundId: this.roundId });
    },
    async loadDraft() {
      this.draft = await call('report/draft', { roundId: this.roundId });
      this.draftDirty = false;
    },
    async saveDraft() {
      if (!this.draft) return;
      await call('report/save-draft', { roundId: this.roundId, draft: this.draft });
      this.draftDirty = false;
    },
    /** Saves the draft as edited and renders it; answers the job's end. */
    async render() {
      if (this.draftDirty) await this.saveDraft();
      const status = await useJobs().follow(call('jobs/render-report', { roundId: this.roundId }));
      this.outputs = await call('outputs/list', { roundId: this.roundId });
      return status;
    },
    async preview() {
      const pdf = this.latestOf('pdf');
      if (!pdf) return;
      if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
      this.previewUrl = blobUrlOf(await call('outputs/read', { outputId: pdf.id }));
    },
    closePreview() {
      if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
      this.previewUrl = '';
    },
    async proposeMapping(file: string) {
      this.province = { file, mapping: await call('province/propose-mapping', { file, roundId: this.roundId }) };
    },
    /** Stores the mapping as the specialist corrected it, then fills the workbook with the totals. */
    async confirmMapping(mapping: ProvinceMapping) {
      if (!this.province) return;
      const { file } = this.province;
      this.province = { file, mapping: await call('province/confirm-mapping', { file, roundId: this.roundId, mapping }) };
      return this.consolidate(file);
    },
    setText(block: { text: string; placeholder?: boolean }, text: string) {
      block.text = text;
      // Rewritten by the specialist: no longer the machine's prompt.
      delete block.placeholder;
      this.draftDirty = true;
    },
    setDraftField<K extends DraftField>(field: K, value: ReportDocument[K]) {
      if (!this.draft) return;
      this.draft[field] = value;
      this.draftDirty = true;
    },
  },
});
