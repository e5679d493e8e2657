/**
 * The district report's annex of a compiled list, laid out like the district's own plan
 * (seed 002): "LỊCH …", the week, "(Kèm theo Báo cáo số …)", then TT and the list's columns.
 */
import { entryTexts } from '../consolidate/entry-text';
import type { CompiledList, ConsolidationResult } from '../model/consolidation';
import type { ListColumnType, TemplateList } from '../model/template';
import type { CellAlign, ReportAnnex, ReportTable, ReportTableCell } from './document';
import { shortDate } from './vn-format';

const LIST_FONT_SIZE = 12;
const weightByType: Record<ListColumnType, number> = { time: 5, date: 5, number: 6, text: 14 };
const MAIN_TEXT_WEIGHT = 30;

function listTable(list: TemplateList, compiled: CompiledList): ReportTable {
  const main = list.columns.find((c) => c.type === 'text' && c.key !== list.unitColumn);
  const align = (type: ListColumnType): CellAlign => (type === 'text' ? 'left' : 'center');
  const body = compiled.entries.map((line): ReportTableCell[] => [
    { text: String(line.number), align: 'center' },
    ...entryTexts(list, line.entry).map((text, i) => ({ text, align: align(list.columns[i].type) })),
  ]);
  return {
    widths: [3, ...list.columns.map((c) => (c === main ? MAIN_TEXT_WEIGHT : weightByType[c.type]))],
    header: [[{ text: 'TT', bold: true, align: 'center' }, ...list.columns.map((c): ReportTableCell => ({ text: c.header, bold: true, align: 'center' }))]],
    body,
    fontSize: LIST_FONT_SIZE,
    landscape: false,
  };
}

/** One annex per compiled list; `attachedTo` is the "(Kèm theo Báo cáo số …)" line. */
export function listAnnexes(result: ConsolidationResult, attachedTo: string): ReportAnnex[] {
  const byCode = new Map((result.lists ?? []).map((l) => [l.code, l]));
  const { template, campaign } = result;
  return (template.lists ?? []).flatMap((list) => {
    const compiled = byCode.get(list.code);
    if (!compiled) return [];
    return [{
      title: `${list.title.toLocaleUpperCase('vi')} “${template.campaign.toLocaleUpperCase('vi')}” NĂM ${campaign.year}`,
      subtitle: [`(Từ ngày ${shortDate(campaign.weekStart)} đến ngày ${shortDate(campaign.weekEnd)})`, attachedTo],
      table: listTable(list, compiled),
    }];
  });
}

/** "Toàn huyện tổng hợp 15 hoạt động của 9 đơn vị …": the report's sentence about each list. */
export function listParagraphs(result: ConsolidationResult): string[] {
  return (result.lists ?? []).map((l) => {
    const repeated = l.perUnit.reduce((n, u) => n + u.repeated, 0);
    const note = repeated ? ` (${repeated} dòng ghi trùng trong cùng một đơn vị chỉ tính một lần)` : '';
    return `Tổng hợp ${l.title.toLocaleLowerCase('vi')}: ${l.entries.length} hoạt động của ${l.perUnit.length} đơn vị${note}, chi tiết tại phụ lục kèm theo.`;
  });
}
