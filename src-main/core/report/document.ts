/**
 * The district report as plain data: drafted from the consolidation, edited by the specialist
 * (every paragraph is a string), then rendered to PDF or DOCX. JSON-serialisable on purpose:
 * the draft is stored and sent to the window as is.
 */

export type CellAlign = 'left' | 'center' | 'right';

export interface ReportTableCell {
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: CellAlign;
  /** Columns this cell covers; the covered cells are left out of the row (as in HTML). */
  colSpan?: number;
  /** Rows this cell covers; the covered cells are left out of the rows below. */
  rowSpan?: number;
}

export interface ReportTable {
  /** Relative column widths. */
  widths: number[];
  /** Header rows, repeated on every page the table spans. */
  header: ReportTableCell[][];
  body: ReportTableCell[][];
  /** Font size inside the table (pt). */
  fontSize: number;
  /** Needs a landscape page of its own. */
  landscape: boolean;
}

export type ReportBlock =
  | {
      kind: 'paragraph';
      text: string;
      /**
       * Drafted as a prompt for the specialist (nothing to draft from): shown highlighted in
       * the editor so that it is not sent up as is.
       */
      placeholder?: boolean;
    }
  | { kind: 'table'; table: ReportTable };

/** A part ("I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ") or section ("1. Công tác chỉ đạo …") of the outline. */
export interface ReportSection {
  /** Outline code ("I", "I.1", "II.5"). */
  code: string;
  /** Heading as printed, with its number. */
  heading: string;
  /** 1 for parts (upper case, bold), 2 for sections (bold). */
  level: 1 | 2;
  blocks: ReportBlock[];
  children: ReportSection[];
}

export interface ReportHeading {
  superiorBody: string;
  officeName: string;
  /** "Số: 125/BC-PGDĐT", or "Số:      /BC-PGDĐT" left for the clerk. */
  numberLine: string;
  nationalName: string;
  motto: string;
  /** "Thanh Oai, ngày 17 tháng 10 năm 2023" */
  placeDate: string;
}

export interface ReportSignature {
  /** "KT. TRƯỞNG PHÒNG", or '' when the head signs in their own name. */
  authorityLine: string;
  /** "PHÓ TRƯỞNG PHÒNG" */
  titleLine: string;
  name: string;
}

export interface ReportAnnex {
  /** "PHỤ LỤC" */
  title: string;
  /** Lines under the title ("Số liệu của các đơn vị", "(Kèm theo Báo cáo số …)"). */
  subtitle: string[];
  table: ReportTable;
}

export interface ReportDocument {
  heading: ReportHeading;
  /** "BÁO CÁO" */
  docType: string;
  /** Trích yếu: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023". */
  summary: string;
  /** Kính gửi: one recipient, or several (printed as a "-" list). */
  recipients: string[];
  /** Paragraphs before part I. */
  opening: ReportBlock[];
  sections: ReportSection[];
  /** Paragraphs after the last part ("Trên đây là báo cáo …"). */
  closing: ReportBlock[];
  signature: ReportSignature;
  /** "Nơi nhận" lines as printed ("- Sở GD&ĐT (để b/c);", last "- Lưu: VT, GDTX."). */
  distribution: string[];
  annexes: ReportAnnex[];
}
