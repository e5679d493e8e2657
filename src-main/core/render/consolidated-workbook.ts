import type { Worksheet } from 'exceljs';
// The streaming writer alone: the whole library loads its readers too, twice the time to start a run's writing.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { PassThrough } from 'node:stream';
import type { ConsolidationResult } from '../model/consolidation';
import { addAnnexSheet } from './annex-sheet';
import { addFindingsSheet } from './findings-sheet';
import { addListSheets } from './list-sheet';
import type { WorkbookMarker } from '../model/workbook-marker';
import { addProvenanceSheet, PROVENANCE_SHEET } from './provenance-sheet';
import { addSchoolDetailSheet } from './school-detail-sheet';
import { addSummarySheet, SUMMARY_SHEET } from './summary-sheet';
import { addMarkerSheet } from './workbook-marker-sheet';

/**
 * The district's workbook in the built-in layout: the totals in the template's table, each
 * unit's numbers, what still needs fixing, and where every number came from. Written with
 * exceljs's streaming writer: the source of every number of 2,000 schools is over a hundred
 * thousand rows, which the in-memory workbook held at gigabytes; those rows are written as
 * sheet XML (sheet-rows-xml.ts), without a model per cell. `office` (the office's full
 * name) heads the totals and is in the hidden marker, so the office one level up knows whose it is.
 */
export async function renderConsolidatedWorkbook(result: ConsolidationResult, office = ''): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = 'Tổng hợp báo cáo';
  // A template of lists only (a schedule) has no table of totals and no numbers per unit.
  const fixed: Array<() => Worksheet | Worksheet[] | Promise<Worksheet>> = result.template.rows.length ? [() => addSummarySheet(wb, result, office), () => addAnnexSheet(wb, result)] : [];
  const sheets: Array<() => Worksheet | Worksheet[] | Promise<Worksheet>> = [
    ...fixed,
    () => addListSheets(wb, result),
    () => addFindingsSheet(wb, result),
    () => addProvenanceSheet(wb, result),
    ...(result.units.some((u) => u.schools?.length) ? [() => addSchoolDetailSheet(wb, result)] : []),
    () => addMarkerSheet(wb, markerOf(result, office)),
  ];
  for (const add of sheets) {
    // One sheet at a time into the archive: each is committed before the next is added.
    for (const ws of [await add()].flat()) (ws as Worksheet & { commit(): void }).commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

function markerOf(result: ConsolidationResult, office: string): WorkbookMarker {
  return {
    kind: 'consolidated',
    templateId: result.template.id,
    templateVersion: result.template.version,
    level: result.level ?? 'school',
    year: result.campaign.year,
    office,
    summarySheet: SUMMARY_SHEET,
    provenanceSheet: PROVENANCE_SHEET,
  };
}
