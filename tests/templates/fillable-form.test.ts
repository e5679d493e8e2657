import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillableForm, FORM_SHEET } from '../../src-main/core/form/fillable-form';
import { ContainerIdentifier } from '../../src-main/core/job/identify-containers';
import { runConsolidationJob } from '../../src-main/core/job/consolidation-job';
import type { Template } from '../../src-main/core/model/template';
import type { Unit } from '../../src-main/core/model/unit';
import { readTableOf } from '../../src-main/core/form/form-extraction';
import { figuresOf } from '../../src-main/core/extract';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { lichTuanLe } from '../../src-main/core/templates/lich-tuan-le';
import { consolidateRound } from '../../src-main/core/round/consolidate-round';
import { importRegistry } from '../../src-main/core/round/rounds';
import { Store } from '../../src-main/core/store/store';

const LIEN_CHAU: Unit = { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['thlienchau@thanhoai.edu.vn'] };
const CAO_DUONG: Unit = { code: 'THCS-CD', name: 'Trường THCS Cao Dương', emails: ['thcscaoduong@thanhoai.edu.vn'] };

/** The form's table as a school sees it: the row of a label, the column of a header. */
function placeOf(ws: ExcelJS.Worksheet, label: string, header: string): ExcelJS.Cell {
  let row = 0;
  let col = 0;
  ws.eachRow((r, n) => {
    r.eachCell((cell, c) => {
      if (cell.value === label && !row) row = n;
      if (cell.value === header && !col) col = c;
    });
  });
  if (!row || !col) throw new Error(`no ${label} / ${header}`);
  return ws.getCell(row, col);
}

const label = (code: string) => llw2022.rows.find((r) => r.code === code)!.label;

/** A school fills its form in a program that does not recompute formulas (exceljs), numbers partly typed as text. */
async function fillLikeASchool(form: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(FORM_SHEET)!;
  const put = (code: string, header: string, value: ExcelJS.CellValue) => (placeOf(ws, label(code), header).value = value);
  put('1.1', 'Số lớp/số cuộc thi', 2);
  put('1.1', 'Người', 60);
  put('1.7', 'Số lớp/số cuộc thi', 3);
  put('1.7', 'Người', '1.500');
  put('2', 'Số lớp/số cuộc thi', 12);
  put('7.2', 'Số lớp/số cuộc thi', 1);
  put('10.1', 'Số lớp/số cuộc thi', '1.500.000');
  put('10.2', 'Số lớp/số cuộc thi', 2_750_000);
  put('11', 'Đơn vị', 'Tổ chức ngày hội đọc sách cho học sinh khối 5');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the fillable form of a template', () => {
  let form: Buffer;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    form = await fillableForm(llw2022, LIEN_CHAU);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
  });

  it('has the unit, the title and the template header with its merged group', () => {
    const ws = wb.getWorksheet(FORM_SHEET)!;
    expect(ws.getCell('A1').value).toBe('Đơn vị báo cáo: Trường Tiểu học Liên Châu');
    expect(ws.getCell('A2').value).toBe(llw2022.name.toUpperCase());
    expect(ws.getCell('D5').value).toBe('Số lượng');
    expect(ws.getCell('E5').isMerged && ws.getCell('E5').master.address).toBe('D5');
    expect([ws.getCell('D6').value, ws.getCell('E6').value]).toEqual(['Số lớp/số cuộc thi', 'Người']);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('validates number cells, keeps sums as formulas and locks everything else', () => {
    const ws = wb.getWorksheet(FORM_SHEET)!;
    const people = placeOf(ws, label('1.1'), 'Người');
    expect(people.dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(people.protection?.locked).toBe(false);
    expect(placeOf(ws, label('10.1'), 'Số lớp/số cuộc thi').dataValidation).toMatchObject({ type: 'decimal' });
    const total = placeOf(ws, label('1.0'), 'Người');
    expect(total.formula).toBe(`SUM(${llw2022.rows.filter((r) => /^1\.(?!0$)/.test(r.code)).map((r) => `E${Number(total.row) + Number(r.code.split('.')[1])}`).join(',')})`);
    expect(total.protection?.locked).not.toBe(false);
    expect(placeOf(ws, label('1.1'), 'Các hoạt động').protection?.locked).not.toBe(false);
    // Protected without a password: labels cannot be typed over, and nobody is locked out.
    const { sheetProtection } = ws as unknown as { sheetProtection: Record<string, unknown> };
    expect(sheetProtection).toMatchObject({ sheet: true });
    expect(sheetProtection).not.toHaveProperty('hashValue');
  });

  it('carries the template, its version and the unit in a very hidden sheet and in custom properties', async () => {
    const marker = wb.getWorksheet('_mau')!;
    expect(marker.state).toBe('veryHidden');
    expect([1, 2, 3, 4].map((r) => marker.getCell(r, 2).value)).toEqual(['1', 'llw', '2022.1', 'TH-LC']);
    const custom = await (await JSZip.loadAsync(form)).file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('name="TongHopBaoCao.MaMau"><vt:lpwstr>llw</vt:lpwstr>');
    expect(custom).toContain('<vt:lpwstr>2022.1</vt:lpwstr>');
    expect(custom).toContain('<vt:lpwstr>TH-LC</vt:lpwstr>');
  });

  it('gives a list template its list as an empty table, dates and times validated', async () => {
    const withList: Template = {
      ...llw2022,
      lists: [{
        code: 'lich',
        title: 'Lịch tổ chức các hoạt động',
        columns: [
          { key: 'time', header: 'Thời gian', type: 'time' },
          { key: 'date', header: 'Ngày', type: 'date' },
          { key: 'unit', header: 'Đơn vị thực hiện', type: 'text' },
          { key: 'activity', header: 'Nội dung hoạt động', type: 'text' },
        ],
        sortBy: ['date', 'time'],
        unitColumn: 'unit',
      }],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fillableForm(withList, LIEN_CHAU)) as unknown as ArrayBuffer);
    const list = book.getWorksheet('Lịch tổ chức các hoạt động')!;
    expect([1, 2, 3, 4].map((c) => list.getCell(4, c).value)).toEqual(['Thời gian', 'Ngày', 'Đơn vị thực hiện', 'Nội dung hoạt động']);
    expect(list.getCell('B5').dataValidation).toMatchObject({ type: 'date' });
    expect(list.getCell('A5').numFmt).toBe('hh:mm');
    expect(list.getCell('C5').value).toBeNull();
    expect(list.getCell('C5').protection?.locked).toBe(false);
    expect(book.getWorksheet('_mau')!.getRows(1, 200)!.some((r) => r.getCell(1).value === 'danh-sach' && r.getCell(3).value === list.name)).toBe(true);
  });
});

