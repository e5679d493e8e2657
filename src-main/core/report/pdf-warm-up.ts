/**
 * A thread that will render the report gets ready while it waits: pdfmake and pdfkit loaded,
 * the fonts parsed and their tables read (kept for the report, pdf-font-reuse.ts), and the
 * layout and writing code run once, on a small report printed the same way as a real one: a
 * portrait table, a landscape annex, every style of the four fonts.
 */
import { defaultOfficeSettings } from '../model/settings';
import type { ReportDocument, ReportTable } from './document';
import { renderReportPdf, type PdfRenderOptions } from './pdf-renderer';

const table = (landscape: boolean): ReportTable => ({
  widths: [3, 16, 6, 6],
  header: [[{ text: 'STT', bold: true, align: 'center' }, { text: 'Đơn vị', bold: true, align: 'center' }, { text: 'Số lượng', bold: true, align: 'center', colSpan: 2 }]],
  body: [
    [{ text: '1', align: 'center' }, { text: 'Trường Tiểu học Đông Hòa' }, { text: '1.234', align: 'right' }, { text: 'Nộp muộn', italic: true }],
    [{ text: 'Tổng cộng', bold: true, align: 'center', colSpan: 2 }, { text: '15.000.000', align: 'right', bold: true }, { text: '' }],
  ],
  fontSize: landscape ? 11 : 12,
  landscape,
});

const sample: ReportDocument = {
  heading: {
    superiorBody: 'UBND HUYỆN',
    officeName: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    numberLine: 'Số:      /BC-PGDĐT',
    nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: 'ngày 17 tháng 10 năm 2023',
  },
  docType: 'BÁO CÁO',
  summary: 'Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời',
  recipients: ['Sở Giáo dục và Đào tạo'],
  opening: [{ kind: 'paragraph', text: 'Thực hiện kế hoạch, Phòng Giáo dục và Đào tạo báo cáo như sau:' }],
  sections: [
    {
      code: 'I',
      heading: 'I. KẾT QUẢ',
      level: 1,
      blocks: [{ kind: 'paragraph', text: 'Có 150 đơn vị tham gia.', placeholder: true }, { kind: 'table', table: table(false) }],
      children: [],
    },
  ],
  closing: [{ kind: 'paragraph', text: 'Trên đây là báo cáo.' }],
  signature: { authorityLine: 'KT. TRƯỞNG PHÒNG', titleLine: 'PHÓ TRƯỞNG PHÒNG', name: 'Nguyễn Văn An' },
  distribution: ['- Như trên;', '- Lưu: VT.'],
  annexes: [{ title: 'PHỤ LỤC', subtitle: ['Số liệu của các đơn vị', '(Kèm theo Báo cáo)'], table: table(true) }],
};

/** Renders the small report once and drops it; throws as renderReportPdf does (no fonts, say). */
export async function prepareReportPdf(opts: PdfRenderOptions = {}): Promise<void> {
  await renderReportPdf(sample, defaultOfficeSettings, opts);
}
