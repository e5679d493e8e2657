import { describe, expect, it } from 'vitest';
import { matchRowLabels } from '../../src-main/core/extract/match-rows';
import type { Template } from '../../src-main/core/model/template';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { OFFICIAL_ROWS } from './official-form';

function codes(rows: Array<[code: string, stt: string, label: string, unit: string]>, template: Template = llw2022) {
  return matchRowLabels(rows.map(([, stt, label, unit]) => ({ stt, label, unit })), template).map((m) => m?.code ?? null);
}

/** How schools really rewrite the form: abbreviations, capitals, no diacritics, typos, own numbering. */
const REWRITTEN: Array<[code: string, stt: string, label: string, unit: string]> = [
  ['1', 'I', 'CÁC LỚP BỒI DƯỠNG, TẬP HUẤN TỔ CHỨC TRONG TUẦN LỄ', ''],
  ['1.0', '', 'Tổng số', 'Lớp/người'],
  ['1.1', '1.1', 'BD nâng cao trình độ CMNV cho CB, CC, VC', 'lớp/người'],
  ['1.2', '1.2', 'Boi duong nang cao trinh do ngoai ngu cho can bo, cong chuc, vien chuc', 'lop/nguoi'],
  ['1.3', '1.3', 'BD tin học cho CBCCVC', 'lớp/người'],
  ['1.4', '-', 'Nâng cao tay nghề cho công nhân lao động', 'lớp/người'],
  ['1.5', '-', 'Học nghề cho lao động nông thôn', 'lớp/người'],
  ['1.6', '-', 'Nâng cao trình độ văn hoá cho CBCC cấp xã, người lao động trong các KCN, KCX', 'lớp/người'],
  ['1.7', '-', 'GD kỹ năng sống cho HS', 'lớp/người'],
  ['1.8', '-', 'Phổ biến kiến thức khoa học, pháp luật cho người lao động', 'lớp/người'],
  ['1.9', '-', 'BDTX cho GV', 'lớp/người'],
  ['1.10', '-', 'Tập huấn cho CBQL, báo cáo viên TTVH-TT và TTHTCĐ', 'lớp/người'],
  ['1.11', '+', 'PCGD tiểu học', 'lớp/người'],
  ['1.12', '+', 'PCGD THCS', 'lớp/người'],
  ['1.13', '+', 'XMC', 'lớp/người'],
  ['1.14', '+', 'Lớp bồi dưỡng khác', 'lớp/người'],
  ['2', 'II', 'Tin, bài về Tuần lễ', 'tin/bài'],
  ['3', 'III', 'Ấn phẩm thông tin (tờ rơi, áp phích…)', 'tờ'],
  ['4', 'IV', 'Phát động phong trào quyên góp sách', ''],
  ['4.1', 'a', 'Số tập thể tặng sách', 'tập thể'],
  ['4.2', 'b', 'Số cá nhân tặng sách', 'cá nhân'],
  ['4.3', 'c', 'Số sách huy động được', 'quyển'],
  ['5', 'V', 'Tổ chức các cuộc thi, tọa đàm về khuyến đọc, khuyến học', ''],
  ['5.1', '', 'Hội sách', 'cuộc'],
  ['5.2', '', 'Trưng bày, triển lãm sách báo', 'cuộc'],
  ['5.3', '', 'Thi tìm hiểu lịch sử, văn hóa địa phương', 'cuộc/người'],
  ['5.4', '', 'Thi về sách', 'cuộc/người'],
  ['5.5', '', 'Sinh hoạt chuyên đề HTSĐ, xây dựng XHHT', 'cuộc/người'],
  ['5.6', '', 'Cuộc thi khác', 'cuộc/người'],
  ['6', 'VI', 'Văn nghệ, thể thao, tham quan', ''],
  ['6.1', '', 'Hoạt động TDTT', 'cuộc/người'],
  ['6.2', '', 'Hoạt động văn nghệ', 'cuộc/người'],
  ['6.3', '', 'Tham quan bảo tàng, di tích lịch sử', 'cuộc/người'],
  ['7', 'VII', 'Lễ khai mạc Tuần lễ', ''],
  ['7.1', '', 'Số huyện tổ chức lễ khai mạc', 'huyện'],
  ['7.2', '', 'Số CSGD tổ chức lễ khai mạc', 'trường'],
  ['8', 'VIII', 'Hội thảo, sinh hoạt chuyên đề', 'cuộc/người'],
  ['9', 'IX', 'Khen thưởng', ''],
  ['9.1', '', 'Tập thể', 'đơn vị'],
  ['9.2', '', 'Cá nhân', 'người'],
  ['10', 'X', 'KINH PHÍ', ''],
  ['10.1', '', 'NSNN', 'đồng'],
  ['10.2', '', 'Huy động từ các nguồn hợp pháp khác', 'đồng'],
  ['11', 'XI', 'Nội dung khác', ''],
];

