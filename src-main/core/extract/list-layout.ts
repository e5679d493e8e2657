/**
 * Where a list's columns are in a school's table: its header matched to the list's column
 * headers and aliases, diacritics and case aside ("Thời gian" merged over "Giờ" and "Ngày"
 * reads from the row under it). The table's own "TT" column is not the list's: it is
 * renumbered when the list is compiled.
 */
import type { SourceCell, SourceTable } from '../model/source';
import type { ListColumn, TemplateList } from '../model/template';
import { fold } from '../text/vietnamese';

export interface ListLayout {
  /** Source column of each list column found, by the list column's key. */
  columns: Map<string, number>;
  /** 0-based row index of the first entry row. */
  bodyStart: number;
}

const HEADER_SCAN_ROWS = 40;
const EXACT = 2;
const CONTAINED = 1;

/** How well a header cell names a column: 2 = one of its names, 1 = a name among other words, 0 = not. */
function nameScore(cellText: string, column: ListColumn): number {
  const cell = fold(cellText);
  if (!cell) return 0;
  const names = [column.header, ...(column.aliases ?? [])].map(fold).filter(Boolean);
  if (names.includes(cell)) return EXACT;
  const padded = ` ${cell} `;
  return names.some((n) => padded.includes(` ${n} `)) ? CONTAINED : 0;
}

/** Each list column to the source column naming it best (each used once), from one header row. */
function columnsOfRow(row: SourceCell[], list: TemplateList): Map<string, number> {
  const pairs: Array<{ key: string; col: number; score: number }> = [];
  row.forEach((cell, col) => {
    if (cell.mergedCopy) return;
    for (const column of list.columns) {
      const score = nameScore(cell.text, column);
      if (score) pairs.push({ key: column.key, col, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const out = new Map<string, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.key) || used.has(p.col)) continue;
    out.set(p.key, p.col);
    used.add(p.col);
  }
  return out;
}

/** Columns a header must name before a table counts as the list's (3 of a schedule's 4). */
export function columnsNeeded(list: TemplateList): number {
  return Math.min(list.columns.length, Math.max(2, Math.ceil(list.columns.length * 0.6)));
}

/** A row that names enough of the list's columns: the header, or the header repeated on a new page. */
export function isListHeaderRow(row: SourceCell[], list: TemplateList): boolean {
  return columnsOfRow(row, list).size >= columnsNeeded(list);
}

/**
 * The header with a second row under a merged group ("Thời gian" over "Giờ" | "Ngày"): a
 * named cell below wins. A sub-header names two columns at least; an entry's text naming one
 * ("… giờ học Tiếng Việt") does not make its row a header.
 */
function twoRowColumns(top: SourceCell[], sub: SourceCell[], list: TemplateList): Map<string, number> | null {
  const namesColumn = (cell: SourceCell | undefined) => !!cell && !cell.mergedCopy && list.columns.some((c) => nameScore(cell.text, c) > 0);
  if (sub.filter(namesColumn).length < 2) return null;
  return columnsOfRow(top.map((cell, c) => (namesColumn(sub[c]) ? sub[c] : cell)), list);
}

/** The list's columns in a table, from its header; null when no header names enough of them. */
export function listLayoutOf(table: SourceTable, list: TemplateList): ListLayout | null {
  if (!list.columns.length) return null;
  const last = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const top = columnsOfRow(table.rows[r], list);
    // A title or an empty line above the header is not its first row.
    if (!top.size) continue;
    const next = table.rows[r + 1];
    const both = next ? twoRowColumns(table.rows[r], next, list) : null;
    const columns = both && both.size > top.size ? both : top;
    const useSub = columns !== top;
    if (columns.size < columnsNeeded(list)) continue;
    return { columns, bodyStart: r + (useSub ? 2 : 1) };
  }
  return null;
}
