/**
 * A report table as WordprocessingML, written straight into a string: the per-school annex of
 * a large district has thousands of rows, and the docx library's object model of them took
 * about 400 MB and most of the Word file's time. The XML is the one that library wrote for the
 * same table, element for element (bordered grid, fixed layout, header rows repeated on every
 * page, rows never split, row spans as vertical merges).
 */

import type { CellAlign, ReportTable, ReportTableCell } from './document';
import { CELL_PADDING_PT } from './layout';
import { gridOf, type GridSlot } from './table-grid';
import { columnWidths } from './table-widths';

/** Word's font name: on the office's Windows PCs it is always there. */
export const WORD_FONT = 'Times New Roman';
const TWIPS_PER_PT = 20;

export const tw = (pt: number): number => Math.round(pt * TWIPS_PER_PT);
/** Word sizes text in half points. */
export const halfPoints = (pt: number): number => pt * 2;

/** As the docx library escapes text and attributes: the five entities, control characters dropped. */
const ESCAPES = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);
const escapeXml = (s: string): string => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES.get(c) ?? '');

const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`).join('')}</w:tblBorders>`;
const CELL_MARGINS = `<w:tcMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="${tw(CELL_PADDING_PT)}"/><w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="${tw(CELL_PADDING_PT)}"/></w:tcMar>`;
const FONTS = `<w:rFonts w:ascii="${WORD_FONT}" w:cs="${WORD_FONT}" w:eastAsia="${WORD_FONT}" w:hAnsi="${WORD_FONT}"/>`;

/** An on/off run property as the library writes it: absent, on, or explicitly off. */
function onOff(tag: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? `<w:${tag}/><w:${tag}Cs/>` : `<w:${tag} w:val="false"/><w:${tag}Cs w:val="false"/>`;
}

function runXml(cell: ReportTableCell, fontSize: number): string {
  const sz = halfPoints(fontSize);
  const rPr = `${FONTS}${onOff('b', cell.bold)}${onOff('i', cell.italic)}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`;
  return `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${escapeXml(cell.text.normalize('NFC'))}</w:t></w:r>`;
}

function cellXml(slot: Exclude<GridSlot, { kind: 'col-covered' }>, widthTw: number, span: number, header: boolean, fontSize: number): string {
  const cell = slot.kind === 'cell' ? slot.cell : null;
  const merge = slot.kind === 'row-covered' ? 'continue' : (cell?.rowSpan ?? 1) > 1 ? 'restart' : null;
  const tcPr =
    `<w:tcW w:type="dxa" w:w="${widthTw}"/>` +
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
    (merge ? `<w:vMerge w:val="${merge}"/>` : '') +
    `${CELL_MARGINS}<w:vAlign w:val="${header ? 'center' : 'top'}"/>`;
  const align: CellAlign = cell?.align ?? 'left';
  const paragraph = `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="240"/><w:jc w:val="${align}"/></w:pPr>${cell ? runXml(cell, fontSize) : ''}</w:p>`;
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${paragraph}</w:tc>`;
}

function* rowsXml(table: ReportTable, widths: number[], header: boolean): Generator<string> {
  for (const slots of gridOf(header ? table.header : table.body, widths.length)) {
    const parts = [`<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>`];
    slots.forEach((slot, c) => {
      if (slot.kind === 'col-covered') return;
      const span = slot.kind === 'cell' ? Math.max(1, slot.cell.colSpan ?? 1) : slot.colSpan;
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      parts.push(cellXml(slot, tw(width), span, header, table.fontSize));
    });
    parts.push('</w:tr>');
    yield parts.join('');
  }
}

/**
 * The table `widthPt` wide, its columns as table-widths.ts shares them: its XML
 * row by row, so that a long annex is never held whole.
 */
export function* gridTableXml(table: ReportTable, widthPt: number): Generator<string> {
  const widths = columnWidths(table, widthPt, 2 * CELL_PADDING_PT);
  const grid = widths.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join('');
  yield `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${tw(widthPt)}"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>`;
  yield* rowsXml(table, widths, true);
  yield* rowsXml(table, widths, false);
  yield '</w:tbl>';
}
