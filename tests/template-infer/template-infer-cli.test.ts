import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { docxOf, p } from '../docx/build-docx';
import { runCli } from '../job/run-cli';
import { llwForm, twoColumnForm, wordForm } from './forms';

interface JsonRow {
  code: string;
  label: string;
  unit: string;
  measures: string[];
  parent: string | null;
  sumOf: string[];
}

describe('npm run cli -- template infer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'template-infer-'));
    writeFileSync(join(dir, 'Mẫu tổng hợp Tuần lễ.xlsx'), await llwForm());
    writeFileSync(join(dir, 'lop-hoc.xlsx'), await twoColumnForm());
    writeFileSync(join(dir, 'thu-vien.docx'), await wordForm());
    writeFileSync(join(dir, 'bao-cao.docx'), await docxOf([p('BÁO CÁO'), p('Nhà trường đã tổ chức các hoạt động.')]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json: the rows with code, label, unit, measures, parent and sumOf, the outline, the whole template', () => {
    const run = runCli(['template', 'infer', join(dir, 'Mẫu tổng hợp Tuần lễ.xlsx'), '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: JsonRow[]; outline: unknown[]; template: { rows: unknown[]; rules: unknown[] } };
    expect(out.rows.map((r) => [r.code, r.label, r.unit, r.measures, r.parent])).toEqual(
      llw2022.rows.map((r) => [r.code, r.label, r.unit, r.measures, r.parent ?? null]),
    );
    expect(out.rows.find((r) => r.code === '1.0')!.sumOf).toEqual(llw2022.rows.filter((r) => /^1\.(?!0$)/.test(r.code)).map((r) => r.code));
    expect(out.rows.filter((r) => r.sumOf.length).map((r) => r.code)).toEqual(['1.0']);
    expect(out.outline).toEqual([]);
    expect(out.template.rows).toHaveLength(llw2022.rows.length);
    expect(out.template.rules).toContainEqual({ type: 'max-per-unit', row: '7.2', max: 1, level: 'school' });
    expect(run.stderr).toContain('Đã lập mẫu "MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ" từ tệp Mẫu tổng hợp Tuần lễ.xlsx');
  });

  it('a Word form: the outline with the section holding the table', () => {
    const run = runCli(['template', 'infer', join(dir, 'thu-vien.docx'), '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: JsonRow[]; outline: Array<{ code: string; children?: Array<{ code: string; holdsTable?: boolean }> }> };
    expect(out.rows[0]).toMatchObject({ code: '1', sumOf: ['1.1', '1.2', '1.3'], measures: ['value'] });
    expect(out.outline.map((s) => s.code)).toEqual(['I', 'II', 'III']);
    expect(out.outline[0].children!.find((s) => s.holdsTable)!.code).toBe('I.2');
  });

  it('without --json: a readable table of rows, the rules and what to look at again', () => {
    const run = runCli(['template', 'infer', join(dir, 'lop-hoc.xlsx')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Mẫu "THỐNG KÊ CÁC LỚP HỌC TẬP CỘNG ĐỒNG" lập từ tệp lop-hoc.xlsx');
    expect(run.stdout).toMatch(/^0 +Tổng cộng +Số lớp \+ Số người/m);
    expect(run.stdout).toContain('hàng 0 = tổng các hàng 1, 2, 3');
    expect(run.stdout).toContain('Cần xem lại:');
  });

  it('a file without a statistics table, a missing file, a wrong command: one Vietnamese line, non-zero exit', () => {
    const noTable = runCli(['template', 'infer', join(dir, 'bao-cao.docx')]);
    expect(noTable.status).toBe(1);
    expect(noTable.stderr.trim()).toMatch(/^Lỗi: Không tìm thấy bảng số liệu trong tệp bao-cao\.docx: /);
    expect(noTable.stderr.trim().split('\n')).toHaveLength(1);
    const missing = runCli(['template', 'infer', join(dir, 'khong-co.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('không tìm thấy tệp');
    const wrong = runCli(['template', 'guess', 'x.xlsx']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Lệnh template không có "guess"');
    expect(runCli(['--help']).stdout).toContain('npm run cli -- template infer <mau-trong.xlsx|mau-trong.docx> [--json]');
  });
});
