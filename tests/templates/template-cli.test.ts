import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_SHEET } from '../../src-main/core/form/fillable-form';
import { templateFileText } from '../../src-main/core/templates/template-file';
import { runCli } from '../job/run-cli';
import { libraryTemplate } from './library-template';

/** A school fills its library form: the row of each label, the one number column. */
async function fill(form: Buffer, numbers: Map<string, ExcelJS.CellValue>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(FORM_SHEET)!;
  ws.eachRow((row) => {
    const value = numbers.get(String(row.getCell(2).value));
    if (value !== undefined) row.getCell(4).value = value;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('template save, template form and consolidate --form on the command line', () => {
  let dir: string;
  const db = () => join(dir, 'kho', 'kho.sqlite');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mau-cli-'));
    mkdirSync(join(dir, 'kho'));
    writeFileSync(join(dir, 'mau-thu-vien.json'), templateFileText(libraryTemplate()));
    writeFileSync(
      join(dir, 'danh-sach.csv'),
      'Mã đơn vị,Tên đơn vị,Email\nTH-LC,Trường Tiểu học Liên Châu,thlienchau@thanhoai.edu.vn\nTHCS-CD,Trường THCS Cao Dương,thcscaoduong@thanhoai.edu.vn\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves a shared template, writes one form per unit, and consolidates the returned forms by the template id', async () => {
    const saved = runCli(['template', 'save', join(dir, 'mau-thu-vien.json'), '--db', db(), '--by', 'Nguyễn Thị Hoa', '--json']);
    expect(saved.stderr).toContain('Đã lưu mẫu "Báo cáo công tác thư viện trường học" (mã thu-vien, phiên bản 2024.1, 4 dòng số liệu)');
    expect(saved.status).toBe(0);
    expect(JSON.parse(saved.stdout)).toEqual({ status: 'added', id: 'thu-vien', version: '2024.1', name: 'Báo cáo công tác thư viện trường học' });

    const forms = runCli(['template', 'form', 'thu-vien', '--db', db(), '--units', join(dir, 'danh-sach.csv'), '--out', join(dir, 'bieu-mau'), '--json']);
    expect(forms.status).toBe(0);
    expect(readdirSync(join(dir, 'bieu-mau')).sort()).toEqual(['bieu-mau-truong-thcs-cao-duong.xlsx', 'bieu-mau-truong-tieu-hoc-lien-chau.xlsx']);

    mkdirSync(join(dir, 'nhan'));
    const numbers = (textbooks: ExcelJS.CellValue, others: ExcelJS.CellValue, money: ExcelJS.CellValue) =>
      new Map<string, ExcelJS.CellValue>([['Sách giáo khoa', textbooks], ['Sách tham khảo', others], ['Kinh phí mua sách', money]]);
    writeFileSync(join(dir, 'nhan', 'so lieu.xlsx'), await fill(readFileSync(join(dir, 'bieu-mau', 'bieu-mau-truong-tieu-hoc-lien-chau.xlsx')), numbers(1200, '350', '1.500.000')));
    writeFileSync(join(dir, 'nhan', 'bao cao.xlsx'), await fill(readFileSync(join(dir, 'bieu-mau', 'bieu-mau-truong-thcs-cao-duong.xlsx')), numbers('2.400', 610, 3_200_000)));
    const run = runCli(['consolidate', join(dir, 'nhan'), '--db', db(), '--form', 'thu-vien', '--units', join(dir, 'danh-sach.csv'), '--year', '2024', '--out', join(dir, 'ket-qua'), '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.units.map((u: { code: string; status: string }) => [u.code, u.status])).toEqual([['TH-LC', 'accepted'], ['THCS-CD', 'accepted']]);
    expect(out.totals).toEqual({ '1': { value: 4560 }, '1.1': { value: 3600 }, '1.2': { value: 960 }, '2': { value: 4_700_000 } });
  }, 240_000);

  it('refuses to change the version the round collects with, and saves the edit as the next version when asked', () => {
    const edited = libraryTemplate();
    edited.rows.push({ code: '3', stt: '3', label: 'Số lượt bạn đọc', unit: 'lượt', kind: 'measured', measures: ['value'] });
    writeFileSync(join(dir, 'mau-sua.json'), JSON.stringify(edited));
    const refused = runCli(['template', 'save', join(dir, 'mau-sua.json'), '--db', db()]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('đang được dùng cho 1 đợt báo cáo');
    expect(refused.stderr).toContain('ví dụ 2024.2');
    const again = runCli(['template', 'save', join(dir, 'mau-sua.json'), '--db', db(), '--new-version', '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'added', version: '2024.2' });
  }, 120_000);

  it('says what is wrong in one line, exit 2: a bad file, an unknown template, a round of another template', () => {
    writeFileSync(join(dir, 'hong.json'), '{"id": "x", "rows": [');
    const broken = runCli(['template', 'save', join(dir, 'hong.json'), '--db', db()]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('Tệp mẫu hong.json không dùng được');
    const unknown = runCli(['template', 'form', 'bao-cao-khac', '--units', join(dir, 'danh-sach.csv'), '--out', join(dir, 'x')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('Lỗi: Không có mẫu báo cáo mã "bao-cao-khac" trong kho (các mẫu có: llw).\n');
    const other = runCli(['consolidate', '--db', db(), '--round', '1', '--form', 'llw', '--out', join(dir, 'y')]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('dùng mẫu "thu-vien", không phải mẫu "llw"');
  }, 120_000);
});
