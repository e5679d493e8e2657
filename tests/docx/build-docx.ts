/** Builders of realistic Word files for the docx tests (the `docx` package writes real OOXML). */
import {
  AlignmentType,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';

export type Child = Paragraph | Table;

export async function docxOf(children: Child[], extra?: Partial<ConstructorParameters<typeof Document>[0]>): Promise<Buffer> {
  const section: ISectionOptions = { children };
  const doc = new Document({ ...extra, sections: [section] });
  return Packer.toBuffer(doc);
}

export function p(text: string, opts?: { bold?: boolean; font?: string }): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: opts?.bold, font: opts?.font })] });
}

export function centered(text: string, bold = true): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });
}

export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

/** Cell with one paragraph per line. */
export function cell(
  text: string,
  opts?: { span?: number; vMerge?: 'restart' | 'continue'; children?: Child[] },
): TableCell {
  return new TableCell({
    children: opts?.children ?? text.split('\n').map((line) => p(line)),
    columnSpan: opts?.span,
    verticalMerge:
      opts?.vMerge === 'restart' ? VerticalMergeType.RESTART : opts?.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
  });
}

export function table(rows: TableCell[][]): Table {
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells })) });
}

/** The official two-row header: "Số lượng" spans two columns; STT, label, unit and note span two rows. */
export function statisticsHeader(): TableCell[][] {
  return [
    [
      cell('STT', { vMerge: 'restart' }),
      cell('Các hoạt động', { vMerge: 'restart' }),
      cell('Đơn vị', { vMerge: 'restart' }),
      cell('Số lượng', { span: 2 }),
      cell('Ghi chú', { vMerge: 'restart' }),
    ],
    [
      cell('', { vMerge: 'continue' }),
      cell('', { vMerge: 'continue' }),
      cell('', { vMerge: 'continue' }),
      cell('Số lớp/số cuộc thi'),
      cell('Người'),
      cell('', { vMerge: 'continue' }),
    ],
  ];
}

export function dataRow(stt: string, label: string, unit: string, count: string, people: string, note = ''): TableCell[] {
  return [cell(stt), cell(label), cell(unit), cell(count), cell(people), cell(note)];
}

/** Rows 1.0–1.4 of the template, as a school fills them. */
export const STATISTICS_ROWS: string[][] = [
  ['1', 'Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ', '', '', ''],
  ['', 'Tổng số người tham gia, trong đó:', 'lớp/người', '3', '1.500'],
  ['-', 'Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức (các cấp)', 'lớp/người', '1', '500'],
  ['-', 'Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức (các cấp)', 'lớp/người', '1', '500'],
  ['-', 'Bồi dưỡng nâng cao trình độ tin học cho cán bộ, công chức, viên chức (các cấp)', 'lớp/người', '1', '500'],
  ['2', 'Số tin, bài về các hoạt động của Tuần lễ', 'tin, bài', '12', ''],
  ['3', 'Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)', 'quyển/tờ', '40', ''],
];

/** Replaces word/document.xml of a built docx (for hand-made XML: hostile parts, content controls). */
export async function withDocumentXml(bytes: Buffer, edit: (xml: string) => string, extraFiles?: Record<string, Buffer>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(xml));
  for (const [name, content] of Object.entries(extraFiles ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A school's 2023 report shaped like the real one (seeds/000): a layout table with the
 * school and the motto, "BÁO CÁO", sections renumbered ("2. Tồn tại, hạn chế" after "2. Bài
 * học kinh nghiệm"), "III. ĐỀ XUẤT, KIẾN NGHỊ" instead of II.4, no "Kinh phí", no table,
 * the opening ceremony dated 02/10/2022. Headings "II." and "1." of II are written in NFD.
 */
export function schoolReport2023(extra: Child[] = []): Child[] {
  const nfd = (s: string) => s.normalize('NFD');
  return [
    table([
      [
        cell('UBND HUYỆN THANH OAI\nTRƯỜNG TIỂU HỌC LIÊN CHÂU'),
        cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'),
      ],
      [cell('Số: 205/BC-THLC'), cell('Liên Châu, ngày 10 tháng 10 năm 2023')],
    ]),
    centered('BÁO CÁO'),
    centered('Kết quả tổ chức tuần lễ hưởng ứng học tập suốt đời năm 2023', false),
    p('I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ', { bold: true }),
    p('1. Công tác chỉ đạo', { bold: true }),
    p(
      'Thực hiện chỉ đạo của UBND thành phố Hà Nội tại Công văn số 10733/VP-KGVX ngày 18/9/2023 về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023; Công văn số 3442/SGDĐT-GDTX-ĐH ngày 21/9/2023 của Sở Giáo dục và Đào tạo Hà Nội; kế hoạch số 241/KH-UBND ngày 26/9/2023 của UBND huyện Thanh Oai về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023; Trường Tiểu học Liên Châu báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023 như sau:',
    ),
    p(
      'Ngay sau khi có văn bản chỉ đạo, Trường Tiểu học Liên Châu đã xây dựng Kế hoạch số 192/KH - THLC ngày 27/9/2023 về Kế hoạch tổ chức “Tuần lể hưởng ứng học tập suốt đời” năm 2023. Tuần lễ hưởng ứng học tập suốt đời được tổ chức thống nhất theo lịch của thành phố từ ngày 02/10/2023 đến ngày 08/10/2023 với chủ đề Xây dựng năng lực tự học trong kỷ nguyên số.',
    ),
    p(
      'Trường Tiểu học Liên Châu đã tổ chức phát động “Tuần lễ hưởng ứng học tập suốt đời” vào sáng ngày 02/10/2022 tại Khu A Trường Tiểu học Liên Châu, đã triển khai tới CB, GV, NV, CMHS và học sinh.',
    ),
    p('- Xây dựng năng lực tự học trong kỷ nguyên số.'),
    p('1+ Đọc và học tập suốt đời theo tấm gương Bác Hồ vĩ đại'),
    p('2. Tổ chức các hoạt động', { bold: true }),
    p('- Tổ chức Lễ khai mạc với sự tham gia của CB, GV, NV, HS và đại diện CMHS.'),
    p('Nhà trường đã tổ chức Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2023.'),
    p(nfd('II. ĐÁNH GIÁ CHUNG'), { bold: true }),
    p(nfd('1. Những kết quả đã đạt được'), { bold: true }),
    p('- Trình độ chuyên môn nghiệp vụ, trình độ ngoại ngữ, trình độ tin học của cán bộ, công chức, viên chức được nâng cao.'),
    p('2.Bài học kịnh nghiệm: ', { bold: true }),
    p('Hoạt động tổ chức " Tuần lễ hưởng ứng học tập suốt đời" diễn ra trong thời gian ngắn nhưng đem lại hiệu quả cao.'),
    p('2. Tồn tại, hạn chế:', { bold: true }),
    p('Hoạt động diễn ra trong thời gian ngắn nên việc triển khai phong trào chưa được sâu rộng.'),
    p('III. ĐỀ XUẤT, KIẾN NGHỊ', { bold: true }),
    p('- Cần có sự quan tâm, hỗ trợ đầu tư kinh phí hơn nữa cho các TTHTCĐ trong việc thực hiện hưởng ứng hoạt động học tập suốt đời.'),
    p('Báo cáo gửi về Phòng Giáo dục và Đào tạo trước ngày 17/10/2023.'),
    ...extra,
  ];
}
