import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { convertLegacyFiles, convertLegacyOffice, findLibreOffice, type LegacyFile } from '../../src-main/core/readers/legacy-office';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { saveAsLegacy } from '../../scripts/sample/legacy-inbox';
import { docxOf, p } from '../docx/build-docx';

describe('convertLegacyOffice', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it.skipIf(process.platform !== 'linux')('asks for .docx/.xlsx when LibreOffice is not installed', async () => {
    process.env.PATH = '';
    expect(findLibreOffice()).toBeNull();
    const doc = await convertLegacyOffice(Buffer.from('old'), 'Báo cáo.doc', 'doc');
    expect(doc).toEqual({ error: expect.stringContaining('Tệp Báo cáo.doc là định dạng Word đời cũ (.doc)') });
    expect('error' in doc && doc.error).toContain('gửi lại tệp .docx');
    const xls = await convertLegacyOffice(Buffer.from('old'), 'Biểu.xls', 'xls');
    expect('error' in xls && xls.error).toMatch(/Excel đời cũ \(\.xls\).*\.xlsx.*cài LibreOffice/);
  });

  it.skipIf(findLibreOffice() === null)('converts an .xls with LibreOffice when it is installed', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Biểu 1').getCell('A1').value = 'Số người tham gia';
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    // LibreOffice reads by content, so a .xlsx named .xls stands in for a real .xls here.
    const result = await convertLegacyOffice(xlsx, 'Biểu.xls', 'xls');
    if ('error' in result) throw new Error(result.error);
    expect(result.format).toBe('xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(result.bytes as unknown as ExcelJS.Buffer);
    expect(back.worksheets[0].getCell('A1').value).toBe('Số người tham gia');
  });
});

describe.skipIf(findLibreOffice() === null)('converting the old files of a batch with one LibreOffice', () => {
  let dir: string;
  const old = new Map<string, Buffer>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'legacy-batch-'));
    const modern = join(dir, 'moi');
    mkdirSync(modern);
    for (const school of ['Kim Đồng', 'Lê Lợi']) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Biểu mẫu');
      ws.addRow([`TRƯỜNG TIỂU HỌC ${school.toUpperCase()}`]);
      ws.addRow(['1.1', 'Số người tham gia', 1500]);
      writeFileSync(join(modern, `${school}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
    }
    writeFileSync(join(modern, 'Báo cáo.docx'), await docxOf([p('BÁO CÁO Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời')]));
    // A workbook that takes LibreOffice seconds to save, where a school's report takes hundredths.
    const rows = Array.from({ length: 65_000 }, (_, i) => [i, `Trường số ${i}`, i * 2.5, 'Số người tham gia', i, i + 1, i + 2, i * 3, i * 4, 'ghi chú'].join(','));
    writeFileSync(join(modern, 'Rất lớn.csv'), rows.join('\n'));
    const legacyDir = join(dir, 'cu');
    mkdirSync(legacyDir);
    saveAsLegacy(modern, legacyDir);
    for (const name of readdirSync(legacyDir)) old.set(name, readFileSync(join(legacyDir, name)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (fileName: string): LegacyFile => ({ bytes: old.get(fileName)!, fileName, kind: fileName.endsWith('.doc') ? 'doc' : 'xls' });
  // Each conversion works in a temporary folder of its own, here inside one the test owns.
  const ownTmp = (): string => join(dir, 'tmp');
  const tmpBefore = process.env.TMPDIR;
  beforeEach(() => {
    mkdirSync(ownTmp(), { recursive: true });
    process.env.TMPDIR = ownTmp();
  });
  afterEach(() => {
    process.env.TMPDIR = tmpBefore;
    // Nothing left behind once every result is in: no input copy, output or LibreOffice profile.
    expect(readdirSync(ownTmp())).toEqual([]);
  });

  it('converts each, the Word file and the workbooks alike, each read back with its Vietnamese text', async () => {
    const [kimDong, report, leLoi] = await Promise.all(convertLegacyFiles([file('Kim Đồng.xls'), file('Báo cáo.doc'), file('Lê Lợi.xls')]));
    for (const [converted, school] of [[kimDong, 'KIM ĐỒNG'], [leLoi, 'LÊ LỢI']] as const) {
      if ('error' in converted) throw new Error(converted.error);
      const doc = await readXlsx(converted.bytes, `${school}.xls`);
      expect(doc.tables[0].rows[0][0].text).toBe(`TRƯỜNG TIỂU HỌC ${school}`);
      expect(doc.tables[0].rows[1][2]).toMatchObject({ text: '1500', num: 1500 });
    }
    if ('error' in report) throw new Error(report.error);
    expect(report.format).toBe('docx');
    expect((await readDocx(report.bytes, 'Báo cáo.doc')).headerText).toContain('BÁO CÁO Kết quả tổ chức Tuần lễ');
  });

  it('gives up on a file that takes longer than the limit, and still converts the files around it', async () => {
    const limits = { startupMs: 60_000, perFileMs: 700 };
    const names = ['Kim Đồng.xls', 'Rất lớn.xls', 'Lê Lợi.xls', 'Báo cáo.doc'];
    const results = await Promise.all(convertLegacyFiles(names.map(file), limits));
    expect(results.map((r) => ('error' in r ? r.error : r.format))).toEqual([
      'xlsx',
      expect.stringMatching(/^Không chuyển được tệp Rất lớn\.xls \(Excel đời cũ \(\.xls\)\) sang \.xlsx bằng LibreOffice \(quá 0,7 giây chưa chuyển xong\)/),
      'xlsx',
      'docx',
    ]);
  });

  it('stops a LibreOffice that does not answer, with a reason for every file', async () => {
    const results = await Promise.all(convertLegacyFiles(['Kim Đồng.xls', 'Lê Lợi.xls', 'Báo cáo.doc'].map(file), { startupMs: 0, perFileMs: 1 }));
    const reasons = results.map((r) => ('error' in r ? r.error : 'converted'));
    expect(reasons[0]).toMatch(/^Không chuyển được tệp Kim Đồng\.xls .*quá 0,001 giây chưa chuyển xong/);
    expect(reasons.slice(1)).toEqual([
      expect.stringMatching(/^Không chuyển được tệp Lê Lợi\.xls .*LibreOffice không phản hồi/),
      expect.stringMatching(/^Không chuyển được tệp Báo cáo\.doc .*LibreOffice không phản hồi/),
    ]);
  });
});
