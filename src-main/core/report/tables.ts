/**
 * The report's tables, built from the template's data: the summed statistics table (the
 * province's own layout, section II.5) and the per-unit annex.
 */

import type { UnitResult } from '../model/consolidation';
import type { Figures } from '../model/extraction';
import {
  isBuiltinMeasure,
  isTextColumn,
  measureColumns,
  type BuiltinMeasure,
  type MeasureKey,
  type Template,
  type TemplateColumn,
  type TemplateRow,
  type TextColumnKey,
} from '../model/template';
import type { ReportTable, ReportTableCell } from './document';
import { formatNumber } from './vn-format';

const TABLE_FONT_SIZE = 12;
const ANNEX_FONT_SIZE = 11;
/** More number columns than this do not fit a portrait page at a readable size. */
const PORTRAIT_MAX_NUMBER_COLUMNS = 4;

const columnWeights: Record<TextColumnKey | BuiltinMeasure, number> = {
  stt: 3,
  label: 18,
  unit: 6,
  count: 7,
  people: 7,
  value: 8,
  note: 5,
};

/** A template's own number column weighs as much as a built-in one. */
function weightOf(key: TemplateColumn['key']): number {
  return isTextColumn(key) || isBuiltinMeasure(key) ? columnWeights[key] : columnWeights.count;
}

function num(n: number | undefined): ReportTableCell {
  return { text: n === undefined ? '' : formatNumber(n), align: 'right' };
}

/** Header rows for columns that may share a group header ("Số lượng" over two columns). */
function groupedHeader(columns: { header: string; group?: string }[]): ReportTableCell[][] {
  const hasGroups = columns.some((c) => c.group);
  if (!hasGroups) return [columns.map((c) => ({ text: c.header, bold: true, align: 'center' }))];
  const top: ReportTableCell[] = [];
  const second: ReportTableCell[] = [];
  for (let i = 0; i < columns.length; ) {
    const group = columns[i].group;
    if (!group) {
      top.push({ text: columns[i].header, bold: true, align: 'center', rowSpan: 2 });
      i++;
      continue;
    }
    let span = 0;
    while (i + span < columns.length && columns[i + span].group === group) {
      second.push({ text: columns[i + span].header, bold: true, align: 'center' });
      span++;
    }
    top.push({ text: group, bold: true, align: 'center', colSpan: span });
    i += span;
  }
  return [top, second];
}

/** Column that shows a measure: a one-measure row's value goes in the first number column, as schools write it. */
function columnOfMeasure(columns: TemplateColumn[], measure: MeasureKey): number {
  const own = columns.findIndex((c) => c.key === measure);
  if (own >= 0) return own;
  return columns.findIndex((c) => !isTextColumn(c.key));
}

/** The province's table with the district's totals, every template row in order. */
export function statisticsTable(template: Template, totals: Figures): ReportTable {
  const { columns } = template;
  const body = template.rows.map((row): ReportTableCell[] => {
    const numbered = row.stt !== '';
    const cells: ReportTableCell[] = columns.map((c) => {
      switch (c.key) {
        case 'stt':
          return { text: row.stt, align: 'center', bold: numbered };
        case 'label':
          return { text: row.label, bold: numbered || row.kind === 'heading' };
        case 'unit':
          return { text: row.unit, align: 'center' };
        default:
          return { text: '', align: c.key === 'note' ? 'left' : 'right' };
      }
    });
    for (const m of row.measures) {
      const at = columnOfMeasure(columns, m);
      if (at >= 0) cells[at] = num(totals[row.code]?.[m]);
    }
    return cells;
  });
  const numberColumns = measureColumns(template).length;
  return {
    widths: columns.map((c) => weightOf(c.key)),
    header: groupedHeader(columns),
    body,
    fontSize: TABLE_FONT_SIZE,
    landscape: numberColumns > PORTRAIT_MAX_NUMBER_COLUMNS,
  };
}

function sumTargets(template: Template): Set<string> {
  return new Set(template.rules.flatMap((r) => (r.type === 'sum' ? [r.row] : [])));
}

