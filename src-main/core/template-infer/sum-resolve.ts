import type { FormRow } from './form-rows';
import type { NumberColumn } from './number-columns';
import type { RowPlace } from './row-hierarchy';
import { unionMeasures, type RowMeasures } from './row-measures';
import { childrenOf, labelledSums, numbersAddUp, type SumOver } from './sum-rows';

/** Passes over nested totals ("Tổng cộng" over "Cộng" rows over the rows): forms nest two or three deep. */
const MAX_NESTING = 4;

/**
 * The rows a total adds up: a measured row counts itself; a heading counts what is under
 * it, a subtotal among its rows standing for the rows it adds up ("Tổng cộng" over the
 * sections I and II is "Cộng I" + "Cộng II").
 */
function addends(j: number, sums: Map<number, SumOver>, measures: RowMeasures[], places: RowPlace[]): number[] {
  if (sums.has(j) || measures[j].kind === 'measured') return [j];
  if (measures[j].kind !== 'heading') return [];
  const kids = childrenOf(places, j);
  const covered = new Set(kids.flatMap((k) => sums.get(k)?.of ?? []));
  return kids.filter((k) => !covered.has(k)).flatMap((k) => addends(k, sums, measures, places));
}

/**
 * Totals from the labels, and a filled form's headings whose numbers are their rows' sum;
 * each total's rows resolved to measured ones, and a total without a unit of its own
 * given the measures of what it adds up (so `measures` changes for those rows).
 */
export function findSums(rows: FormRow[], places: RowPlace[], measures: RowMeasures[], columns: NumberColumn[]): Map<number, SumOver> {
  const sums = labelledSums(rows, places);
  rows.forEach((row, i) => {
    const children = childrenOf(places, i);
    if (!sums.has(i) && measures[i].sumsChildren) sums.set(i, { of: children, over: 'children', because: 'parts' });
    if (!sums.has(i) && children.length && numbersAddUp(row, children.map((c) => rows[c]))) {
      sums.set(i, { of: children, over: 'children', because: 'numbers' });
    }
  });
  const resolved = new Map<number, SumOver>();
  for (const [i, sum] of sums) {
    const covered = new Set(sum.of.flatMap((j) => (j !== i ? (sums.get(j)?.of ?? []) : [])));
    const of = [...new Set(sum.of.filter((j) => !covered.has(j)).flatMap((j) => addends(j, sums, measures, places)))].filter((j) => j !== i);
    if (of.length) resolved.set(i, { ...sum, of });
  }
  for (let pass = 0; pass < MAX_NESTING; pass++) {
    for (const [i, sum] of resolved) {
      if (measures[i].kind === 'measured' && !measures[i].fromAddends) continue;
      const parts = sum.of.map((j) => measures[j]);
      measures[i] = {
        kind: 'measured',
        measures: unionMeasures(parts.map((p) => p.measures), columns),
        money: parts.length > 0 && parts.every((p) => p.money),
        note: 'số đo theo các hàng nó cộng',
        fromAddends: true,
      };
    }
  }
  return resolved;
}
