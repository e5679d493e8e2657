import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_SHEET } from '../../src-main/core/form/fillable-form';
import { runCli } from '../job/run-cli';
import { enrolmentForm, libraryForm, putRows, xlsxBytes, type Value } from './forms';

interface JsonRow {
  code: string;
  label: string;
  measures: string[];
  parent: string | null;
  sumOf: string[];
}
interface Inferred {
  rows: JsonRow[];
  template: { id: string; name: string; columns: Array<{ key: string; header: string; group?: string }>; rules: unknown[] };
}

function infer(file: string): Inferred {
  const run = runCli(['template', 'infer', file, '--json']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Inferred;
}

const ENROLMENT_KEYS = ['so-truong', 'count', 'people', 'nu'];
/** Per leaf row: [số trường, số lớp, học sinh, nữ]. */
const FORM_NUMBERS = new Map<string, number[]>([['Nhà trẻ', [1, 4, 80, 40]], ['Mẫu giáo', [2, 10, 300, 150]], ['Tiểu học', [3, 45, 1500, 720]], ['THCS', [1, 20, 800, 390]]]);

/** A school fills the generated form: the four number cells of each row it has a label for. */
async function fillForm(form: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(FORM_SHEET)!;
  ws.eachRow((row) => {
    const numbers = FORM_NUMBERS.get(String(row.getCell(2).value));
    numbers?.forEach((n, i) => (row.getCell(3 + i).value = n));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Another school types the table itself: the same headers in another order, its totals typed too, NFD text. */
function typedFreely(): Promise<Buffer> {
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = 'TRƯỜNG THCS CAO DƯƠNG'.normalize('NFD');
    ws.getCell('A2').value = 'SỐ LIỆU ĐẦU NĂM HỌC 2025-2026';
    putRows(ws, 4, [['STT', 'Cấp học', 'Số học sinh', null, 'Số lớp', 'Số trường', 'Ghi chú'], [null, null, 'Trong đó: Nữ', 'Tổng số']]);
    for (const range of ['A4:A5', 'B4:B5', 'C4:D4', 'E4:E5', 'F4:F5', 'G4:G5']) ws.mergeCells(range);
    const rows: Value[][] = [
      [1, 'Mầm non', 148, 300, 11, 2],
      ['-', 'Nhà trẻ', 30, 60, 3, 1],
      ['-', 'Mẫu giáo'.normalize('NFD'), 118, 240, 8, 1],
      [2, 'Tiểu học', 480, '1.000', 30, 2],
      [3, 'THCS', 300, 640, 16, 1],
      [null, 'Cộng', 928, '1.940', 57, 5],
    ];
    putRows(ws, 6, rows);
  }, 'Sheet1');
}

describe('a template holds the number columns of its form, any number of them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cot-so-'));
    writeFileSync(join(dir, 'thu-vien.xlsx'), await libraryForm());
    writeFileSync(join(dir, 'dau-nam.xlsx'), await enrolmentForm());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a library form: "đầu/bản" rows get both Đầu sách and Bản sách, a one-unit row the first column, to look at again', () => {
    const out = infer(join(dir, 'thu-vien.xlsx'));
    expect(out.template.name).toBe('BÁO CÁO THỐNG KÊ THƯ VIỆN TRƯỜNG HỌC NĂM HỌC 2025-2026');
    expect(out.template.columns.filter((c) => !['stt', 'label', 'unit', 'note'].includes(c.key))).toEqual([
      { key: 'count', header: 'Đầu sách', group: 'Số lượng' },
      { key: 'ban-sach', header: 'Bản sách', group: 'Số lượng' },
    ]);
    expect(out.rows.map((r) => [r.code, r.label, r.measures.join('+'), r.sumOf.join(',')])).toEqual([
      ['1', 'VỐN TÀI LIỆU', '', ''],
      ['1.1', 'Tổng số sách trong thư viện, trong đó:', 'count+ban-sach', '1.1.1,1.1.2,1.1.3'],
      ['1.1.1', 'Sách giáo khoa', 'count+ban-sach', ''],
      ['1.1.2', 'Sách tham khảo', 'count+ban-sach', ''],
      ['1.1.3', 'Sách thiếu nhi', 'count+ban-sach', ''],
      ['1.2', 'Báo, tạp chí', 'count', ''],
      ['2', 'HOẠT ĐỘNG', '', ''],
      ['2.1', 'Số lượt bạn đọc', 'count', ''],
      ['2.2', 'Số buổi giới thiệu sách', 'count', ''],
    ]);
    const run = runCli(['template', 'infer', join(dir, 'thu-vien.xlsx')]);
    expect(run.stdout).toContain('hàng 2.1 (Biểu mẫu!B12): đơn vị tính "lượt" chỉ một số: ghi vào cột "Đầu sách", hãy xem lại cột nào');
    expect(run.stdout).not.toContain('tối đa ba cột');
  });

  it('an enrolment form: every column kept ("Trong đó: Nữ" too), the title above the table as the name, "1 Mầm non" the sum of its "-" rows', () => {
    const out = infer(join(dir, 'dau-nam.xlsx'));
    expect(out.template.name).toBe('THỐNG KÊ SỐ LIỆU ĐẦU NĂM HỌC 2025-2026');
    expect(out.template.columns.map((c) => `${c.key}:${c.header}`)).toEqual([
      'stt:STT', 'label:Cấp học', 'so-truong:Số trường', 'count:Số lớp', 'people:Tổng số', 'nu:Trong đó: Nữ', 'note:Ghi chú',
    ]);
    expect(out.rows.map((r) => [r.code, r.label, r.measures, r.parent, r.sumOf])).toEqual([
      ['1', 'Mầm non', ENROLMENT_KEYS, null, ['1.1', '1.2']],
      ['1.1', 'Nhà trẻ', ENROLMENT_KEYS, '1', []],
      ['1.2', 'Mẫu giáo', ENROLMENT_KEYS, '1', []],
      ['2', 'Tiểu học', ENROLMENT_KEYS, null, []],
      ['3', 'THCS', ENROLMENT_KEYS, null, []],
      ['0', 'Cộng', ENROLMENT_KEYS, null, ['1', '2', '3']],
    ]);
  });

  it('a round on the inferred template: a generated form and a table typed in another order, summed on every column', async () => {
    const out = infer(join(dir, 'dau-nam.xlsx'));
    writeFileSync(join(dir, 'mau.json'), JSON.stringify(out.template));
    const db = join(dir, 'kho', 'kho.sqlite');
    mkdirSync(join(dir, 'kho'));
    writeFileSync(join(dir, 'don-vi.csv'), 'Mã đơn vị,Tên đơn vị,Email\nTH-LC,Trường Tiểu học Liên Châu,thlienchau@thanhoai.edu.vn\nTHCS-CD,Trường THCS Cao Dương,thcscaoduong@thanhoai.edu.vn\n');
    expect(runCli(['template', 'save', join(dir, 'mau.json'), '--db', db]).status).toBe(0);
    const forms = runCli(['template', 'form', out.template.id, '--db', db, '--units', join(dir, 'don-vi.csv'), '--out', join(dir, 'bieu-mau')]);
    expect(forms.status).toBe(0);
    const form = readdirSync(join(dir, 'bieu-mau')).find((f) => f.includes('lien-chau'))!;
    mkdirSync(join(dir, 'nhan'));
    writeFileSync(join(dir, 'nhan', 'lien chau.xlsx'), await fillForm(readFileSync(join(dir, 'bieu-mau', form))));
    writeFileSync(join(dir, 'nhan', 'Truong THCS Cao Duong - so lieu dau nam.xlsx'), await typedFreely());

    const run = runCli(['consolidate', join(dir, 'nhan'), '--db', db, '--form', out.template.id, '--units', join(dir, 'don-vi.csv'), '--year', '2025', '--out', join(dir, 'ket-qua'), '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { units: Array<{ code: string; status: string }>; totals: Record<string, Record<string, number>> };
    expect(result.units.map((u) => [u.code, u.status])).toEqual([['TH-LC', 'accepted'], ['THCS-CD', 'accepted']]);
    const row = (n: number[]) => Object.fromEntries(ENROLMENT_KEYS.map((k, i) => [k, n[i]]));
    expect(result.totals).toEqual({
      '1': row([5, 25, 680, 338]),
      '1.1': row([2, 7, 140, 70]),
      '1.2': row([3, 18, 540, 268]),
      '2': row([5, 75, 2500, 1200]),
      '3': row([2, 36, 1440, 690]),
      '0': row([12, 136, 4620, 2228]),
    });

    const files = readdirSync(join(dir, 'ket-qua'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'ket-qua', files.find((f) => f.endsWith('.xlsx') && f.startsWith('tong-hop'))!));
    const summary = wb.getWorksheet('Tổng hợp')!;
    const lines: unknown[][] = [];
    summary.eachRow((r) => lines.push((r.values as unknown[]).slice(1, 7)));
    expect(lines.find((l) => l[1] === 'Cộng')).toEqual([undefined, 'Cộng', 12, 136, 4620, 2228]);
    expect(lines.some((l) => l.includes('Trong đó: Nữ') && l.includes('Số trường'))).toBe(true);

    const draft = readFileSync(join(dir, 'ket-qua', files.find((f) => f.endsWith('.json'))!), 'utf8');
    for (const header of ['Số trường', 'Số lớp', 'Tổng số', 'Trong đó: Nữ']) expect(draft).toContain(`"${header}"`);
    expect(draft).toContain('"2.228"');
  }, 240_000);
});
