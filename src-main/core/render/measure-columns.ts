import type { MeasureKey } from '../model/template';

/**
 * Which of a table's columns holds one measure of a row. A column named for the measure
 * wins; a single-measure row ('value') without its own column goes to the count column (the
 * first "Số lượng" column in the official layout), else to the first numeric column.
 * Returns the index in `columns`, or -1 when the table has no place for it.
 */
export function columnForMeasure(columns: ReadonlyArray<MeasureKey | null>, measure: MeasureKey): number {
  const own = columns.indexOf(measure);
  if (own >= 0 || measure !== 'value') return own;
  const count = columns.indexOf('count');
  if (count >= 0) return count;
  return columns.findIndex((m) => m !== null);
}
