import type { Decision } from '../model/round';
import type { SourceDocument } from '../model/source';
import { formatVietnameseNumber } from '../text/numbers';

/**
 * The document as read with the specialist's corrections written into its cells, so that
 * extraction and every check run on the corrected numbers. A cell holding both classes and
 * people ("3 lớp/120 người") keeps the measure not corrected.
 */
export function withCorrections(doc: SourceDocument, corrections: Decision[], readValues: Array<{ where: string; measure: string; value: number }>): SourceDocument {
  const byCell = new Map<string, Decision[]>();
  for (const c of corrections) if (c.cell) byCell.set(c.cell, [...(byCell.get(c.cell) ?? []), c]);
  const tables = doc.tables.map((t) => {
    if (!t.rows.some((row) => row.some((cell) => byCell.has(cell.where)))) return t;
    return {
      ...t,
      rows: t.rows.map((row) =>
        row.map((cell) => {
          const fixes = byCell.get(cell.where);
          if (!fixes || cell.mergedCopy) return cell;
          const measures = new Map(readValues.filter((v) => v.where === cell.where).map((v) => [v.measure, v.value]));
          for (const f of fixes) measures.set(f.measure!, f.value!);
          const { formulaWithoutResult: _, num: __, ...rest } = cell;
          if (measures.has('count') && measures.has('people')) {
            return { ...rest, text: `${formatVietnameseNumber(measures.get('count')!)} lớp/${formatVietnameseNumber(measures.get('people')!)} người` };
          }
          const value = fixes[fixes.length - 1].value!;
          return { ...rest, text: formatVietnameseNumber(value), num: value };
        }),
      ),
    };
  });
  return { ...doc, tables };
}
