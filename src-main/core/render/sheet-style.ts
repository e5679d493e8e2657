import type { AddWorksheetOptions, Alignment, Borders, Cell, Font, PageSetup, Style, Worksheet, WorksheetView } from 'exceljs';

/**
 * Looks shared by the sheets the app writes. Vietnamese administrative documents are set in
 * Times New Roman; tables have thin borders all round.
 */

export const FONT: Partial<Font> = { name: 'Times New Roman', size: 12 };

/**
 * '#,##0' and not a literal-dot format: the "," is Excel's grouping placeholder, shown with
 * the reader's regional separator, so Vietnamese Excel shows "1.500.000" while English
 * Excel and LibreOffice with an English locale show "1,500,000". A literal-dot format
 * ('#"."###') would fix the look everywhere but breaks past two groups (money reaches
 * billions) and misleads every non-Vietnamese reader; the cell stays a real number either way.
 */
export const NUMBER_FORMAT = '#,##0';

const thin = { style: 'thin' as const };
export const THIN_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const headerFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7EEF7' } };

/**
 * One style object per look, shared by every cell that has it: exceljs's writer knows a style
 * it has seen by the object, so a look is written once instead of once per cell (the annex of
 * 2,000 units spent seconds on it). A cell styled so is never changed afterwards (`cell.font = …`
 * would change every cell sharing the object): it is given another shared look instead.
 */
const looks = new Map<string, Partial<Style>>();
function look(key: string, make: () => Partial<Style>): Partial<Style> {
  let style = looks.get(key);
  if (!style) looks.set(key, (style = make()));
  return style;
}

export function styleHeader(cell: Cell): void {
  cell.style = look('header', () => ({
    font: { ...FONT, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: THIN_BORDER,
    fill: headerFill,
  }));
}

export interface BodyLook {
  bold?: boolean;
  align?: Alignment['horizontal'];
  wrap?: boolean;
  /** Text colour (ARGB), e.g. errors in red. */
  color?: string;
}

/** The body style as one shared object (a whole column of the source sheet shares it). */
export function bodyStyle(opts: BodyLook = {}): Partial<Style> {
  const { bold = false, align = 'left', wrap = false, color } = opts;
  return look(`body|${bold}|${align}|${wrap}|${color ?? ''}`, () => ({
    font: color ? { ...FONT, bold, color: { argb: color } } : { ...FONT, bold },
    alignment: { horizontal: align, vertical: 'middle', wrapText: wrap },
    border: THIN_BORDER,
  }));
}

export function styleBody(cell: Cell, opts: BodyLook = {}): void {
  cell.style = bodyStyle(opts);
}

export function numberStyle(bold = false): Partial<Style> {
  return look(`number|${bold}`, () => ({ ...bodyStyle({ bold, align: 'right' }), numFmt: NUMBER_FORMAT }));
}

export function styleNumber(cell: Cell, bold = false): void {
  cell.style = numberStyle(bold);
}

/**
 * Height for a row whose wrapped cells hold long text. Neither exceljs nor every reader
 * fits row heights on opening (LibreOffice keeps the default and the lines overlap), so
 * estimate: a Times 12 character is about one width unit, a line about 16 points.
 */
export function fitRowHeight(ws: Worksheet, row: number): void {
  let lines = 1;
  ws.getRow(row).eachCell((cell) => {
    if (!cell.alignment?.wrapText || typeof cell.value !== 'string') return;
    const perLine = Math.max(1, Math.floor((ws.getColumn(cell.col).width ?? 10) * 0.95));
    const cellLines = cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, cellLines);
  });
  if (lines > 1) ws.getRow(row).height = lines * 16 + 2;
}

/** A bold centred line merged across the table's width. */
export function writeTitle(ws: Worksheet, row: number, lastCol: number, text: string, size = 14): void {
  ws.mergeCells(row, 1, row, lastCol);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, size, bold: size >= 13, italic: size < 13 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** One header row of plain column titles. */
export function writeHeaderRow(ws: Worksheet, row: number, headers: string[]): void {
  headers.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    styleHeader(cell);
  });
}

/**
 * A4, fitted to the page width (as many pages down as the rows need), the header rows
 * repeated on every printed page, page numbers in the footer. Given when the sheet is added:
 * the streaming writer writes the "fit to page" flag (sheetPr) with the sheet's first bytes,
 * so a setup assigned afterwards prints at 100 % across as many pages as the columns take.
 */
export function a4Print(
  orientation: 'portrait' | 'landscape',
  titleRows: string,
  overrides: Partial<PageSetup> = {},
): Partial<AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: titleRows,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...overrides,
    },
    headerFooter: { oddFooter: 'Trang &P/&N' },
  };
}

/** dd/mm/yyyy from an ISO date; the input unchanged when it is not one. */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Frozen panes and the like; the streaming writer's views can be changed only in place. */
export function setView(ws: Worksheet, view: Partial<WorksheetView>): void {
  ws.views.splice(0, ws.views.length, view as WorksheetView);
}


const inputFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF9E0' } };

const INPUT_FORMATS = { number: NUMBER_FORMAT, money: '#,##0.##', text: '@', date: 'dd/mm/yyyy', time: 'hh:mm' } as const;

/** A cell a school fills in a sheet otherwise protected: unlocked, tinted so it is seen. */
export function inputStyle(kind: keyof typeof INPUT_FORMATS): Partial<Style> {
  return look(`input|${kind}`, () => ({
    ...bodyStyle({ align: kind === 'text' ? 'left' : 'right', wrap: kind === 'text' }),
    numFmt: INPUT_FORMATS[kind],
    fill: inputFill,
    protection: { locked: false },
  }));
}
