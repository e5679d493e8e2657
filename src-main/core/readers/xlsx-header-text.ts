import type { SourceTable } from '../model/source';

/** Rows of each visible table that identify the sender (titles, school name, date). */
const HEADER_ROWS = 10;

/** The first non-empty rows of each visible table, one line per row, cells joined by " | ". */
export function headerText(tables: SourceTable[]): string {
  const lines: string[] = [];
  for (const table of tables) {
    if (table.hidden) continue;
    let taken = 0;
    for (const row of table.rows) {
      if (taken >= HEADER_ROWS) break;
      const texts = row.filter((c) => c.text !== '' && !c.mergedCopy).map((c) => c.text);
      if (texts.length === 0) continue;
      lines.push(texts.join(' | '));
      taken++;
    }
  }
  return lines.join('\n');
}
