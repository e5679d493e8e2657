import type { Style, Workbook, Worksheet } from 'exceljs';
import { columnLetters } from '../readers/xlsx-sheet-xml';

/**
 * A sheet's long body written as sheet XML straight into exceljs's streaming sheet, row by
 * row, the way exceljs itself writes a committed row (the same tags, attributes and style
 * indexes), without its row and cell objects: the source of every number of 2,000 units is
 * over a hundred thousand rows, and building a model per cell cost most of the workbook's
 * time. exceljs still writes everything around the rows (columns, views, merges, filter,
 * print setup, styles). Its writer has no public way in for rows of XML, hence the two
 * internals below, kept to this module.
 */

/** A cell's content: a number, a text, or nothing (the cell keeps its look). */
export type SheetCellValue = number | string | null;

interface StreamingSheet {
  stream: { write(xml: string): void };
}
interface StylesIndex {
  addStyleModel(style: Partial<Style>): number;
}

/** exceljs's index of a look in the workbook's styles, the one it gives a cell of that look. */
export function styleIndex(wb: Workbook, style: Partial<Style>): number {
  return (wb as unknown as { styles: StylesIndex }).styles.addStyleModel(style);
}

/** XML text as exceljs escapes it: the five markup characters, and control characters dropped. */
function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/["&'<>]/g, (ch) => ESCAPES.get(ch)!);
}
const ESCAPES = new Map([
  ['"', '&quot;'],
  ['&', '&amp;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

function cellXml(ref: string, style: number, value: SheetCellValue): string {
  if (value === null) return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="str"><v>${escapeXml(value)}</v></c>`;
}

/** Rows written between two turns of the event loop, so the archive deflates what was written. */
const ROWS_PER_TURN = 2000;

/**
 * Writes `rows` from row `first` on, cell i with style index `styles[i]`, into a streaming
 * sheet not committed yet, after committing the rows above (exceljs writes nothing more
 * there). Returns the
 * number of the row after the last. Every few thousand rows it lets the archive take what is
 * written, so the sheet's XML is never held whole.
 */
export async function writeRowsXml(ws: Worksheet, first: number, rows: Iterable<SheetCellValue[]>, styles: number[]): Promise<number> {
  ws.getRow(first - 1).commit();
  const stream = (ws as unknown as StreamingSheet).stream;
  const letters = styles.map((_, i) => columnLetters(i + 1));
  let r = first;
  let chunk: string[] = [];
  for (const values of rows) {
    const cells = values.map((v, i) => cellXml(`${letters[i]}${r}`, styles[i], v)).join('');
    chunk.push(`<row r="${r}" spans="1:${values.length}" x14ac:dyDescent="0.25">${cells}</row>`);
    r++;
    if (chunk.length === ROWS_PER_TURN) {
      stream.write(chunk.join(''));
      chunk = [];
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (chunk.length) stream.write(chunk.join(''));
  return r;
}
