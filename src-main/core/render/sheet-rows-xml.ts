import type { Style, Workbook, Worksheet } from 'exceljs';
import { columnLetters } from '../readers/xlsx-sheet-xml';

/**
 * A sheet's long body written as sheet XML straight into exceljs's streaming sheet, row by
 * row, the way exceljs itself writes a committed row (the same tags, attributes and style
 * indexes), without its row and cell objects: the source of every number of 2,000 units is
 * over a hundred thousand rows, and building a model per cell cost most of the workbook's
 * time. exceljs still writes everything around the rows (columns, views, merges, filter,
 * print setup, styles). Its writer has no public way in for rows of XML, hence the
 * internals below (its sheet's stream, its workbook's styles and shared strings), kept to this module.
 */

/** A cell's content: a number, a text, or nothing (the cell keeps its look). */
export type SheetCellValue = number | string | null;

interface StreamingSheet {
  stream: { write(xml: string): void };
  _workbook: { sharedStrings: SharedStrings };
}
interface SharedStrings {
  add(text: string): number;
}
interface StylesIndex {
  addStyleModel(style: Partial<Style>): number;
}

/** exceljs's index of a look in the workbook's styles, the one it gives a cell of that look. */
export function styleIndex(wb: Workbook, style: Partial<Style>): number {
  return (wb as unknown as { styles: StylesIndex }).styles.addStyleModel(style);
}

/** Rows written between two turns of the event loop, so the archive deflates what was written. */
const ROWS_PER_TURN = 2000;

/**
 * Writes `rows` from row `first` on, cell i with style index `styles[i]`, into a streaming
 * sheet not committed yet, after committing the rows above (exceljs writes nothing more
 * there). Texts go into the workbook's shared strings, as exceljs puts them when the workbook
 * shares its strings (it must: the same unit, file and row names come back on every row, and
 * written once they are a fraction of the sheet). Returns the number of the row after the
 * last. Every few thousand rows it lets the archive take what is written, so the sheet's XML
 * is never held whole.
 */
export async function writeRowsXml(ws: Worksheet, first: number, rows: Iterable<SheetCellValue[]>, styles: number[]): Promise<number> {
  ws.getRow(first - 1).commit();
  const sheet = ws as unknown as StreamingSheet;
  const strings = sheet._workbook.sharedStrings;
  const letters = styles.map((_, i) => columnLetters(i + 1));
  let r = first;
  let chunk = '';
  let inChunk = 0;
  for (const values of rows) {
    chunk += `<row r="${r}" spans="1:${values.length}" x14ac:dyDescent="0.25">`;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const cell = `<c r="${letters[i]}${r}" s="${styles[i]}"`;
      if (value === null) chunk += `${cell}/>`;
      else if (typeof value === 'number') chunk += `${cell}><v>${value}</v></c>`;
      else chunk += `${cell} t="s"><v>${strings.add(value)}</v></c>`;
    }
    chunk += '</row>';
    r++;
    if (++inChunk === ROWS_PER_TURN) {
      sheet.stream.write(chunk);
      chunk = '';
      inChunk = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (chunk) sheet.stream.write(chunk);
  return r;
}
