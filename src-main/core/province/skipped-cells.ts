/**
 * The cells of the province's workbook the totals were meant for but not written, in the
 * specialist's words: light enough for the command line to print without loading a workbook library.
 */
import type { FileFinding } from '../model/consolidation';
import type { ProvinceCellSkipped } from '../render/province-workbook';
import { measureName } from '../render/vi-labels';
import { formatNumber } from '../report/vn-format';
import type { ProvinceOutcome } from './province-output';

/** "Không ghi số người của dòng 1.0 (1.234) vào ô Biểu 01!D9: ô có công thức của tỉnh, không ghi đè." */
export function skippedCellMessage(s: ProvinceCellSkipped): string {
  return `Không ghi ${measureName(s.measure)} của dòng ${s.code} (${formatNumber(s.value)}) vào ô ${s.cell}: ${s.reason}.`;
}

/** Each refused cell as a warning on the province's workbook, beside the schools' findings. */
export function skippedCellFindings(outcome: ProvinceOutcome): FileFinding[] {
  return outcome.skipped.map((s) => ({
    unit: null,
    file: outcome.file,
    severity: 'warning',
    rule: 'province-cell-skipped',
    where: s.cell,
    message: skippedCellMessage(s),
  }));
}
