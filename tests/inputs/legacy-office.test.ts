import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { convertLegacyOffice, findLibreOffice } from '../../src-main/core/readers/legacy-office';

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
