/**
 * .xlsx/.xlsm → SourceDocument, read straight from the package's XML: the container is
 * checked first (size, zip bomb, password), then only the parts the tables need are
 * inflated and parsed, sheet by sheet; every failure is a ReadError the specialist can act on.
 */
import type { ReaderNote, SourceDocument, SourceTable } from '../model/source';
import { checkOoxmlContainer, defaultContainerLimits } from './ooxml-guard';
import { ReadError } from './read-error';
import { kindLabel, zipKindOfParts } from './sniff';
import { headerText } from './xlsx-header-text';
import { XlsxPackage } from './xlsx-package';
import { SHEET_MAX_ROWS, sheetToTable } from './xlsx-sheet-grid';
import { WORKSHEET_PART, sheetXmlText } from './xlsx-sheet-trim';
import { parseSheet } from './xlsx-sheet-xml';
import { readZipDirectory } from './zip-directory';

export { readCsv } from './csv-reader';

export async function readXlsx(bytes: Buffer, fileName: string): Promise<SourceDocument> {
  await checkOoxmlContainer(bytes, fileName);
  const { entries } = await readZipDirectory(bytes, defaultContainerLimits.maxEntries);
  const kind = zipKindOfParts(entries.map((e) => e.name));
  if (kind !== 'xlsx' && kind !== 'xlsm') {
    throw new ReadError('corrupt-file', `Không đọc được tệp ${fileName} như bảng tính Excel: tệp thực chất là ${kindLabel(kind)}.`);
  }
  const pkg = new XlsxPackage(bytes, entries, fileName);
  const workbook = pkg.workbookParts();
  const tables: SourceTable[] = [];
  const notes: ReaderNote[] = [];
  for (const info of workbook.sheets) {
    const entry = pkg.entry(info.part);
    if (!entry) continue;
    // One row past the limit survives the cut, so the sheet reader can tell the sheet was cut.
    const xml = pkg.parse(await sheetXmlText(pkg, entry, SHEET_MAX_ROWS + 1), info.part);
    const read = sheetToTable(parseSheet(xml, workbook), info, tables.length + 1, fileName, workbook.date1904);
    tables.push(read.table);
    notes.push(...read.notes);
  }
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
