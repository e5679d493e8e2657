import type { ConsolidationResult } from '../model/consolidation';
import {
  fillProvinceWorkbook,
  type ProvinceCellSkipped,
  type ProvinceCellWrite,
  type ProvinceUncertainty,
} from '../render/province-workbook';
import type { Store } from '../store/store';
import { mappingForWorkbook } from './mapping-store';

/** What writing into the province's workbook did, for the specialist to check before sending it up. */
export interface ProvinceOutcome {
  /** The province workbook's file name. */
  file: string;
  /** The specialist confirmed the mapping used (stored for this workbook). */
  confirmed: boolean;
  /** What is still to confirm; empty once confirmed. */
  uncertain: ProvinceUncertainty[];
  written: ProvinceCellWrite[];
  /** Cells the totals were meant for but were not written (formulas, merges, the province's text …). */
  skipped: ProvinceCellSkipped[];
}

/**
 * The district totals written into a copy of the province's workbook, with the mapping the
 * specialist confirmed for it, else the proposed one (and what is uncertain about it).
 */
export async function fillProvinceForRound(
  bytes: Buffer,
  fileName: string,
  result: ConsolidationResult,
  store: Store,
): Promise<{ buffer: Buffer; outcome: ProvinceOutcome }> {
  const { mapping, confirmedAt } = await mappingForWorkbook(bytes, fileName, result.template, store);
  const filled = await fillProvinceWorkbook(bytes, mapping, result, { annex: 'sheet' });
  return {
    buffer: filled.buffer,
    outcome: { file: fileName, confirmed: confirmedAt !== null, uncertain: mapping.uncertain, written: filled.written, skipped: filled.skipped },
  };
}
