import ExcelJS, { type Worksheet } from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ConsolidationResult } from '../model/consolidation';
import { addAnnexSheet } from './annex-sheet';
import { addFindingsSheet } from './findings-sheet';
import { addListSheets } from './list-sheet';
import { addProvenanceSheet } from './provenance-sheet';
import { addSummarySheet } from './summary-sheet';

/**
 * The district's workbook in the built-in layout: the totals in the template's table, each
 * unit's numbers, what still needs fixing, and where every number came from. Written with
 * exceljs's streaming writer: the source of every number of 2,000 schools is over a hundred
 * thousand rows, which the in-memory workbook held at gigabytes.
 */
export async function renderConsolidatedWorkbook(result: ConsolidationResult): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Tổng hợp báo cáo';
  // A template of lists only (a schedule) has no table of totals and no numbers per unit.
  const fixed = result.template.rows.length ? [addSummarySheet, addAnnexSheet] : [];
  const sheets = [...fixed, addListSheets, addFindingsSheet, addProvenanceSheet];
  for (const add of sheets) {
    // One sheet at a time into the archive: each is committed before the next is added.
    for (const ws of [add(wb, result)].flat()) (ws as Worksheet & { commit(): void }).commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}
