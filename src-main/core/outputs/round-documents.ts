/**
 * The documents a consolidation gives, written the same way for the command line and the
 * window: the district's workbook (or the province's own workbook, filled), the report's PDF,
 * its Word file and its draft. One function per document, so that a new part slots in; the
 * PDF is rendered on a thread of its own while the workbook and the Word file are written
 * here. The writing libraries (exceljs, docx) load only when a run writes.
 */
import { collectGarbage } from '../memory/collect-garbage';
import type { ConsolidationResult } from '../model/consolidation';
import type { OfficeSettings } from '../model/settings';
import type { ProvinceOutcome } from '../province/province-output';
import { skippedCellFindings } from '../province/skipped-cells';
import type { ReportDocument } from '../report/document';
import { draftJson } from '../report/draft-json';
import { draftReport } from '../report/report-model';
import { startPdfRenderer, type PdfRenderer } from '../report/pdf-apart';
import { officeFullName } from '../report/vn-format';
import type { Store } from '../store/store';

/** The file names of a round's documents, the same from the command line and the window. */
export interface DocumentNames {
  xlsx: string;
  pdf: string;
  docx: string;
  /** The drafted report (JSON) the specialist edits and renders again. */
  draft: string;
}

export function documentNames(year: number): DocumentNames {
  return { xlsx: `tong-hop-${year}.xlsx`, pdf: `bao-cao-${year}.pdf`, docx: `bao-cao-${year}.docx`, draft: `bao-cao-${year}.json` };
}

let writers: ReturnType<typeof importWriters> | undefined;

/** The province's workbook is read and filled by the whole of exceljs, loaded only when there is one. */
function importWriters() {
  return Promise.all([import('../render/consolidated-workbook'), import('../report/docx-renderer')]).then(([workbook, docx]) => ({ ...workbook, ...docx }));
}

/** Loads the writing libraries once; called early, it overlaps their loading with the work before. */
export function loadWriters(): ReturnType<typeof importWriters> {
  if (!writers) {
    writers = importWriters();
    // Loaded ahead, it may fail before anyone waits for it: the caller who does is told.
    writers.catch(() => {});
  }
  return writers;
}

/** The province's workbook to fill: its bytes and the name it came under. */
export interface ProvinceWorkbook {
  bytes: Buffer;
  fileName: string;
}

export interface WorkbookDocument {
  kind: 'xlsx' | 'province-xlsx';
  bytes: Buffer;
  /** What filling the province's workbook did, when there was one. */
  province?: ProvinceOutcome;
}

/**
 * The district's workbook, or the province's filled with the totals; the cells it could not
 * fill join the result's findings (so the report drafted after names them).
 */
export async function writeWorkbook(result: ConsolidationResult, settings: OfficeSettings, store: Store, province?: ProvinceWorkbook): Promise<WorkbookDocument> {
  if (!province) return { kind: 'xlsx', bytes: await (await loadWriters()).renderConsolidatedWorkbook(result, officeFullName(settings, result.level)) };
  const { fillProvinceForRound } = await import('../province/province-output');
  const filled = await fillProvinceForRound(province.bytes, province.fileName, result, store);
  result.findings.push(...skippedCellFindings(filled.outcome));
  return { kind: 'province-xlsx', bytes: filled.buffer, province: filled.outcome };
}

export interface ReportDocuments {
  pdf: Buffer;
  docx: Buffer;
  draft: Buffer;
}

/** The report's PDF rendering on its thread, and its Word file written here meanwhile. */
function renderReport(draft: ReportDocument, settings: OfficeSettings, pdfRenderer: PdfRenderer): { pdf: Promise<Buffer>; docx: Promise<Buffer> } {
  const pdf = pdfRenderer.render(draft, settings);
  // A failed Word file is the error told; the PDF's own failure is told when it is awaited.
  pdf.catch(() => {});
  return { pdf, docx: loadWriters().then((w) => w.renderReportDocx(draft, settings)) };
}

/** The report as PDF (on the renderer's thread, started ahead by the caller when it can), Word file and draft. */
export async function writeReport(draft: ReportDocument, settings: OfficeSettings, pdfRenderer: PdfRenderer = startPdfRenderer()): Promise<ReportDocuments> {
  try {
    const report = renderReport(draft, settings, pdfRenderer);
    const docx = await report.docx;
    return { pdf: await report.pdf, docx, draft: Buffer.from(draftJson(draft)) };
  } finally {
    await pdfRenderer.close();
  }
}

export interface RoundDocuments {
  workbook: WorkbookDocument;
  report: ReportDocuments;
}

/**
 * Every document of a consolidation. With the province's workbook, the report is drafted once
 * it is filled (the cells it refused are findings the report names). The Word file and the
 * workbook are written one after the other while the PDF renders on its thread: at 2,000
 * units their models together would double the peak of memory, for no time gained.
 */
export async function writeRoundDocuments(
  result: ConsolidationResult,
  settings: OfficeSettings,
  store: Store,
  opts: { province?: ProvinceWorkbook; pdfRenderer?: PdfRenderer } = {},
): Promise<RoundDocuments> {
  const pdfRenderer = opts.pdfRenderer ?? startPdfRenderer();
  try {
    const filled = opts.province && (await writeWorkbook(result, settings, store, opts.province));
    const draft = draftReport(result, settings);
    const report = renderReport(draft, settings, pdfRenderer);
    const docx = await report.docx;
    collectGarbage();
    const workbook = filled || (await writeWorkbook(result, settings, store));
    return { workbook, report: { pdf: await report.pdf, docx, draft: Buffer.from(draftJson(draft)) } };
  } finally {
    await pdfRenderer.close();
  }
}
