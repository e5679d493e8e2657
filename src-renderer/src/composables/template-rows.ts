import type { MeasureKey, Template } from '../../../src-main/api/contract';
import type { RowHead } from '../components/ValuesTable.vue';
import { isNumberColumn } from '../stores/template-edits';

/** The template's rows as the window's tables show them, headings included. */
export function rowHeads(template: Template): RowHead[] {
  return template.rows.filter((r) => r.kind !== 'text').map((r) => ({ code: r.code, stt: r.stt, label: r.label, measures: r.measures }));
}

/**
 * The template's numeric columns, with its own headers. A row whose one measure has no column
 * of its own (`value` in the Lifelong Learning Week's table) is written in the first one.
 */
export function measureHeads(template: Template): Array<{ key: MeasureKey; label: string }> {
  return template.columns.filter(isNumberColumn).map((c) => ({ key: c.key, label: c.header }));
}

/** The measure a row shows in a column: its own, or its only one in the first column when that one has no column. */
export function measureIn(row: RowHead, columns: Array<{ key: MeasureKey }>, column: number): MeasureKey | null {
  const key = columns[column].key;
  if (row.measures.includes(key)) return key;
  const only = row.measures.length === 1 ? row.measures[0] : null;
  return column === 0 && only && !columns.some((m) => m.key === only) ? only : null;
}
