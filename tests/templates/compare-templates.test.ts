import { beforeEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src-main/core/model/submission';
import type { Template, TemplateRow } from '../../src-main/core/model/template';
import { compareWithLastYear } from '../../src-main/core/round/last-year';
import { createRound } from '../../src-main/core/round/rounds';
import { compareTemplates } from '../../src-main/core/templates/compare-templates';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { saveTemplate } from '../../src-main/core/templates/save-template';
import { useTempStore } from './temp-store';

/** Next year's Lifelong Learning Week as a province would send it: a row reworded, one renumbered, one new, one gone. */
function llw2023(): Template {
  const rows: TemplateRow[] = [];
  for (const r of llw2022.rows) {
    if (r.code === '1.13') continue; // "Xóa mù chữ" folded into 1.14
    if (r.code === '1.9') rows.push({ ...r, label: 'Bồi dưỡng thường xuyên cho giáo viên các cấp học' });
    else if (r.code === '2') rows.push({ ...r, code: '2.0', label: r.label.normalize('NFD') });
    else if (r.code === '3') rows.push({ ...r, unit: 'tờ', measures: ['value'] });
    else rows.push(r);
    if (r.code === '5.6') rows.push({ code: '5.7', stt: '', label: 'Ngày hội đọc sách của học sinh', unit: 'số cuộc/người', kind: 'measured', measures: ['count', 'people'], parent: '5' });
  }
  const rules = llw2022.rules.map((rule) => (rule.type === 'sum' ? { ...rule, of: rule.of.filter((c) => c !== '1.13') } : rule));
  return { ...llw2022, version: '2023.1', rows, rules };
}

describe('comparing two versions of a template', () => {
  it('gives the rows added, removed, reworded (also renumbered ones, by their label) and changed, and the rules', () => {
    const diff = compareTemplates(llw2022, llw2023());
    expect(diff.added.map((r) => r.code)).toEqual(['5.7']);
    expect(diff.removed.map((r) => r.code)).toEqual(['1.13']);
    expect(diff.reworded.map((p) => [p.before.code, p.after.code, p.by])).toEqual([
      ['1.9', '1.9', 'code'],
      ['2', '2.0', 'label'],
    ]);
    expect(diff.changed.map((p) => [p.after.code, p.changes])).toEqual([['3', ['unit']]]);
    expect(diff.rules.removed).toEqual([llw2022.rules[0]]);
    expect(diff.rules.added).toHaveLength(1);
  });

  it('finds nothing between a template and itself', () => {
    expect(compareTemplates(llw2022, structuredClone(llw2022))).toEqual({ added: [], removed: [], reworded: [], changed: [], rules: { added: [], removed: [] } });
  });
});

describe('this year against last year', () => {
  const t = useTempStore('nam-truoc-');
  beforeEach(() => {
    t.store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['thlc@thanhoai.edu.vn'] }], true);
  });

  function report(roundId: number, values: Verdict['values']): void {
    const verdict: Verdict = { kind: 'xlsx', unitCode: 'TH-LC', status: 'read', hasTable: true, sections: [], values, findings: [] };
    const name = `bao-cao-${roundId}.xlsx`;
    t.store.transaction(() => {
      const { ids } = t.store.received.record(roundId, 'thư mục', 'chuyên viên', [{ file: { name, origin: name, bytes: Buffer.from(`tệp ${roundId}`) }, container: name }], 1);
      t.store.received.saveVerdicts([{ id: ids[0].id, verdict }]);
    });
  }

  const value = (row: string, measure: 'count' | 'people' | 'value', v: number) => ({ row, measure, value: v, where: `Biểu mẫu!D${v}`, raw: String(v) });

  it('sets each row against last year’s round of the same template, renumbered rows by their label', () => {
    const last = createRound(t.store, llw2022, { year: 2022 }, 'chuyên viên');
    report(last.id, [value('2', 'value', 9), value('1.9', 'count', 2), value('1.9', 'people', 80), value('1.13', 'count', 1)]);
    saveTemplate(t.store, llw2023(), 'chuyên viên');
    const now = createRound(t.store, llw2023(), { year: 2023 }, 'chuyên viên');
    report(now.id, [value('2.0', 'value', 12), value('1.9', 'count', 3), value('1.9', 'people', 95)]);

    const cmp = compareWithLastYear(t.store, now.id);
    expect(cmp.lastYear).toMatchObject({ id: last.id, year: 2022, templateVersion: '2022.1' });
    const at = (code: string, measure: string) => cmp.figures.find((f) => f.code === code && f.measure === measure);
    expect(at('2.0', 'value')).toMatchObject({ lastYearCode: '2', by: 'label', thisYear: 12, lastYear: 9 });
    expect(at('1.9', 'people')).toMatchObject({ by: 'code', thisYear: 95, lastYear: 80 });
    expect(cmp.newRows).toEqual(['5.7']);
    // "3" became a single measure of its own unit: only the measure both years share is set side by side.
    expect(cmp.figures.filter((f) => f.code === '3').map((f) => f.measure)).toEqual(['value']);
  });

  it('says there is no last year when the template was never collected before', () => {
    const round = createRound(t.store, llw2022, { year: 2023 }, 'chuyên viên');
    expect(compareWithLastYear(t.store, round.id)).toMatchObject({ lastYear: null, figures: [] });
  });
});
