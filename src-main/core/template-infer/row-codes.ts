import type { RowPlace } from './row-hierarchy';
import { childrenOf, type SumOver } from './sum-rows';

/**
 * Codes by position in the hierarchy, as the built-in template's: the top rows 1, 2, 3…,
 * the rows under row 4 are 4.1, 4.2…, whatever the form prints (forms renumber, and I/II
 * sections restart their numbers). A total of the rows beside it under the same heading is
 * `<heading>.0` (the built-in "1.0"), and `0` at the top, wherever it is printed.
 */
export function rowCodes(places: RowPlace[], sums: Map<number, SumOver>): string[] {
  const codes: string[] = new Array(places.length).fill('');
  const visit = (parent: number, prefix: string): void => {
    let n = 1;
    let zeroTaken = false;
    for (const i of childrenOf(places, parent)) {
      const sumOfSiblings = sums.get(i)?.over === 'siblings';
      const own: string = sumOfSiblings && !zeroTaken ? '0' : String(n++);
      zeroTaken ||= own === '0';
      codes[i] = `${prefix}${own}`;
      visit(i, `${codes[i]}.`);
    }
  };
  visit(-1, '');
  return codes;
}
