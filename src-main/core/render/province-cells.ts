import type { Cell, CellValue } from 'exceljs';
import { cleanText } from '../text/vietnamese';

/** Reading a cell of the province's workbook the way a person sees it. */

function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((p) => p.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('result' in v) return v.result === undefined || v.result === null ? '' : valueText(v.result as CellValue);
  return '';
}

/** NFC text of a cell; a merged cell reads as its top-left cell, as it is displayed. */
export function cellText(cell: Cell): string {
  return cleanText(valueText(cell.isMerged ? cell.master.value : cell.value));
}

/** A cell whose value a formula computes: the province's own arithmetic, never overwritten. */
export function isFormulaCell(cell: Cell): boolean {
  const v = cell.value;
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

/** Covered by a merge but not its top-left cell: writing there would be lost. */
export function isMergedCopy(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}
