/**
 * Whether a document carries the template's statistics table at all, told apart from the
 * layout tables every administrative document has (sender and motto at the top, signatures
 * at the bottom): its rows carry the template's units ("lớp/người", "số cuộc/người") or
 * labels.
 */
import type { SourceTable } from '../model/source';
import type { Template } from '../model/template';
import { fold, words } from '../text/vietnamese';

/** Rows recognised before a table counts as the statistics table. */
const MIN_ROWS_RECOGNISED = 3;
const MIN_LABEL_SIMILARITY = 0.6;
const MIN_LABEL_WORDS = 3;

export function isStatisticsTable(table: SourceTable, template: Template): boolean {
  const units = new Set(template.rows.map((r) => fold(r.unit)).filter((u) => u !== ''));
  const labels = template.rows.map((r) => new Set(words(r.label)));
  let recognised = 0;
  for (const row of table.rows) {
    const known = row.some((cell) => {
      if (cell.mergedCopy) return false;
      if (units.has(fold(cell.text))) return true;
      const cellWords = new Set(words(cell.text));
      return cellWords.size >= MIN_LABEL_WORDS && labels.some((label) => dice(cellWords, label) >= MIN_LABEL_SIMILARITY);
    });
    if (known && ++recognised >= MIN_ROWS_RECOGNISED) return true;
  }
  return false;
}

function dice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
