import { defineStore } from 'pinia';
import type { Decision, FileReport, FindingView, UnitReport, ValueView } from '../../../src-main/api/contract';
import { call } from '../api/call';

export type MeasureKey = ValueView['measure'];

/** Findings by the cell they are about, to outline that cell and write the message beside it. */
export function byPlace(findings: FindingView[]): Map<string, FindingView[]> {
  const map = new Map<string, FindingView[]>();
  for (const f of findings) if (f.where) map.set(f.where, [...(map.get(f.where) ?? []), f]);
  return map;
}

const newestFirst = (history: Decision[]) => [...history].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);

/** A unit's report (its table as understood, the document as read, the decisions on it), or one file no unit was found for. */
export const useUnitReport = defineStore('unit-report', {
  state: () => ({
    unitKey: null as { roundId: number; unitCode: string } | null,
    report: null as UnitReport | null,
    fileKey: null as { roundId: number; fileId: number } | null,
    file: null as FileReport | null,
  }),
  getters: {
    errors: (s): FindingView[] => s.report?.findings.filter((f) => f.severity === 'error') ?? [],
    warnings: (s): FindingView[] => s.report?.findings.filter((f) => f.severity === 'warning') ?? [],
    findingsByPlace: (s) => byPlace(s.report?.findings ?? []),
    /** Findings about no value of the table (the whole file, a missing row). */
    generalFindings(): FindingView[] {
      const places = new Set((this.report?.values ?? []).map((v) => v.where));
      return (this.report?.findings ?? []).filter((f) => !f.where || !places.has(f.where));
    },
    history: (s): Decision[] => newestFirst(s.report?.history ?? []),
    fileHistory: (s): Decision[] => newestFirst(s.file?.history ?? []),
  },
  actions: {
    async load(roundId: number, unitCode: string) {
      this.unitKey = { roundId, unitCode };
      this.fileKey = this.file = null;
      this.report = await call('reports/unit', { roundId, unitCode });
    },
    async loadFile(roundId: number, fileId: number) {
      this.fileKey = { roundId, fileId };
      this.unitKey = this.report = null;
      this.file = await call('reports/file', { roundId, fileId });
    },
    /** Reads again what is open, after a decision changed it. */
    async reload() {
      if (this.unitKey) await this.load(this.unitKey.roundId, this.unitKey.unitCode);
      else if (this.fileKey) await this.loadFile(this.fileKey.roundId, this.fileKey.fileId);
    },
    async accept(warnings: string[], reason?: string) {
      const r = this.required();
      await call('decisions/accept', { roundId: r.round.id, unitCode: r.unitCode, warnings, reason });
      await this.reload();
    },
    async returnToSchool(reason: string) {
      const r = this.required();
      await call('decisions/return', { roundId: r.round.id, unitCode: r.unitCode, reason });
      await this.reload();
    },
    async correct(row: string, measure: MeasureKey, value: number, reason: string) {
      const r = this.required();
      await call('decisions/correct', { roundId: r.round.id, unitCode: r.unitCode, row, measure, value, reason });
      await this.reload();
    },
    /** Ties the open file to a unit, whose report is then the one to show. */
    async tie(unitCode: string, reason?: string) {
      if (!this.fileKey) throw new Error('Chưa mở tệp nào.');
      await call('decisions/tie', { ...this.fileKey, unitCode, reason });
    },
    async undo(decisionId: number) {
      await call('decisions/undo', { decisionId });
      await this.reload();
    },
    required(): UnitReport {
      if (!this.report) throw new Error('Chưa mở báo cáo nào.');
      return this.report;
    },
  },
});
