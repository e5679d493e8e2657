/**
 * A school's Word documents as they arrive: the report of the week (administrative heading
 * block, sections I/II of the province's outline, optionally the statistics table with its
 * two-row merged header) and the plan some schools send instead of it.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Campaign } from '../../src-main/core/model/consolidation';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { formatVi, formRows, viCellText, type FormEdits } from './form-rows';
import type { SampleSchool } from './schools';

export interface ReportStyle {
  /** The statistics table inside the Word file (else it is sent as a separate workbook). */
  withTable: boolean;
  /** Headings numbered the school's own way ("2. Tồn tại, hạn chế", "III. ĐỀ XUẤT, KIẾN NGHỊ"). */
  renumbered: boolean;
  /** Text written decomposed (NFD). */
  nfd: boolean;
  edits?: FormEdits;
}

type Block = Paragraph | Table;

const FONT = 'Times New Roman';

/** "2023-10-02" → "02/10/2023". */
function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The letters of a school's short name ("TH Liên Châu" → "THLC"), as in its document numbers. */
function initials(school: SampleSchool): string {
  return school.short
    .split(/\s+/)
    .map((w, i) => (i === 0 ? w : w[0]))
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase();
}

class Writer {
  constructor(private readonly nfd: boolean) {}

  text(s: string): string {
    return this.nfd ? s.normalize('NFD') : s;
  }

  p(s: string, opts: { bold?: boolean; italic?: boolean; center?: boolean } = {}): Paragraph {
    return new Paragraph({
      alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      children: [new TextRun({ text: this.text(s), bold: opts.bold, italics: opts.italic, font: FONT, size: 26 })],
    });
  }

  cell(s: string, opts: { span?: number; vMerge?: 'restart' | 'continue'; bold?: boolean; center?: boolean } = {}): TableCell {
    return new TableCell({
      children: s.split('\n').map((line) => this.p(line, { bold: opts.bold, center: opts.center })),
      columnSpan: opts.span,
      verticalMerge: opts.vMerge === 'restart' ? VerticalMergeType.RESTART : opts.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    });
  }

  /** The heading block of an administrative document: issuer and number left, motto and date right. */
  headingBlock(school: SampleSchool, code: 'BC' | 'KH', number: number, date: string): Table {
    const row = (left: string, right: string, bold: boolean) =>
      new TableRow({ children: [this.cell(left, { bold, center: true }), this.cell(right, { bold, center: true })] });
    return new Table({
      borders: TableBorders.NONE,
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row(`PHÒNG GD&ĐT THANH OAI\n${school.name.toUpperCase()}`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', true),
        row(`Số: ${number}/${code}-${initials(school)}`, date, false),
      ],
    });
  }

  /** The province's form with "Số lượng" spanning "Số lớp/số cuộc thi" and "Người". */
  statisticsTable(template: Template, figures: Figures, edits: FormEdits | undefined): Table {
    const head = (s: string) => this.cell(s, { vMerge: 'restart', bold: true, center: true });
    const under = () => this.cell('', { vMerge: 'continue' });
    const header = [
      new TableRow({ children: [head('STT'), head('Các hoạt động'), head('Đơn vị'), this.cell('Số lượng', { span: 2, bold: true, center: true }), head('Ghi chú')] }),
      new TableRow({ children: [under(), under(), under(), this.cell('Số lớp/số cuộc thi', { bold: true }), this.cell('Người', { bold: true }), under()] }),
    ];
    const body = formRows(template, figures, { numberedSubRows: false, edits }).map(
      ({ row, stt, cells }) =>
        new TableRow({
          children: [stt, row.label, row.unit, viCellText(row, cells[0]), viCellText(row, cells[1]), ''].map((s) => this.cell(s)),
        }),
    );
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...header, ...body] });
  }
}

async function pack(blocks: Block[]): Promise<Buffer> {
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: blocks }] })));
}

