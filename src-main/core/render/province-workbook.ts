import type { ConsolidationResult } from '../model/consolidation';
import type { Template } from '../model/template';
import { ReadError } from '../readers/read-error';
import { ANNEX_SHEET, addAnnexSheet } from './annex-sheet';
import { mapColumns } from './province-columns';
import { writeTotals } from './province-fill';
import { locateTable } from './province-locate';
import type { ProvinceCellSkipped, ProvinceCellWrite, ProvinceMapping } from './province-mapping';
import { fingerprintOf, openProvinceWorkbook } from './province-open';
import { mapRows } from './province-rows';
import { workbookBytes } from './xlsx-io';

export type {
  ProvinceCellSkipped,
  ProvinceCellWrite,
  ProvinceColumnMapping,
  ProvinceMapping,
  ProvinceRowMapping,
  ProvinceUncertainty,
} from './province-mapping';

/**
 * Reads the province's blank workbook and proposes where each total goes. The specialist
 * confirms the `uncertain` items; the confirmed mapping is stored by fingerprint.
 */
export async function proposeProvinceMapping(bytes: Buffer, fileName: string, template: Template): Promise<ProvinceMapping> {
  const wb = await openProvinceWorkbook(bytes, fileName);
  const table = locateTable(wb);
  if (!table) {
    throw new ReadError(
      'province-table-not-found',
      `Không tìm thấy bảng số liệu trong tệp mẫu của tỉnh "${fileName}": cần một cột tiêu đề "Các hoạt động" (hoặc "Nội dung") và ít nhất một cột số ("Số lớp/số cuộc thi", "Người", "Số lượng"…).`,
    );
  }
  const rows = mapRows(table, template);
  const columns = mapColumns(table, template);
  return {
    fileName,
    fingerprint: fingerprintOf(bytes),
    templateId: template.id,
    templateVersion: template.version,
    sheet: table.ws.name,
    headerRows: table.headerRows,
    rows: rows.rows,
    columns: columns.columns,
    uncertain: [...columns.uncertain, ...rows.uncertain],
  };
}

function freeSheetName(taken: string[], wanted: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

/**
 * A copy of the province's workbook with the district totals in the mapped cells; every
 * other cell, style, merge, width, formula, sheet and print setting as exceljs read it.
 * Cells that hold a formula, sit inside a merge or carry the province's text are not
 * written but returned in `skipped`.
 */
export async function fillProvinceWorkbook(
  bytes: Buffer,
  mapping: ProvinceMapping,
  result: ConsolidationResult,
  opts: { annex?: 'sheet' | 'none' } = {},
): Promise<{ buffer: Buffer; written: ProvinceCellWrite[]; skipped: ProvinceCellSkipped[] }> {
  if (fingerprintOf(bytes) !== mapping.fingerprint) {
    throw new ReadError(
      'province-mapping-mismatch',
      `Tệp mẫu "${mapping.fileName}" đã thay đổi so với lúc ghép dòng, cột: cần ghép lại trước khi ghi số liệu.`,
    );
  }
  const wb = await openProvinceWorkbook(bytes, mapping.fileName);
  const ws = wb.getWorksheet(mapping.sheet);
  if (!ws) {
    throw new ReadError('province-sheet-missing', `Tệp mẫu "${mapping.fileName}" không có trang "${mapping.sheet}".`, mapping.sheet);
  }
  const { written, skipped } = writeTotals(wb, ws, mapping, result);
  if (opts.annex === 'sheet') addAnnexSheet(wb, result, freeSheetName(wb.worksheets.map((w) => w.name), ANNEX_SHEET));
  return { buffer: await workbookBytes(wb), written, skipped };
}
