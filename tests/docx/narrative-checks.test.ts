import { describe, expect, it } from 'vitest';
import { campaignForYear } from '../../src-main/core/campaign';
import { checkNarrative, mapSectionsToOutline } from '../../src-main/core/checks/narrative-checks';
import type { SourceDocument } from '../../src-main/core/model/source';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { centered, dataRow, docxOf, p, schoolReport2023, STATISTICS_ROWS, statisticsHeader, table } from './build-docx';

const campaign2023 = campaignForYear(2023);

async function schoolReport(extra: Parameters<typeof schoolReport2023>[0] = []): Promise<SourceDocument> {
  return readDocx(await docxOf(schoolReport2023(extra)), 'Báo cáo (1).docx');
}

describe('mapSectionsToOutline', () => {
  it('maps renumbered, reworded and moved headings to the template outline by meaning', async () => {
    const doc = await schoolReport();
    const mapped = mapSectionsToOutline(doc.sections, llw2022.outline).map((m) => [m.section.heading, m.code]);
    expect(mapped).toEqual([
      ['BÁO CÁO', null],
      ['I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ', 'I'],
      ['1. Công tác chỉ đạo', 'I.1'],
      ['2. Tổ chức các hoạt động', 'I.2'],
      ['II. ĐÁNH GIÁ CHUNG', 'II'],
      ['1. Những kết quả đã đạt được', 'II.1'],
      ['2.Bài học kịnh nghiệm:', 'II.2'],
      ['2. Tồn tại, hạn chế:', 'II.3'],
      ['III. ĐỀ XUẤT, KIẾN NGHỊ', 'II.4'],
    ]);
  });

  it('maps headings without diacritics or with an unknown title', () => {
    const sections = [
      { heading: '3. Kinh phi to chuc', paragraphs: [] },
      { heading: 'IV. Mot so hinh anh', paragraphs: [] },
    ];
    expect(mapSectionsToOutline(sections, llw2022.outline).map((m) => m.code)).toEqual(['I.3', null]);
  });
});

describe('checkNarrative on a real-shaped school report', () => {
  it('finds the missing Kinh phí section, the moved sections, the missing table and last year’s date', async () => {
    const findings = checkNarrative(await schoolReport(), llw2022, campaign2023);
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule);

    expect(byRule('missing-section').map((f) => f.message)).toEqual([
      'Tệp Báo cáo (1).docx thiếu mục I.3 "Kinh phí tổ chức Tuần lễ" của mẫu.',
    ]);

    const renumbered = byRule('renamed-section').filter((f) => f.severity === 'warning');
    expect(renumbered.map((f) => f.where)).toEqual(['mục "2. Tồn tại, hạn chế:"', 'mục "III. ĐỀ XUẤT, KIẾN NGHỊ"']);
    expect(renumbered[1].message).toContain('II.4 "Kiến nghị, đề xuất"');
    // Reworded in place ("1. Công tác chỉ đạo" for I.1) is only worth knowing.
    expect(byRule('renamed-section').find((f) => f.where === 'mục "1. Công tác chỉ đạo"')?.severity).toBe('info');

    expect(byRule('no-table')).toHaveLength(1);
    expect(byRule('no-table')[0].severity).toBe('error');
    expect(byRule('no-table')[0].message).toContain('không có gì để tổng hợp');

    const dates = byRule('date-outside-week');
    expect(dates).toHaveLength(1);
    expect(dates[0].message).toContain('02/10/2022');
    expect(dates[0].message).toContain('02/10/2023–08/10/2023');
    expect(dates[0].message).toContain('vào sáng ngày 02/10/2022 tại Khu A');
    expect(dates[0].where).toBe('mục "1. Công tác chỉ đạo", đoạn 3');
  });

  it('does not ask for the table in the Word file when the submission has it in Excel', async () => {
    const findings = checkNarrative(await schoolReport(), llw2022, campaign2023, { tableElsewhere: true });
    expect(findings.map((f) => f.rule)).not.toContain('no-table');
  });

  it('accepts the statistics table in the Word file, and tells it from layout tables', async () => {
    const stats = table([...statisticsHeader(), ...STATISTICS_ROWS.map((r) => dataRow(r[0], r[1], r[2], r[3], r[4]))]);
    const findings = checkNarrative(await schoolReport([p('5. Bảng tổng hợp số liệu'), stats]), llw2022, campaign2023);
    expect(findings.map((f) => f.rule)).not.toContain('no-table');
  });

  it('finds worded dates of another year and events dated before the week', async () => {
    const doc = await schoolReport([
      p('IV. MỘT SỐ HOẠT ĐỘNG KHÁC', { bold: true }),
      p('Nhà trường tổ chức tọa đàm ngày 5 tháng 10 năm 2021 với cha mẹ học sinh.'),
      p('Lễ khai mạc Tuần lễ diễn ra ngày 25/9/2023 tại sân trường.'),
      p('Ngày 20/9/2023 nhà trường họp chuẩn bị; ngày 04/10/2023 tổ chức thi kể chuyện.'),
    ]);
    const dates = checkNarrative(doc, llw2022, campaign2023).filter((f) => f.rule === 'date-outside-week');
    expect(dates.map((f) => f.message.match(/ghi ngày (.*?), ngoài/)?.[1])).toEqual([
      '02/10/2022',
      'ngày 5 tháng 10 năm 2021',
      '25/9/2023',
    ]);
  });

  it('gives one warning, not one per section, for a file with no narrative at all', async () => {
    const stats = table([...statisticsHeader(), ...STATISTICS_ROWS.map((r) => dataRow(r[0], r[1], r[2], r[3], r[4]))]);
    const doc = await readDocx(await docxOf([centered('BẢNG TỔNG HỢP SỐ LIỆU'), stats]), 'bang so lieu.docx');
    const findings = checkNarrative(doc, llw2022, campaign2023);
    expect(findings.map((f) => f.rule)).toEqual(['missing-section']);
    expect(findings[0].message).toContain('không có mục nào');
  });

  it('says a plan is not a report, and nothing else', async () => {
    const plan = await readDocx(
      await docxOf([
        p('Số: /KH-THHT'),
        p('Vĩnh Hòa, ngày 01 tháng 10 năm 2025'),
        centered('KẾ HOẠCH'),
        centered('Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025', false),
        p('Căn cứ Công văn số 5607/BGDĐT-GDNNGD TX ngày 15/9/2025 của Bộ Giáo dục và Đào tạo;'),
        p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
        p('II. NỘI DUNG, THỜI GIAN TỔ CHỨC', { bold: true }),
        p('Tuần lễ được tổ chức từ ngày 01/10/2025 đến ngày 07/10/2025.'),
      ]),
      'ke hoach HTSĐ.docx',
    );
    const findings = checkNarrative(plan, llw2022, campaignForYear(2025));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'plan-not-report' });
    expect(findings[0].message).toContain('ke hoach HTSĐ.docx');
  });

  it('does not take a report citing a plan for a plan', async () => {
    const doc = await schoolReport();
    expect(checkNarrative(doc, llw2022, campaign2023).map((f) => f.rule)).not.toContain('plan-not-report');
  });
});
