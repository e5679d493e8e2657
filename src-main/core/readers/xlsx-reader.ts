/**
 * .xlsx/.xlsm → SourceDocument. The container is checked before exceljs unpacks it, and
 * every exceljs failure becomes a ReadError the specialist can act on.
 */
import ExcelJS from 'exceljs';
import type { ReaderNote, SourceDocument, SourceTable } from '../model/source';
import { checkOoxmlContainer, defaultContainerLimits } from './ooxml-guard';
import { ReadError } from './read-error';
import { kindLabel, zipKindOfParts } from './sniff';
import { headerText } from './xlsx-header-text';
import { SHEET_MAX_ROWS, sheetToTable } from './xlsx-sheet-grid';
import { WORKSHEET_PART, trimOversizedSheets } from './xlsx-sheet-trim';
import { readZipDirectory } from './zip-directory';

export { readCsv } from './csv-reader';

export async function readXlsx(bytes: Buffer, fileName: string): Promise<SourceDocument> {
  await checkOoxmlContainer(bytes, fileName);
  const { entries } = await readZipDirectory(bytes, defaultContainerLimits.maxEntries);
  const kind = zipKindOfParts(entries.map((e) => e.name));
  if (kind !== 'xlsx' && kind !== 'xlsm') {
    throw new ReadError('corrupt-file', `Không đọc được tệp ${fileName} như bảng tính Excel: tệp thực chất là ${kindLabel(kind)}.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // One row past the limit survives the cut, so the sheet reader can tell the sheet was cut.
    const loadable = await trimOversizedSheets(bytes, entries, SHEET_MAX_ROWS + 1, fileName);
    // exceljs types its input with an old Buffer interface that Node's Buffer no longer matches.
    await workbook.xlsx.load(loadable as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(
      'corrupt-file',
      `Không đọc được tệp ${fileName}: tệp Excel bị hỏng hoặc không đúng định dạng (${(error as Error).message}).`,
    );
  }
  const tables: SourceTable[] = [];
  const notes: ReaderNote[] = [];
  workbook.worksheets.forEach((sheet, i) => {
    const read = sheetToTable(sheet, i + 1, fileName);
    tables.push(read.table);
    notes.push(...read.notes);
  });
  const sheetParts = entries.filter((e) => WORKSHEET_PART.test(e.name)).length;
  if (tables.length < sheetParts) {
    notes.push({
      severity: 'warning',
      rule: 'sheet-not-read',
      where: null,
      message: `Tệp ${fileName} có ${sheetParts} trang tính nhưng chỉ đọc được ${tables.length}: hãy mở tệp bằng Excel, lưu lại rồi gửi lại.`,
    });
  }
  if (tables.every((t) => t.rows.length === 0)) {
    throw new ReadError('empty-workbook', `Tệp ${fileName} không có số liệu: mọi trang tính đều trống.`);
  }
  return { fileName, format: 'xlsx', tables, sections: [], headerText: headerText(tables), notes };
}