/** The school's report of the week, written to the province's outline. */
export async function schoolReportDocx(
  school: SampleSchool,
  template: Template,
  figures: Figures,
  campaign: Campaign,
  style: ReportStyle,
): Promise<Buffer> {
  const w = new Writer(style.nfd);
  const { year } = campaign;
  const week = `từ ngày ${vnDate(campaign.weekStart)} đến ngày ${vnDate(campaign.weekEnd)}`;
  const total = figures['1.0'] ?? {};
  const money = (code: string) => formatVi(figures[code]?.value ?? 0);
  const h = (s: string) => w.p(s, { bold: true });
  const assessment = style.renumbered
    ? [
        h('II. ĐÁNH GIÁ CHUNG'),
        h('1. Kết quả đạt được'),
        w.p('Tuần lễ được tổ chức đúng kế hoạch, thu hút đông đảo cán bộ, giáo viên, học sinh và cha mẹ học sinh tham gia.'),
        h('2. Bài học kinh nghiệm'),
        w.p('Cần phối hợp chặt chẽ với Trung tâm học tập cộng đồng xã và Hội Khuyến học.'),
        h('2. Tồn tại, hạn chế'),
        w.p('Cơ sở vật chất thư viện còn hạn chế, số đầu sách tham khảo chưa nhiều.'),
        h('III. ĐỀ XUẤT, KIẾN NGHỊ'),
        w.p('Đề nghị Phòng GD&ĐT bổ sung sách cho thư viện nhà trường.'),
      ]
    : [
        h('II. ĐÁNH GIÁ CHUNG'),
        h('1. Những kết quả đã đạt được'),
        w.p('Tuần lễ được tổ chức đúng kế hoạch, thu hút đông đảo cán bộ, giáo viên, học sinh và cha mẹ học sinh tham gia.'),
        h('2. Bài học kinh nghiệm'),
        w.p('Cần phối hợp chặt chẽ với Trung tâm học tập cộng đồng xã và Hội Khuyến học.'),
        h('3. Khó khăn, tồn tại'),
        w.p('Cơ sở vật chất thư viện còn hạn chế, số đầu sách tham khảo chưa nhiều.'),
        h('4. Kiến nghị, đề xuất'),
        w.p('Đề nghị Phòng GD&ĐT bổ sung sách cho thư viện nhà trường.'),
      ];
  const tableHeading = style.renumbered ? 'IV. BẢNG TỔNG HỢP SỐ LIỆU' : '5. Bảng tổng hợp số liệu các hoạt động tổ chức Tuần lễ';
  return pack([
    w.headingBlock(school, 'BC', 20 + (school.students % 60), `Thanh Oai, ngày 10 tháng 10 năm ${year}`),
    w.p('BÁO CÁO', { bold: true, center: true }),
    w.p(`Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}`, { bold: true, center: true }),
    w.p(`Thực hiện Kế hoạch của UBND huyện Thanh Oai về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}, ${school.name} báo cáo kết quả như sau:`),
    h('I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ'),
    h('1. Công tác chỉ đạo, ban hành kế hoạch triển khai thực hiện'),
    w.p(`Nhà trường xây dựng kế hoạch, tổ chức Lễ phát động Tuần lễ vào sáng ngày ${vnDate(campaign.weekStart)} và tuyên truyền tới toàn thể cán bộ, giáo viên, học sinh.`),
    h('2. Nội dung các hoạt động đã triển khai trong Tuần lễ'),
    w.p(`Trong Tuần lễ (${week}), nhà trường tổ chức ${total.count ?? 0} lớp bồi dưỡng, tập huấn với ${formatVi(total.people ?? 0)} lượt người tham gia; phát động quyên góp được ${formatVi(figures['4.3']?.value ?? 0)} quyển sách.`),
    h('3. Kinh phí tổ chức Tuần lễ'),
    w.p(`Ngân sách nhà nước: ${money('10.1')} đồng; kinh phí huy động từ các nguồn hợp pháp khác: ${money('10.2')} đồng.`),
    ...assessment,
    h(tableHeading),
    style.withTable ? w.statisticsTable(template, figures, style.edits) : w.p('(Bảng số liệu gửi kèm trong tệp Excel.)', { italic: true }),
    w.p('HIỆU TRƯỞNG', { bold: true, center: true }),
    w.p('Nguyễn Thị Hoa', { bold: true, center: true }),
    w.p('Nơi nhận: Phòng GD&ĐT (để b/c); Lưu: VT.', { italic: true }),
  ]);
}

/** The plan for the week, which some schools send instead of the report of it. */
export async function schoolPlanDocx(school: SampleSchool, campaign: Campaign): Promise<Buffer> {
  const w = new Writer(false);
  const h = (s: string) => w.p(s, { bold: true });
  return pack([
    w.headingBlock(school, 'KH', 15, `Thanh Oai, ngày 25 tháng 9 năm ${campaign.year}`),
    w.p('KẾ HOẠCH', { bold: true, center: true }),
    w.p(`Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${campaign.year}`, { bold: true, center: true }),
    h('I. MỤC ĐÍCH, YÊU CẦU'),
    w.p('Nâng cao nhận thức của cán bộ, giáo viên, học sinh về vai trò của việc học tập suốt đời.'),
    h('II. NỘI DUNG VÀ THỜI GIAN'),
    w.p(`Tuần lễ được tổ chức từ ngày ${vnDate(campaign.weekStart)} đến ngày ${vnDate(campaign.weekEnd)}: lễ phát động, ngày hội đọc sách, quyên góp sách cho thư viện.`),
    h('III. TỔ CHỨC THỰC HIỆN'),
    w.p('Các tổ chuyên môn, Tổng phụ trách Đội và thư viện nhà trường thực hiện theo kế hoạch này.'),
    w.p('HIỆU TRƯỞNG', { bold: true, center: true }),
  ]);
}
