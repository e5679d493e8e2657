import type { Workbook, Worksheet } from 'exceljs';
import { WORKBOOK_MARKER_SHEET, MARKER_TITLE, type WorkbookMarker } from '../model/workbook-marker';

/** The marker as a very hidden sheet (Excel's "Unhide" does not list it): the title, then one key and value a row. */
export function addMarkerSheet(wb: Workbook, marker: WorkbookMarker): Worksheet {
  const ws = wb.addWorksheet(WORKBOOK_MARKER_SHEET, { state: 'veryHidden' });
  ws.addRow([MARKER_TITLE]);
  for (const [key, value] of Object.entries(marker)) ws.addRow([key, String(value)]);
  return ws;
}
