import type { Workbook, Worksheet } from 'exceljs';
import { a4Print, bodyStyle, numberStyle, setView, writeHeaderRow, writeTitle } from './sheet-style';
import { styleIndex, writeRowsXml, type SheetCellValue } from './sheet-rows-xml';

/** A sheet of one row per number: its title, headers, column widths and the header of the value column. */
export interface NumberListLayout {
  name: string;
  title: string;
  headers: readonly string[];
  widths: number[];
  valueHeader: string;
}

const HEADER_ROW = 3;

/**
 * A long sheet of one row per number (over a hundred thousand rows at 2,000 units), printed
 * landscape with its header repeated, frozen under the header, filtered, its rows written as
 * XML (sheet-rows-xml.ts). Unwrapped: row heights are not fitted to wrapped text by every
 * reader, and the lines would overlap.
 */
export async function addNumberListSheet(wb: Workbook, layout: NumberListLayout, rows: Iterable<SheetCellValue[]>): Promise<Worksheet> {
  const { headers } = layout;
  const ws = wb.addWorksheet(layout.name, a4Print('landscape', `${HEADER_ROW}:${HEADER_ROW}`));
  writeTitle(ws, 1, headers.length, layout.title);
  writeHeaderRow(ws, HEADER_ROW, [...headers]);
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // The streaming writer writes the sheet's settings with its first committed row.
  setView(ws, { state: 'frozen', ySplit: HEADER_ROW });
  const styles = headers.map((h) => styleIndex(wb, h === layout.valueHeader ? numberStyle() : bodyStyle()));
  const end = await writeRowsXml(ws, HEADER_ROW + 1, rows, styles);
  if (end > HEADER_ROW + 1) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: end - 1, column: headers.length } };
  return ws;
}
