import { describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../src-main/core/model/settings';
import type { ReportBlock, ReportDocument, ReportSection } from '../../src-main/core/report/report-model';
import { mapSectionsToOutline } from '../../src-main/core/checks/narrative-outline-map';
import { draftReport } from '../../src-main/core/report/report-model';
import { digestBySection } from '../../src-main/core/report/digest';
import { formatMoney, formatNumber, placeDate } from '../../src-main/core/report/vn-format';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { district, settings } from './fixture';

const oct17 = new Date(2023, 9, 17);

function find(doc: ReportDocument, code: string): ReportSection {
  const all = doc.sections.flatMap((s) => [s, ...s.children]);
  const s = all.find((x) => x.code === code);
  if (!s) throw new Error(`no section ${code}`);
  return s;
}

function texts(blocks: ReportBlock[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
}

describe('Vietnamese number and date writing', () => {
  it('groups thousands with dots and writes money in đồng', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(3450)).toBe('3.450');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatMoney(15_000_000)).toBe('15.000.000 đồng');
  });

  it('pads days under 10 and the months January and February', () => {
    expect(placeDate('Thanh Oai', new Date(2024, 0, 5))).toBe('Thanh Oai, ngày 05 tháng 01 năm 2024');
    expect(placeDate('Thanh Oai', oct17)).toBe('Thanh Oai, ngày 17 tháng 10 năm 2023');
  });
});

describe('matching a school heading to the outline', () => {
  const codeOf = (heading: string) => mapSectionsToOutline([{ heading, paragraphs: [] }], llw2022.outline)[0].code;
  it('sees renumbered, re-worded and mistyped headings as the template sections', () => {
    expect(codeOf('III. ĐỀ XUẤT, KIẾN NGHỊ')).toBe('II.4');
    expect(codeOf('2. Tồn tại, hạn chế:')).toBe('II.3');
    expect(codeOf('2.Bài học kịnh nghiệm:')).toBe('II.2');
    expect(codeOf('1. Công tác chỉ đạo')).toBe('I.1');
    expect(codeOf('I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ'.normalize('NFD'))).toBe('I');
  });
  it('leaves a school sub-heading or a letter line unmatched, however many words it shares', () => {
    expect(codeOf('* Các hoạt động tiêu biểu:')).toBeNull();
    expect(codeOf('a) Tuyên truyền')).toBeNull();
    expect(codeOf('Kính gửi:')).toBeNull();
    expect(codeOf('Nơi nhận:')).toBeNull();
  });
  it('reads a title two parts share as the one under the part being read', () => {
    const outline = [
      { code: 'I', title: 'Hoạt động thư viện', children: [{ code: 'I.1', title: 'Kết quả' }] },
      { code: 'II', title: 'Hoạt động khuyến học', children: [{ code: 'II.1', title: 'Kết quả' }] },
    ];
    const codes = (...headings: string[]) => mapSectionsToOutline(headings.map((heading) => ({ heading, paragraphs: [] })), outline).map((m) => m.code);
    expect(codes('II. HOẠT ĐỘNG KHUYẾN HỌC', '1. Kết quả:')).toEqual(['II', 'II.1']);
    expect(codes('I. HOẠT ĐỘNG THƯ VIỆN', '1. Kết quả:')).toEqual(['I', 'I.1']);
  });
});

describe('digest of what the schools wrote', () => {
  it('gives a paragraph several schools copied once, with every school named', () => {
    const base = district().units[0];
    const same = 'Đề nghị cấp trên hỗ trợ kinh phí mua sách cho thư viện.';
    const units = [
      { ...base, code: 'A', name: 'Trường A', sections: [{ heading: 'Kiến nghị', paragraphs: [`- ${same}`] }] },
      { ...base, code: 'B', name: 'Trường B', sections: [{ heading: '4. Kiến nghị, đề xuất:', paragraphs: [same.normalize('NFD')] }] },
    ];
    const digest = digestBySection(units, llw2022.outline).get('II.4');
    expect(digest?.items).toEqual([{ text: same.replace(/\.$/, ''), units: ['Trường A', 'Trường B'] }]);
  });
});

