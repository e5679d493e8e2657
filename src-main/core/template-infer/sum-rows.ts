import type { FormRow } from './form-rows';
import type { RowPlace } from './row-hierarchy';
import { fold } from '../text/vietnamese';
import { isBreakdownLabel, isTotalLabel } from './sum-words';

/** What a total row adds up, and why the inference thinks so. */
export interface SumOver {
  of: number[];
  /** Children: the rows under it; siblings: the rows beside it under the same heading. */
  over: 'children' | 'siblings';
  /** The label says so ("trong đó", "Tổng cộng"), the rows under it are its parts ("-"), or the form's own numbers add up. */
  because: 'label' | 'parts' | 'numbers';
}

export function childrenOf(places: RowPlace[], parent: number): number[] {
  return places.flatMap((p, i) => (p.parent === parent ? [i] : []));
}

/**
 * Rows whose label makes them a total: "…, trong đó:" adds up the rows under it, or, when
 * the form lists them beside it (the built-in 1.0), the rows after it under the same
 * heading; "Tổng cộng" first or last among its siblings adds up the others.
 */
export function labelledSums(rows: FormRow[], places: RowPlace[]): Map<number, SumOver> {
  const sums = new Map<number, SumOver>();
  rows.forEach((row, i) => {
    const breakdown = row.brokenDown || isBreakdownLabel(row.label);
    if (!breakdown && !isTotalLabel(row.label)) return;
    const children = childrenOf(places, i);
    if (children.length) {
      sums.set(i, { of: children, over: 'children', because: 'label' });
      return;
    }
    const siblings = childrenOf(places, places[i].parent).filter((s) => s !== i);
    const after = alike(row, siblings.filter((s) => s > i), rows);
    const before = alike(row, siblings.filter((s) => s < i).reverse(), rows).reverse();
    const of = breakdown || before.length === 0 ? after : after.length === 0 ? before : [];
    if (of.length) sums.set(i, { of, over: 'siblings', because: 'label' });
  });
  return sums;
}

/**
 * The siblings, from the total outwards, as far as they count the same thing: a total in
 * "người" beside its rows in "người" stops at the first row in "lớp".
 */
function alike(total: FormRow, siblings: number[], rows: FormRow[]): number[] {
  const stop = siblings.findIndex((s) => !!total.unit && !!rows[s].unit && fold(rows[s].unit) !== fold(total.unit));
  return stop < 0 ? siblings : siblings.slice(0, stop);
}

/** A filled form's heading row whose numbers are exactly its children's sum, on every measure. */
export function numbersAddUp(row: FormRow, children: FormRow[]): boolean {
  if (row.numbers.size === 0 || ![...row.numbers.values()].some((v) => v !== 0)) return false;
  return [...row.numbers].every(([key, total]) => children.reduce((s, c) => s + (c.numbers.get(key) ?? 0), 0) === total);
}