describe('a returned form read back through the real import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bieu-mau-'));
    writeFileSync(
      join(dir, 'danh-sach.csv'),
      `Mã đơn vị,Tên đơn vị,Email\n${[LIEN_CHAU, CAO_DUONG].map((u) => `${u.code},${u.name},${u.emails[0]}`).join('\n')}\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the unit from the form and every number from its cell, sums computed where the program left none', async () => {
    const inbox = join(dir, 'hop-thu');
    mkdirSync(inbox);
    // A file name and a sheet that name no school: only the marker says whose it is.
    writeFileSync(join(inbox, 'bao cao tuan le.xlsx'), await fillLikeASchool(await fillableForm(llw2022, LIEN_CHAU)));
    const job = await runConsolidationJob({ inputs: [inbox], outDir: join(dir, 'ket-qua'), unitsFile: join(dir, 'danh-sach.csv'), year: 2023, threads: 1, dbFile: join(dir, 'kho.sqlite') });
    const unit = job.result.units.find((u) => u.code === 'TH-LC')!;
    expect(job.result.findings.filter((f) => f.unit === 'TH-LC' && f.severity === 'error')).toEqual([]);
    expect(unit.status).toBe('accepted');
    expect(unit.figures['1.0']).toEqual({ count: 5, people: 1560 });
    expect(unit.figures['1.7']).toEqual({ count: 3, people: 1500 });
    expect(unit.figures['10.1']).toEqual({ value: 1_500_000 });
    expect(unit.figures['10.2']).toEqual({ value: 2_750_000 });
    expect(unit.figures['1.3']).toEqual({ count: 0, people: 0 });
    expect(job.result.totals['2']).toEqual({ value: 12 });
    expect(job.result.findings.some((f) => f.rule === 'formula-no-result')).toBe(false);

    // Checked again from what was stored (a changed registry): still the form's unit and cells.
    const store = new Store(join(dir, 'kho.sqlite'));
    try {
      await importRegistry(store, join(dir, 'danh-sach.csv'), 'chuyên viên');
      const [file] = store.received.submissions(job.roundId, { withValues: true });
      expect([file.unitCode, file.matchBy]).toEqual(['TH-LC', 'form']);
      expect(file.values.find((v) => v.row === '1.0' && v.measure === 'people')).toMatchObject({ value: 1560, where: 'Biểu mẫu!E8' });
      expect(consolidateRound(store, store.rounds.get(job.roundId)!).totals['10.1']).toEqual({ value: 1_500_000 });
    } finally {
      store.close();
    }
  });

  it('says so when a form of another template arrives, and keeps it out of the totals', async () => {
    const other: Template = {
      id: 'thu-vien',
      version: '2024.1',
      name: 'Báo cáo công tác thư viện',
      campaign: 'Thư viện',
      columns: [{ key: 'stt', header: 'STT' }, { key: 'label', header: 'Nội dung' }, { key: 'value', header: 'Số lượng' }],
      rows: [{ code: '1', stt: '1', label: 'Tổng số bản sách', unit: 'bản', kind: 'measured', measures: ['value'] }],
      rules: [],
      outline: [],
    };
    const inbox = join(dir, 'hop-thu-2');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'thu vien.xlsx'), await fillableForm(other, CAO_DUONG));
    const job = await runConsolidationJob({ inputs: [inbox], outDir: join(dir, 'ket-qua-2'), unitsFile: join(dir, 'danh-sach.csv'), year: 2023, threads: 1 });
    expect(job.result.units.find((u) => u.code === 'THCS-CD')!.status).toBe('rejected');
    const finding = job.result.findings.find((f) => f.rule === 'form-other-template')!;
    expect(finding.message).toBe(
      `Tệp "thu vien.xlsx" là biểu mẫu của mẫu báo cáo mã "thu-vien" (phiên bản 2024.1), không phải mẫu "${llw2022.name}" (mã llw, phiên bản 2022.1) của đợt này: hãy kiểm tra đơn vị đã gửi đúng báo cáo chưa.`,
    );
  });

  it('a schedule form (a template of lists only) is its list sheet; the entries the school wrote are compiled', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fillableForm(lichTuanLe, CAO_DUONG)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Lịch tổ chức các hoạt động', '_mau']);
    const list = book.getWorksheet('Lịch tổ chức các hoạt động')!;
    list.getRow(5).values = ['7:30', '02/10/2023', '', 'Khai mạc Tuần lễ, phát động đọc sách'];
    list.getRow(6).values = ['14:00', '04/10/2023', '', 'Thi kể chuyện theo sách khối 7'];
    const inbox = join(dir, 'hop-thu-lich');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'lich.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const job = await runConsolidationJob({ inputs: [inbox], outDir: join(dir, 'ket-qua-lich'), unitsFile: join(dir, 'danh-sach.csv'), year: 2023, templateId: 'lich-tuan-le', threads: 1 });
    expect(job.result.units.find((u) => u.code === 'THCS-CD')!.status).toBe('accepted');
    const compiled = job.result.lists![0].entries.map((e) => e.entry.values.map((v) => v.value));
    expect(compiled).toEqual([
      ['07:30', '2023-10-02', 'Trường THCS Cao Dương', 'Khai mạc Tuần lễ, phát động đọc sách'],
      ['14:00', '2023-10-04', 'Trường THCS Cao Dương', 'Thi kể chuyện theo sách khối 7'],
    ]);
  });

  it('reads by cell, not by meaning: rows with the same label under different headings stay apart', async () => {
    const row = (code: string, label: string, parent?: string) =>
      ({ code, stt: parent ? '' : code, label, unit: parent ? 'người' : '', kind: parent ? 'measured' : 'heading', measures: parent ? ['value'] : [], ...(parent ? { parent } : {}) }) as Template['rows'][number];
    const staff: Template = {
      id: 'nhan-su',
      version: '1',
      name: 'Thống kê đội ngũ',
      campaign: 'Đội ngũ',
      columns: [{ key: 'stt', header: 'STT' }, { key: 'label', header: 'Nội dung' }, { key: 'unit', header: 'Đơn vị tính' }, { key: 'value', header: 'Số lượng' }],
      rows: [row('1', 'Giáo viên'), row('1.1', 'Nam', '1'), row('1.2', 'Nữ', '1'), row('2', 'Nhân viên'), row('2.1', 'Nam', '2'), row('2.2', 'Nữ', '2')],
      rules: [],
      outline: [],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fillableForm(staff, CAO_DUONG)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(FORM_SHEET)!;
    // Header on row 5, the rows from row 6 in template order: 1.1 is D7, 2.2 is D11.
    [['D7', 21], ['D8', 34], ['D10', 3], ['D11', '5']].forEach(([address, v]) => (ws.getCell(address as string).value = v));
    const doc = await readXlsx(Buffer.from(await book.xlsx.writeBuffer()), 'doi-ngu.xlsx');
    const { extraction, findings } = readTableOf(doc, staff);
    expect(findings).toEqual([]);
    expect(extraction!.values.map((v) => [v.row, v.value, v.where])).toEqual([
      ['1.1', 21, 'Biểu mẫu!D7'],
      ['1.2', 34, 'Biểu mẫu!D8'],
      ['2.1', 3, 'Biểu mẫu!D10'],
      ['2.2', 5, 'Biểu mẫu!D11'],
    ]);
  });

  it('ties a form to its unit even from another unit’s address, and says so', () => {
    const identity = new ContainerIdentifier([LIEN_CHAU, CAO_DUONG]).identify([
      { fileName: 'bieu-mau.xlsx', sender: 'THCSCaoDuong@thanhoai.edu.vn', formUnit: { code: 'TH-LC', name: LIEN_CHAU.name } },
    ]);
    expect(identity.match).toMatchObject({ unit: { code: 'TH-LC' }, by: 'form' });
    expect(identity.warning?.message).toBe(
      'Biểu mẫu bieu-mau.xlsx được lập cho Trường Tiểu học Liên Châu nhưng gửi từ địa chỉ thcscaoduong@thanhoai.edu.vn của Trường THCS Cao Dương: hãy kiểm tra đơn vị đã điền đúng biểu mẫu của mình chưa.',
    );
  });
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe.skipIf(!soffice || !existsSync('/usr/bin/pdftotext'))('LibreOffice opens the form', () => {
  it('converts it to a one-page-wide PDF with the unit and the rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bieu-mau-lo-'));
    try {
      writeFileSync(join(dir, 'bieu-mau.xlsx'), await fillableForm(llw2022, LIEN_CHAU));
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bieu-mau.xlsx')], { stdio: 'ignore', timeout: 120_000 });
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'bieu-mau.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Đơn vị báo cáo: Trường Tiểu học Liên Châu');
      expect(text).toContain('Bồi dưỡng thường xuyên cho giáo viên');
      // The marker sheet is very hidden: it is never printed.
      expect(text).not.toContain('tonghop-baocao/bieu-mau');
      expect(readFileSync(join(dir, 'bieu-mau.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('a form filled and saved again by LibreOffice is still read cell by cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bieu-mau-lo-'));
    try {
      writeFileSync(join(dir, 'da-dien.xlsx'), await fillLikeASchool(await fillableForm(llw2022, LIEN_CHAU)));
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'lo'), join(dir, 'da-dien.xlsx')], { stdio: 'ignore', timeout: 120_000 });
      const doc = await readXlsx(readFileSync(join(dir, 'lo', 'da-dien.xlsx')), 'da-dien.xlsx');
      const { extraction, findings } = readTableOf(doc, llw2022);
      // LibreOffice's SUM leaves out "1.500" typed as text and shows 60: the form's sum is its rows', said once.
      expect(findings.map((f) => [f.rule, f.where, f.message])).toEqual([
        ['form-sum-text', 'Biểu mẫu!E8', 'Dòng 1.0 (Tổng số người tham gia): ô E8, trang tính "Biểu mẫu" hiển thị 60 vì chương trình bảng tính không cộng số ghi dạng chữ (ô E15, trang tính "Biểu mẫu"); ứng dụng đã cộng lại: 1.560.'],
      ]);
      const figures = figuresOf(extraction!);
      expect(figures['1.0']).toEqual({ count: 5, people: 1560 });
      expect(figures['10.1']).toEqual({ value: 1_500_000 });
      expect(extraction!.texts['11']).toBe('Tổ chức ngày hội đọc sách cho học sinh khối 5');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
