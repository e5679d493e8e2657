import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { SHEET_MAX_ROWS } from '../../src-main/core/readers/xlsx-sheet-grid';
import { bigWorkbook, toBuffer } from './build-workbooks';

describe('reading big workbooks', () => {
  it('reads the top of a 100,000-row sheet, notes the cut and keeps merges', async () => {
    const doc = await readXlsx(await bigWorkbook(100_000), 'Danh sách học sinh.xlsx');
    const rows = doc.tables[0].rows;
    expect(rows).toHaveLength(SHEET_MAX_ROWS);
    expect(rows[SHEET_MAX_ROWS - 1][1]).toMatchObject({ text: `Nguyễn Văn ${SHEET_MAX_ROWS}`, where: `Dữ liệu!B${SHEET_MAX_ROWS}` });
    expect(rows[0][2]).toMatchObject({ text: 'DANH SÁCH HỌC SINH', mergedCopy: true });
    const note = doc.notes.find((n) => n.rule === 'sheet-truncated');
    expect(note).toMatchObject({ severity: 'warning', where: 'Dữ liệu' });
    expect(note?.message).toContain('Danh sách học sinh.xlsx');
  }, 20_000);

  it('reads a sheet just under the cut whole, without a note', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đủ');
    for (let r = 1; r <= SHEET_MAX_ROWS; r++) ws.getCell(`A${r}`).value = r;
    const doc = await readXlsx(await toBuffer(wb), 'du.xlsx');
    expect(doc.tables[0].rows).toHaveLength(SHEET_MAX_ROWS);
    expect(doc.notes).toEqual([]);
  });

  it('notes the cut for a sheet one row too long that is small enough to load whole', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dài');
    for (let r = 1; r <= SHEET_MAX_ROWS + 1; r++) ws.getCell(`A${r}`).value = r;
    const doc = await readXlsx(await toBuffer(wb), 'dai.xlsx');
    expect(doc.tables[0].rows).toHaveLength(SHEET_MAX_ROWS);
    expect(doc.notes.map((n) => n.rule)).toEqual(['sheet-truncated']);
  });
});
