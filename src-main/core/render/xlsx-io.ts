import ExcelJS from 'exceljs';

/**
 * exceljs types its buffers as its own ArrayBuffer-like interface; Node's Buffer works at
 * run time. One place for the cast.
 */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * exceljs reads a missing first page number as 1 and then writes "use first page number"
 * whenever one is set, which would restart page numbering on every sheet of a workbook it
 * merely re-saved. Dropping the number where the file did not ask for it keeps Excel's default.
 */
function keepAutomaticPageNumbers(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    // exceljs reads this flag but leaves it out of its typings.
    const setup = ws.pageSetup as typeof ws.pageSetup & { useFirstPageNumber?: boolean };
    if (!setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  keepAutomaticPageNumbers(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
