import type { RoundLevel } from './round';

/**
 * What a workbook this app wrote says of itself, in a hidden sheet, so that the office one
 * level up reads it exactly instead of guessing: whose it is, of which template and round,
 * and where its totals and its per-unit sources are.
 */
export interface WorkbookMarker {
  /** 'consolidated': an office's consolidated workbook (tong-hop-<year>.xlsx). */
  kind: 'consolidated';
  templateId: string;
  templateVersion: string;
  /** Who reported to the office that wrote it: its schools ('school'), or its districts. */
  level: RoundLevel;
  year: number;
  /** The office that wrote it: "Phòng Giáo dục và Đào tạo huyện Châu Thành". */
  office: string;
  /** The sheet of the totals in the template's table. */
  summarySheet: string;
  /** The sheet of every number of every unit with its file and cell. */
  provenanceSheet: string;
}

/** The hidden sheet holding the marker: one key and one value a row. */
export const WORKBOOK_MARKER_SHEET = 'tonghop-baocao';
/** The first cell of the marker sheet, so that a sheet of that name written by someone else is not taken for one. */
export const MARKER_TITLE = 'Tổng hợp báo cáo: thông tin của tệp';

/** The columns of the sources sheet ("Nguồn số liệu"), the same for the writer and for the office that reads it. */
export const PROVENANCE_HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Mã dòng', 'Hoạt động', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính', 'Ghi trong tệp', 'Tệp', 'Trang tính / bảng', 'Ô'] as const;