describe('draftReport', () => {
  const doc = draftReport(district(), settings, { date: oct17 });

  it('fills the decree heading from the settings and leaves the number to the clerk', () => {
    expect(doc.heading).toMatchObject({
      superiorBody: 'UBND HUYỆN THANH OAI',
      officeName: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Thanh Oai, ngày 17 tháng 10 năm 2023',
    });
    expect(doc.heading.numberLine).toMatch(/^Số:\s+\/BC-PGDĐT$/);
    expect(draftReport(district(), { ...settings, docNumber: '5' }).heading.numberLine).toBe('Số: 05/BC-PGDĐT');
    expect(doc.docType).toBe('BÁO CÁO');
    expect(doc.summary).toBe('Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023');
    expect(doc.recipients).toEqual(['Sở Giáo dục và Đào tạo Hà Nội']);
  });

  it('follows the template outline with numbered headings', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(['I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ', 'II. ĐÁNH GIÁ CHUNG']);
    expect(doc.sections[1].children.map((s) => s.heading)).toEqual([
      '1. Những kết quả đã đạt được',
      '2. Bài học kinh nghiệm',
      '3. Khó khăn, tồn tại',
      '4. Kiến nghị, đề xuất',
      '5. Bảng tổng hợp số liệu các hoạt động tổ chức Tuần lễ',
    ]);
  });

  it('states who reported, the totals, and names the late, missing and uncounted units', () => {
    const activities = texts(find(doc, 'I.2').blocks);
    expect(activities).toContain('Toàn huyện có 5/6 đơn vị báo cáo; tổng số 120 lớp với 3.450 lượt người tham gia');
    expect(activities).toMatch(/nộp báo cáo muộn[^\n]*Trường THCS Cự Khê/);
    expect(activities).toMatch(/chưa nộp báo cáo: Trường Tiểu học Thanh Thùy/);
    expect(activities).toMatch(/chưa được tổng hợp[^\n]*Trung tâm học tập cộng đồng xã Tam Hưng/);
    expect(activities).toContain('giáo dục kỹ năng sống cho học sinh: 59 lớp với 2.070 lượt người');
    expect(activities).toContain('Số tin, bài về các hoạt động của Tuần lễ: 18 tin, bài');
  });

  it('writes the money rows in đồng under the funding section', () => {
    expect(texts(find(doc, 'I.3').blocks)).toContain('- Ngân sách nhà nước: 15.000.000 đồng.');
  });

  it("quotes each school's recommendations and difficulties, attributed", () => {
    expect(texts(find(doc, 'II.4').blocks)).toContain(
      '- Cần có sự quan tâm, hỗ trợ đầu tư kinh phí hơn nữa cho các TTHTCĐ trong việc thực hiện hưởng ứng hoạt động học tập suốt đời (Trường Tiểu học Liên Châu).',
    );
    expect(texts(find(doc, 'II.3').blocks)).toContain('chưa được sâu rộng (Trường Tiểu học Liên Châu).');
    const lessons = find(doc, 'II.2').blocks;
    expect(lessons).toEqual([expect.objectContaining({ kind: 'paragraph', placeholder: true })]);
  });

  it('puts the whole statistics table, with totals, in section II.5', () => {
    const block = find(doc, 'II.5').blocks.find((b) => b.kind === 'table');
    if (block?.kind !== 'table') throw new Error('no table');
    const { table } = block;
    expect(table.body).toHaveLength(llw2022.rows.length);
    expect(table.header[0].map((c) => c.text)).toEqual(['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', 'Ghi chú']);
    const row = (label: string) => table.body.find((r) => r[1].text === label)!.map((c) => c.text);
    expect(row('Tổng số người tham gia, trong đó:')).toEqual(['', 'Tổng số người tham gia, trong đó:', 'lớp/người', '120', '3.450', '']);
    expect(row('Ngân sách nhà nước')[3]).toBe('15.000.000');
    expect(table.landscape).toBe(false);
  });

  it('lists every unit in the annex, numbers only for counted units, and a total line', () => {
    const { table } = doc.annexes[0];
    expect(table.landscape).toBe(true);
    expect(table.body).toHaveLength(7);
    const byName = new Map(table.body.map((r) => [r[1].text, r.map((c) => c.text)]));
    expect(byName.get('Trường Mầm non Bích Hòa')?.slice(2, 4)).toEqual(['35', '950']);
    expect(byName.get('Trường Tiểu học Thanh Thùy')?.slice(2, 4)).toEqual(['', '']);
    expect(byName.get('Trường Tiểu học Thanh Thùy')?.at(-1)).toBe('Chưa nộp');
    expect(byName.get('Trường THCS Cự Khê')?.at(-1)).toBe('Nộp muộn');
    const total = table.body.at(-1)!.map((c) => c.text);
    expect(total.slice(0, 3)).toEqual(['Tổng cộng', '120', '3.450']);
    expect(total).toContain('15.000.000');
  });

  it('prints the signer exactly as configured and the distribution list punctuated', () => {
    expect(doc.signature).toEqual({ authorityLine: 'KT. TRƯỞNG PHÒNG', titleLine: 'PHÓ TRƯỞNG PHÒNG', name: 'Nguyễn Văn An' });
    const head = draftReport(district(), { ...settings, signer: { prefix: '', authorityTitle: '', title: 'Trưởng phòng', name: 'Lê Thị Bình' } });
    expect(head.signature).toEqual({ authorityLine: '', titleLine: 'TRƯỞNG PHÒNG', name: 'Lê Thị Bình' });
    expect(doc.distribution).toEqual(['- Sở GD&ĐT (để b/c);', '- UBND huyện (để b/c);', '- Lưu: VT, GDTX.']);
  });

  it('shows visible placeholders, not a guessed signer, with the default settings', () => {
    const d = draftReport(district(), defaultOfficeSettings);
    expect(d.signature.name).toMatch(/Chưa cấu hình/);
  });

  it('is plain data: survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