/**
 * Rows worth a column in the per-unit annex: totals of a sum rule, rows that stand alone
 * under no heading, and money.
 */
export function mainRows(template: Template): TemplateRow[] {
  const totalsRows = sumTargets(template);
  return template.rows.filter((r) => r.kind === 'measured' && (!r.parent || totalsRows.has(r.code) || r.money));
}

/** "Ấn phẩm thông tin (tờ rơi, áp phích …)" → "Ấn phẩm thông tin": a column header has little room. */
function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)/gu, '').trim();
}

/** "số cuộc/người" → "Cuộc"; "lớp/người" → "Lớp". */
function countWord(unit: string): string {
  const first = unit.split('/')[0].replace(/^số\s+/iu, '').trim();
  return first.charAt(0).toLocaleUpperCase('vi') + first.slice(1);
}

/** "lớp/người" names a count and its people; without such a unit, or for a template's own measure, the column's header says it. */
function columnHeader(template: Template, row: TemplateRow, m: MeasureKey): string {
  if (isBuiltinMeasure(m) && row.unit.includes('/')) return m === 'people' ? 'Người' : countWord(row.unit);
  return template.columns.find((c) => c.key === m)?.header ?? (m === 'people' ? 'Người' : countWord(row.unit));
}

interface AnnexColumn {
  row: TemplateRow;
  measure: MeasureKey;
  header: string;
  group?: string;
}

function annexColumns(template: Template, rows: TemplateRow[]): AnnexColumn[] {
  const byCode = new Map(template.rows.map((r) => [r.code, r]));
  const totalsRows = sumTargets(template);
  return rows.flatMap((row): AnnexColumn[] => {
    // A total row's own label ("Tổng số người tham gia, trong đó:") says less than its heading's.
    const parent = row.parent ? byCode.get(row.parent) : undefined;
    const title = shortLabel(parent && totalsRows.has(row.code) ? parent.label : row.label);
    if (row.measures.length === 1) {
      return [{ row, measure: row.measures[0], header: `${title} (${row.unit})` }];
    }
    return row.measures.map((m) => ({
      row,
      measure: m,
      header: columnHeader(template, row, m),
      group: title,
    }));
  });
}

function unitNote(unit: UnitResult): string {
  if (unit.status === 'missing') return 'Chưa nộp';
  const notes = [unit.late ? 'Nộp muộn' : '', unit.status === 'rejected' ? 'Còn lỗi, chưa tổng hợp' : ''];
  return notes.filter(Boolean).join('; ');
}

/** One line per unit with its main numbers, and the district's total under them. */
export function annexTable(template: Template, units: UnitResult[], totals: Figures, rows: TemplateRow[] = mainRows(template)): ReportTable {
  const cols = annexColumns(template, rows);
  const header = groupedHeader([
    { header: 'STT' },
    { header: 'Đơn vị' },
    ...cols.map((c) => ({ header: c.header, group: c.group })),
    { header: 'Ghi chú' },
  ]);
  const body = units.map((unit, i): ReportTableCell[] => {
    // Only counted units show numbers, so that the columns add up to the total line.
    const counted = unit.status === 'accepted';
    return [
      { text: String(i + 1), align: 'center' },
      { text: unit.name },
      ...cols.map((c) => num(counted ? (unit.figures[c.row.code]?.[c.measure] ?? 0) : undefined)),
      { text: unitNote(unit), italic: true },
    ];
  });
  body.push([
    { text: 'Tổng cộng', bold: true, align: 'center', colSpan: 2 },
    ...cols.map((c) => ({ ...num(totals[c.row.code]?.[c.measure]), bold: true })),
    { text: '' },
  ]);
  return {
    widths: [3, 16, ...cols.map((c) => (c.row.money ? 8 : 6)), 8],
    header,
    body,
    fontSize: ANNEX_FONT_SIZE,
    landscape: cols.length > PORTRAIT_MAX_NUMBER_COLUMNS,
  };
}
