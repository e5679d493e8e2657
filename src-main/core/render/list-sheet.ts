import type { Workbook, Worksheet } from 'exceljs';
import { entrySource, entryTexts } from '../consolidate/entry-text';
import type { CompiledList, ConsolidationResult } from '../model/consolidation';
import type { ListColumnType, TemplateList } from '../model/template';
import { a4Print, bodyStyle, fitRowHeight, setView, viDate, writeHeaderRow, writeTitle } from './sheet-style';

const HEADER_ROW = 4;
const widthByType: Record<ListColumnType, number> = { time: 9, date: 9, number: 11, text: 30 };
/** The list's main text (an activity) gets the room; the unit's name less. */
const MAIN_TEXT_WIDTH = 55;
const SOURCE_WIDTH = 34;
/** Characters Excel refuses in a sheet's name, and its length limit. */
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

function sheetName(list: TemplateList): string {
  return list.title.replace(SHEET_NAME_BAD, ' ').slice(0, SHEET_NAME_MAX).trim();
}

function widths(list: TemplateList): number[] {
  const texts = list.columns.filter((c) => c.type === 'text');
  const main = texts.find((c) => c.key !== list.unitColumn);
  return list.columns.map((c) => (c === main ? MAIN_TEXT_WIDTH : widthByType[c.type]));
}

/**
 * A compiled list on a sheet of its own: TT, the list's columns and "Nguồn" (the school's
 * file and row), in the district's order, landscape and fitted to the page width, the header
 * repeated on every printed page.
 */
function addListSheet(wb: Workbook, result: ConsolidationResult, list: TemplateList, compiled: CompiledList): Worksheet {
  const ws = wb.addWorksheet(sheetName(list), a4Print('landscape', `${HEADER_ROW}:${HEADER_ROW}`));
  const headers = ['TT', ...list.columns.map((c) => c.header), 'Nguồn'];
  [5, ...widths(list), SOURCE_WIDTH].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  writeTitle(ws, 1, headers.length, `${list.title.toLocaleUpperCase('vi')} – ${result.template.campaign.toLocaleUpperCase('vi')} NĂM ${result.campaign.year}`);
  ws.getRow(1).height = 36;
  writeTitle(ws, 2, headers.length, `(Từ ngày ${viDate(result.campaign.weekStart)} đến ngày ${viDate(result.campaign.weekEnd)})`, 12);
  const units = compiled.perUnit.length;
  writeTitle(ws, 3, headers.length, `Tổng hợp ${compiled.entries.length} hoạt động của ${units} đơn vị`, 12);
  writeHeaderRow(ws, HEADER_ROW, headers);
  setView(ws, { state: 'frozen', ySplit: HEADER_ROW });
  const styles = [
    bodyStyle({ align: 'center' }),
    ...list.columns.map((c) => (c.type === 'text' ? bodyStyle({ wrap: true }) : bodyStyle({ align: 'center' }))),
    bodyStyle({ wrap: true }),
  ];
  compiled.entries.forEach((line, i) => {
    const r = HEADER_ROW + 1 + i;
    const row = ws.getRow(r);
    row.values = [line.number, ...entryTexts(list, line.entry), entrySource(line.file, line.entry)];
    row.eachCell({ includeEmpty: true }, (cell, c) => (cell.style = styles[c - 1]));
    fitRowHeight(ws, r);
    row.commit();
  });
  return ws;
}

/** One sheet per list of the template, each compiled list in its own. */
export function addListSheets(wb: Workbook, result: ConsolidationResult): Worksheet[] {
  const byCode = new Map((result.lists ?? []).map((l) => [l.code, l]));
  return (result.template.lists ?? []).flatMap((list) => {
    const compiled = byCode.get(list.code);
    return compiled ? [addListSheet(wb, result, list, compiled)] : [];
  });
}
