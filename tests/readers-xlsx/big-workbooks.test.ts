import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { SHEET_MAX_ROWS } from '../../src-main/core/readers/xlsx-sheet-grid';
import { bigWorkbook, templateWorkbook, toBuffer } from './build-workbooks';

describe('reading big and many workbooks', () => {
  it('reads the top of a 100,000-row sheet quickly, notes the cut and keeps merges', async () => {
    const bytes = await bigWorkbook(100_000);
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const doc = await readXlsx(bytes, 'Danh sách học sinh.xlsx');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300 * 1024 * 1024);
    const rows = doc.tables[0].rows;
    expect(rows).toHaveLength(SHEET_MAX_ROWS);
    expect(rows[SHEET_MAX_ROWS - 1][1]).toMatchObject({ text: `Nguyễn Văn ${SHEET_MAX_ROWS}`, where: `Dữ liệu!B${SHEET_MAX_ROWS}` });
    expect(rows[0][2]).toMatchObject({ text: 'DANH SÁCH HỌC SINH', mergedCopy: true });
    const note = doc.notes.find((n) => n.rule === 'sheet-truncated');
    expect(note).toMatchObject({ severity: 'warning', where: 'Dữ liệu' });
    expect(note?.message).toContain('Danh sách học sinh.xlsx');
  });

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

  it('reads small school workbooks fast enough for a district (200 in well under 10 s)', async () => {
    const bytes = await toBuffer(templateWorkbook());
    const started = performance.now();
    for (let i = 0; i < 200; i++) await readXlsx(bytes, `truong-${i}.xlsx`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