describe('matchRowLabels', () => {
  it('matches the province form as printed, typos included', () => {
    expect(codes(OFFICIAL_ROWS)).toEqual(OFFICIAL_ROWS.map(([code]) => code));
  });

  it('matches labels written in decomposed Unicode (NFD)', () => {
    const nfd = OFFICIAL_ROWS.map(([code, stt, label, unit]): [string, string, string, string] => [code, stt, label.normalize('NFD'), unit.normalize('NFD')]);
    expect(codes(nfd)).toEqual(OFFICIAL_ROWS.map(([code]) => code));
  });

  it('matches abbreviated, re-cased, diacritic-less, renumbered labels', () => {
    expect(codes(REWRITTEN)).toEqual(REWRITTEN.map(([code]) => code));
  });

  it('matches rows in another order and with the number typed into the label', () => {
    const shuffled: Array<[string, string, string, string]> = [
      ['9.2', '', '2. Cá nhân', 'người'],
      ['1.9', '', '1.9. Bồi dưỡng thường xuyên cho giáo viên', 'lớp/người'],
      ['10.1', '', 'a) Ngân sách nhà nước', 'đồng'],
      ['5.4', '', '- Thi về sách', 'số cuộc/người'],
    ];
    expect(codes(shuffled)).toEqual(['9.2', '1.9', '10.1', '5.4']);
  });

  it('tells 9.1 "Tập thể" from 4.1 "Số tập thể tặng sách"', () => {
    const rows = OFFICIAL_ROWS.filter(([code]) => ['4', '4.1', '4.2', '9', '9.1', '9.2'].includes(code));
    expect(codes(rows)).toEqual(['4', '4.1', '4.2', '9', '9.1', '9.2']);
  });

  it('uses the heading above a row when two rows are both written "Tập thể"', () => {
    const rows: Array<[string, string, string, string]> = [
      ['4', '4', 'Quyên góp sách', ''],
      ['4.1', '', 'Tập thể', ''],
      ['4.2', '', 'Cá nhân', ''],
      ['9', '9', 'Khen thưởng về tổ chức Tuần lễ', ''],
      ['9.1', '', 'Tập thể', ''],
      ['9.2', '', 'Cá nhân', ''],
    ];
    expect(codes(rows)).toEqual(['4', '4.1', '4.2', '9', '9.1', '9.2']);
    // Sections in another order: the heading, not the position, decides.
    const swapped = [...rows.slice(3), ...rows.slice(0, 3)];
    expect(codes(swapped)).toEqual(['9', '9.1', '9.2', '4', '4.1', '4.2']);
  });

  it('uses each template row at most once and leaves unknown rows unmatched', () => {
    const rows: Array<[string, string, string, string]> = [
      ['9.1', '', 'Tập thể', 'đơn vị'],
      ['dup', '', 'Tập thể', 'đơn vị'],
      ['none', '', 'Số máy tính kết nối Internet', 'máy'],
      ['none2', '', 'Người lập biểu', ''],
    ];
    const got = codes(rows);
    expect(got.filter((c) => c === '9.1')).toHaveLength(1);
    expect(got.slice(2)).toEqual([null, null]);
  });

  it('matches the rows of an imported template with other rows (templates are data)', () => {
    const imported: Template = {
      ...llw2022,
      id: 'thu-vien',
      rows: [
        { code: 'A', stt: '1', label: 'Số đầu sách trong thư viện', unit: 'quyển', kind: 'measured', measures: ['value'] },
        { code: 'B', stt: '2', label: 'Số lượt mượn sách của học sinh', unit: 'lượt', kind: 'measured', measures: ['value'] },
        { code: 'C', stt: '3', label: 'Câu lạc bộ đọc sách', unit: 'câu lạc bộ/người', kind: 'measured', measures: ['count', 'people'], aliases: ['CLB đọc sách'] },
      ],
      rules: [],
    };
    const got = matchRowLabels(
      [
        { stt: '1', label: 'CLB ĐỌC SÁCH', unit: 'CLB/người' },
        { stt: '2', label: 'So luot muon sach cua HS', unit: 'lượt' },
        { stt: '3', label: 'Bồi dưỡng thường xuyên cho giáo viên', unit: 'lớp/người' },
        { stt: '4', label: 'Số đầu sách', unit: 'quyển' },
      ],
      imported,
    );
    expect(got.map((m) => m?.code ?? null)).toEqual(['C', 'B', null, 'A']);
  });
});
