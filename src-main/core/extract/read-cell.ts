import type { SourceCell } from '../model/source';
import { parseVietnameseNumber } from '../text/numbers';

/** What a number cell holds once read. */
export type CellReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'pair'; count: number; people: number }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'formula-without-result' };

/**
 * Read one number cell. A stored number is taken as it is; text is read the Vietnamese way;
 * the copy of a merged cell is blank (its number belongs to the merged range's first cell).
 */
export function readNumberCell(cell: SourceCell | undefined, money: boolean): CellReading {
  if (!cell || cell.mergedCopy) return { kind: 'blank' };
  if (cell.formulaWithoutResult) return { kind: 'formula-without-result' };
  if (cell.num !== undefined && Number.isFinite(cell.num)) return { kind: 'number', value: cell.num };
  if (!cell.text.trim()) return { kind: 'blank' };
  const parsed = parseVietnameseNumber(cell.text, { money });
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason };
  if (parsed.partial) return { kind: 'pair', ...parsed.partial };
  return { kind: 'number', value: parsed.value };
}

/** A reading that says "nothing here": blank, or a written zero. */
export function isEmptyReading(r: CellReading): boolean {
  return r.kind === 'blank' || (r.kind === 'number' && r.value === 0);
}
