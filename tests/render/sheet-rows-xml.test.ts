import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../src-main/core/readers/zip-directory';
import { inflateEntry } from '../../src-main/core/readers/zip-parts';
import { a4Print, bodyStyle, numberStyle, setView, writeHeaderRow, writeTitle } from '../../src-main/core/render/sheet-style';
import { styleIndex, writeRowsXml, type SheetCellValue } from '../../src-main/core/render/sheet-rows-xml';
import { loadWorkbook } from '../../src-main/core/render/xlsx-io';

const HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Giá trị', 'Ghi trong tệp', 'Tệp', 'Ô'];
const VALUE_COL = 2;

/** Rows a district gives: NFC and NFD Vietnamese, markup characters, a control character, big numbers, empty cells. */
function sampleRows(n: number): SheetCellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `TH-BINH-MINH-${i}`,
    i % 2 ? 'Trường Tiểu học Bình Minh' : 'Trường Tiểu học Bình Minh'.normalize('NFD'),
    i % 5 === 0 ? null : 1_500_000 + i,
    i % 3 ? '1.500.000' : 'R&D <"số" \'tạm\'>\u0007',
    `hop-thu/${String(i).padStart(4, '0')} BC HTSĐ 2023.xlsx`,
    i % 7 ? `D${8 + i}` : '',
  ]);
}

/** Two sheets alike around their rows: one whose rows exceljs writes, one whose rows writeRowsXml writes. */
async function workbookOfBoth(rows: SheetCellValue[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const styles = HEADERS.map((_, c) => (c === VALUE_COL ? numberStyle() : bodyStyle()));
  const sheet = (name: string) => {
    const ws = wb.addWorksheet(name, a4Print('landscape', '3:3'));
    writeTitle(ws, 1, HEADERS.length, 'NGUỒN CỦA TỪNG SỐ LIỆU');
    writeHeaderRow(ws, 3, HEADERS);
    HEADERS.forEach((_, i) => (ws.getColumn(i + 1).width = 12 + i));
    setView(ws, { state: 'frozen', ySplit: 3 });
    return ws;
  };
  const byExceljs = sheet('A');
  rows.forEach((values, i) => {
    const line = byExceljs.getRow(4 + i);
    line.values = values;
    line.eachCell({ includeEmpty: true }, (cell, c) => (cell.style = styles[c - 1]));
    line.commit();
  });
  byExceljs.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + rows.length, column: HEADERS.length } };
  byExceljs.commit();
  const byXml = sheet('B');
  const end = await writeRowsXml(
    byXml,
    4,
    rows,
    styles.map((s) => styleIndex(wb, s)),
  );
  byXml.autoFilter = { from: { row: 3, column: 1 }, to: { row: end - 1, column: HEADERS.length } };
  byXml.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

async function sheetXml(bytes: Buffer, n: number): Promise<string> {
  const { entries } = await readZipDirectory(bytes, 100);
  const entry = entries.find((e) => e.name.endsWith(`worksheets/sheet${n}.xml`));
  if (!entry) throw new Error(`no sheet${n}.xml`);
  return inflateEntry(bytes, entry).toString();
}

describe('sheet rows written as XML', () => {
  // More rows than are written in one turn of the event loop.
  const rows = sampleRows(4500);

  it('writes the very XML exceljs writes for the same rows and looks', async () => {
    const bytes = await workbookOfBoth(rows);
    const [a, b] = [await sheetXml(bytes, 1), await sheetXml(bytes, 2)];
    expect(b.length).toBeGreaterThan(rows.length * 200);
    expect(b).toBe(a);
  });

  it('reads back cell by cell as the rows exceljs wrote: values, looks, number formats, widths, filter', async () => {
    const wb = await loadWorkbook(await workbookOfBoth(rows));
    const [a, b] = [wb.getWorksheet('A')!, wb.getWorksheet('B')!];
    expect(b.rowCount).toBe(3 + rows.length);
    expect(b.getCell(4 + 1, 2).value).toBe('Trường Tiểu học Bình Minh');
    expect(b.getCell(4, 2).value).toBe('Trường Tiểu học Bình Minh'.normalize('NFD'));
    expect(b.getCell(4, 4).value).toBe('R&D <"số" \'tạm\'>');
    expect(b.getCell(5, 3).value).toBe(1_500_001);
    expect(b.getCell(5, 3).numFmt).toBe('#,##0');
    for (let r = 1; r <= a.rowCount; r++) {
      for (let c = 1; c <= HEADERS.length; c++) {
        const [x, y] = [a.getCell(r, c), b.getCell(r, c)];
        expect([r, c, y.value, y.numFmt, y.font, y.border, y.alignment]).toEqual([r, c, x.value, x.numFmt, x.font, x.border, x.alignment]);
      }
    }
    expect(HEADERS.map((_, i) => b.getColumn(i + 1).width)).toEqual(HEADERS.map((_, i) => a.getColumn(i + 1).width));
    expect(b.autoFilter).toEqual(a.autoFilter);
    expect(b.pageSetup).toEqual(a.pageSetup);
    expect(b.views).toEqual(a.views);
  });
});
