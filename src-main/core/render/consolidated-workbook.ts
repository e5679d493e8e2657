import ExcelJS from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import { addAnnexSheet } from './annex-sheet';
import { addFindingsSheet } from './findings-sheet';
import { addProvenanceSheet } from './provenance-sheet';
import { addSummarySheet } from './summary-sheet';
import { workbookBytes } from './xlsx-io';

/**
 * The district's workbook in the built-in layout: the totals in the template's table, each
 * unit's numbers, what still needs fixing, and where every number came from.
 */
export async function renderConsolidatedWorkbook(result: ConsolidationResult): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tổng hợp báo cáo';
  addSummarySheet(wb, result);
  addAnnexSheet(wb, result);
  addFindingsSheet(wb, result);
  addProvenanceSheet(wb, result);
  return workbookBytes(wb);
}
