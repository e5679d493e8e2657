import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import { templateOrder } from './provenance-sheet';
import { addNumberListSheet } from './number-list-sheet';
import type { SheetCellValue } from './sheet-rows-xml';
import { measureWord, statusLabel } from './vi-labels';

export const SCHOOL_DETAIL_SHEET = 'Chi tiết theo trường';

const HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Trường', 'Trạng thái tại đơn vị', 'Mã dòng', 'Hoạt động', 'Chỉ tiêu', 'Giá trị', 'Nguồn số liệu'];
const WIDTHS = [12, 30, 18, 30, 18, 8, 45, 12, 14, 70];

/**
 * "Chi tiết theo trường" (a province's round): every school of every district that sent this
 * app's workbook, each number with where the district read it, "Phòng GD&ĐT huyện Châu Thành
 * › Trường Tiểu học Liên Châu › BC HTSĐ 2023.xlsx, Biểu mẫu!D8".
 */
export async function addSchoolDetailSheet(wb: Workbook, result: ConsolidationResult): Promise<Worksheet> {
  const rows = new Map(result.template.rows.map((row) => [row.code, row]));
  const inOrder = templateOrder(result.template);
  function* lines(): Generator<SheetCellValue[]> {
    for (const unit of result.units) {
      for (const school of unit.schools ?? []) {
        for (const v of [...school.values].sort(inOrder)) {
          const row = rows.get(v.row);
          yield [
            unit.code,
            unit.name,
            statusLabel[unit.status],
            school.name,
            school.status,
            v.row,
            row?.label ?? '',
            row ? measureWord(row, v.measure, result.template) : v.measure,
            v.value,
            `${unit.name} › ${school.name} › ${v.file}, ${v.where}`,
          ];
        }
      }
    }
  }
  const layout = { name: SCHOOL_DETAIL_SHEET, title: 'SỐ LIỆU CỦA TỪNG TRƯỜNG THEO BÁO CÁO CỦA ĐƠN VỊ', headers: HEADERS, widths: WIDTHS, valueHeader: 'Giá trị' };
  return addNumberListSheet(wb, layout, lines());
}
