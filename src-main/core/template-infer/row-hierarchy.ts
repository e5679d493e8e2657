import type { FormRow } from './form-rows';
import { isTotalLabel } from './sum-words';

/** What put a row under its parent, for the reviewer's note. */
export type ParentReason = 'numbering' | 'indent' | 'bold' | 'order';

export interface RowPlace {
  /** Index of the parent row, -1 at the top. */
  parent: number;
  reason: ParentReason;
}

interface Open {
  key: string;
  indent: number;
  index: number;
}

function keyOf(row: FormRow): string {
  return row.style === 'none' ? (row.bold ? 'none-bold' : 'none') : row.style;
}

/**
 * Parents from the numbering first (a kind of number seen before closes the rows opened
 * since: "2" after "1", "a)", "-" is a sibling of "1"; a new kind opens a level), then,
 * for unnumbered rows, from indentation and bold: a bold unnumbered row heads the plain
 * ones after it; more indented is deeper. A "Tổng cộng" row closing the table sums the
 * top level, so it sits there.
 */
export function rowHierarchy(rows: FormRow[]): RowPlace[] {
  const open: Open[] = [];
  return rows.map((row, index) => {
    const key = keyOf(row);
    if (row.style === 'none' && index === rows.length - 1 && index > 0 && isTotalLabel(row.label)) {
      return { parent: -1, reason: 'order' };
    }
    if (row.style === 'none') {
      while (open.length && open[open.length - 1].key.startsWith('none') && open[open.length - 1].indent > row.indent) open.pop();
    }
    const same = findLast(open, (o) => o.key === key && (row.style !== 'none' || o.indent === row.indent));
    if (same >= 0) open.length = same;
    const top = open[open.length - 1];
    open.push({ key, indent: row.indent, index });
    if (!top) return { parent: -1, reason: 'order' };
    return { parent: top.index, reason: reasonOf(row, rows[top.index]) };
  });
}

function reasonOf(row: FormRow, parent: FormRow): ParentReason {
  if (row.style !== 'none' || parent.style !== 'none') return 'numbering';
  if (row.indent > parent.indent) return 'indent';
  return parent.bold && !row.bold ? 'bold' : 'order';
}

function findLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
