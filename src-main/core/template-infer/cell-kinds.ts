import type { SourceCell } from '../model/source';
import { parseVietnameseNumber } from '../text/numbers';

/** Marks a blank form or a school puts in a number cell instead of a number. */
const NO_NUMBER = /^(-|–|x|không|0)$/iu;

/** A stored number, or text read as one the Vietnamese way ("1.500.000", "12 người"). */
export function looksNumeric(cell: SourceCell): boolean {
  if (cell.num !== undefined) return true;
  return /\d/.test(cell.text) && parseVietnameseNumber(cell.text).ok;
}

/** A number cell as a form leaves it: empty, a dash, a number. */
export function fitsNumberColumn(cell: SourceCell | undefined): boolean {
  if (!cell || cell.mergedCopy || !cell.text) return true;
  return looksNumeric(cell) || NO_NUMBER.test(cell.text.trim());
}

/** A real number in the cell (a dash or a written zero is nothing). */
export function holdsNumber(cell: SourceCell | undefined): boolean {
  return !!cell && !cell.mergedCopy && looksNumeric(cell) && !NO_NUMBER.test(cell.text.trim());
}
