import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src-main/core/checks/table-checks';
import { extractFigures } from '../../src-main/core/extract';
import type { Extraction } from '../../src-main/core/model/extraction';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { HEADER, OFFICIAL_ROWS, SCHOOL, officialForm, type Filled } from './official-form';
import { sheet, workbook, type GridCell } from './source-builder';

function read(grid: GridCell[][]): Extraction {
  const { extraction, findings } = extractFigures(workbook('THCS Đông Hà.xlsx', sheet(grid)), llw2022);
  expect(findings).toEqual([]);
  return extraction!;
}

function check(filled: Filled, ctx?: { unitStudents?: number }) {
  return checkTable(read(officialForm(filled)), llw2022, ctx);
}

function line(code: string): number {
  return HEADER.length + OFFICIAL_ROWS.findIndex(([c]) => c === code) + 1;
}

describe('checkTable', () => {
  it('passes a correct table', () => {
    expect(check(SCHOOL)).toEqual([]);
  });

  it('reports 1.0 that is not the sum of 1.1–1.14, at the total cell', () => {
    const findings = check({ ...SCHOOL, '1.0': [5, 340], '1.7': [2, 120], '1.9': [3, 200] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'sum-mismatch', where: `Sheet1!E${line('1.0')}` });
    expect(findings[0].message).toBe(
      `Dòng 1.0 (Tổng số người tham gia): 340 người ≠ tổng các dòng 1.1–1.14 = 320, ô E${line('1.0')}, trang tính "Sheet1".`,
    );
  });

  it('does not turn an unreadable part row into a second, sum error', () => {
    const grid = officialForm({ ...SCHOOL, '1.9': ['ba lớp', 60] });
    const { extraction, findings } = extractFigures(workbook('a.xlsx', sheet(grid)), llw2022);
    expect(findings.map((f) => f.rule)).toEqual(['not-a-number']);
    expect(checkTable(extraction!, llw2022).map((f) => f.rule)).not.toContain('sum-mismatch');
  });

  it('reports a count total that does not add up separately from the people total', () => {
    const findings = check({ ...SCHOOL, '1.0': [6, 180] });
    expect(findings.map((f) => [f.rule, f.where])).toEqual([['sum-mismatch', `Sheet1!D${line('1.0')}`]]);
    expect(findings[0].message).toContain('6 lớp');
  });

  it('reports fewer people than classes, and classes without people', () => {
    const findings = check({ ...SCHOOL, '1.0': [5, 130], '1.7': [2, 120], '1.9': [3, 0], '5.4': [4, 3] });
    const byRule = Object.fromEntries(findings.map((f) => [f.rule, f]));
    expect(byRule['people-missing']).toMatchObject({ severity: 'error', where: `Sheet1!E${line('1.9')}` });
    expect(byRule['people-missing'].message).toContain('Dòng 1.9 (Bồi dưỡng thường xuyên cho giáo viên)');
    expect(byRule['people-less-than-count']).toMatchObject({ severity: 'error', where: `Sheet1!E${line('5.4')}` });
    expect(byRule['people-less-than-count'].message).toContain('3 người ít hơn 4 cuộc');
  });

  it('reports a school that opened the week twice (7.2 = 2)', () => {
    const findings = check({ ...SCHOOL, '7.2': [2] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'max-exceeded', where: `Sheet1!D${line('7.2')}` });
    expect(findings[0].message).toContain('Dòng 7.2');
  });

  it('reports fractions and negative numbers', () => {
    const findings = check({ ...SCHOOL, '4.2': ['12,5'], '4.3': ['-5'] });
    expect(findings.map((f) => [f.rule, f.where, f.severity])).toEqual([
      ['not-whole', `Sheet1!D${line('4.2')}`, 'error'],
      ['negative', `Sheet1!D${line('4.3')}`, 'error'],
    ]);
    expect(findings[0].message).toContain('12,5');
  });

  it('reports each missing measured row as an error, not the missing headings', () => {
    const kept = officialForm().filter((row) => !['Xóa mù chữ', 'Cá nhân', 'Kinh phí'].includes(String(row[1])));
    const findings = checkTable(read(kept), llw2022);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['missing-row', 'error'],
      ['missing-row', 'error'],
    ]);
    expect(findings[0].message).toContain('Thiếu dòng 1.13 (Xóa mù chữ)');
    expect(findings[1].message).toContain('Thiếu dòng 9.2 (Cá nhân)');
  });

  it('warns when a row counts more people than the school has students, but not on a sum row that counts people once per class', () => {
    const findings = check(SCHOOL, { unitStudents: 160 });
    expect(findings.map((f) => [f.rule, f.severity, f.where])).toEqual([
      ['more-than-students', 'warning', `Sheet1!E${line('5.4')}`],
    ]);
  });

  it('tells the district that a school figure on the district-only row is not counted', () => {
    const findings = check({ ...SCHOOL, '7.1': [1] });
    expect(findings).toMatchObject([{ severity: 'info', rule: 'district-only' }]);
  });

  it('writes every finding in Vietnamese with the row code and a place', () => {
    const findings = check({ ...SCHOOL, '1.0': [1, 1], '7.2': [3], '4.2': ['-1'] });
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) {
      expect(f.where).toMatch(/^Sheet1!/);
      expect(f.message).toMatch(/^Dòng \d+(\.\d+)? \(/);
    }
  });
});
