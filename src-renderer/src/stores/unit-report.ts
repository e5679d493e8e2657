import { defineStore } from 'pinia';
import type { Decision, FindingView, UnitReport, ValueView } from '../../../src-main/api/contract';
import { call } from '../api/call';

/** What a report is opened by: a unit of the board, or a file no unit was found for. */
export type ReportKey = { roundId: number; unitCode: string } | { roundId: number; fileId: number };

export type MeasureKey = ValueView['measure'];

/** A unit's report: its table as understood, the document as read, and the decisions on it. */
export const useUnitReport = defineStore('unit-report', {
  state: () => ({ key: null as ReportKey | null, report: null as UnitReport | null }),
  getters: {
    errors: (s): FindingView[] => s.report?.findings.filter((f) => f.severity === 'error') ?? [],
    warnings: (s): FindingView[] => s.report?.findings.filter((f) => f.severity === 'warning') ?? [],
    /** Findings by the cell they are about, to outline that cell and write the message beside it. */
    findingsByPlace: (s): Map<string, FindingView[]> => {
      const map = new Map<string, FindingView[]>();
      for (const f of s.report?.findings ?? []) {
        if (!f.where) continue;
        map.set(f.where, [...(map.get(f.where) ?? []), f]);
      }
      return map;
    },
    /** Findings about no cell in particular (the whole file, a missing row). */
    generalFindings(): FindingView[] {
      const places = new Set((this.report?.values ?? []).map((v) => v.where));
      return (this.report?.findings ?? []).filter((f) => !f.where || !places.has(f.where));
    },
    activeHistory: (s): Decision[] => [...(s.report?.history ?? [])].sort((a, b) => b.at.localeCompare(a.at)),
  },
  actions: {
    async load(key: ReportKey) {
      this.key = key;
      this.report = 'unitCode' in key ? await call('reports/unit', key) : await call('reports/file', key);
    },
    async reload() {
      if (this.key) await this.load(this.key);
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
    /** Ties a file to a unit; answers the unit, whose report is then the one to show. */
    async tie(fileId: number, unitCode: string, reason?: string) {
      const r = this.required();
      await call('decisions/tie', { roundId: r.round.id, fileId, unitCode, reason });
      return unitCode;
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
