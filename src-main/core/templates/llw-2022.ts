import type { Template, TemplateRow } from '../model/template';

/**
 * "Mẫu tổng hợp số liệu kết quả tổ chức Tuần lễ" from the Bến Tre province guideline (2022):
 * the first built-in template. Data only: nothing in the logic names these rows.
 */

const LN = 'lớp/người';
const CN = 'số cuộc/người';

type RowSpec = [code: string, stt: string, label: string, unit: string, extra?: Partial<TemplateRow>];

const specs: RowSpec[] = [
  ['1', '1', 'Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ', ''],
  ['1.0', '', 'Tổng số người tham gia, trong đó:', LN, { aliases: ['Tổng số', 'Tổng số lớp/người tham gia', 'Tổng cộng'] }],
  ['1.1', '', 'Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức (các cấp)', LN, { aliases: ['BD nâng cao trình độ CMNV cho CBCCVC'] }],
  ['1.2', '', 'Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức (các cấp)', LN, { aliases: ['BD ngoại ngữ cho CBCCVC'] }],
  ['1.3', '', 'Bồi dưỡng nâng cao trình độ tin học cho cán bộ, công chức, viên chức (các cấp)', LN, { aliases: ['BD tin học cho CBCCVC'] }],
  ['1.4', '', 'Bồi dưỡng nâng cao tay nghề cho công nhân lao động', LN, { aliases: ['Nâng cao tay nghề cho CNLĐ'] }],
  ['1.5', '', 'Học nghề cho lao động nông thôn', LN, { aliases: ['Dạy nghề cho LĐNT'] }],
  ['1.6', '', 'Nâng cao trình độ văn hóa cho cán bộ công chức cấp xã, người lao động trong các khu công nghiệp, khu chế xuất', LN, { aliases: ['Nâng cao trình độ văn hóa cho CBCC cấp xã, người lao động trong các KCN, KCX'] }],
  ['1.7', '', 'Giáo dục kỹ năng sống cho học sinh', LN, { aliases: ['GD KNS cho HS', 'Giáo dục KNS cho học sinh'] }],
  ['1.8', '', 'Phổ biến kiến thức khoa học, kiến thức pháp luật cho người lao động', LN, { aliases: ['Phổ biến KHKT, pháp luật cho người lao động'] }],
  ['1.9', '', 'Bồi dưỡng thường xuyên cho giáo viên', LN, { aliases: ['BDTX cho GV', 'BDTX giáo viên'] }],
  ['1.10', '', 'Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên TTVH-TT và HTCD', LN, { aliases: ['BD, tập huấn cho CBQL, báo cáo viên TTVH-TT và HTCĐ', 'Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên TTVHTT và TTHTCĐ'] }],
  ['1.11', '', 'Phổ cập giáo dục tiểu học', LN, { aliases: ['PCGD tiểu học', 'PCGDTH'] }],
  ['1.12', '', 'Phổ cập giáo dục THCS', LN, { aliases: ['PCGD THCS', 'Phổ cập giáo dục trung học cơ sở'] }],
  ['1.13', '', 'Xóa mù chữ', LN, { aliases: ['XMC'] }],
  ['1.14', '', 'Các lớp bồi dưỡng, tập huấn khác', LN, { aliases: ['Lớp BD, tập huấn khác'] }],
  ['2', '2', 'Số tin, bài về các hoạt động của Tuần lễ', 'tin, bài', { aliases: ['Tin bài về Tuần lễ'] }],
  ['3', '3', 'Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)', 'quyển/tờ', { aliases: ['Ấn phẩm thông tin'] }],
  ['4', '4', 'Phát động phong trào và tổ chức quyên góp sách giúp xây dựng tủ sách lớp học, xây dựng thư viện trường học', '', { aliases: ['Phát động phong trào và tổ chức tuyên góp sách giúp xây dựng tủ sách lớp học, xây dựng thư viện trường học', 'Quyên góp sách'] }],
  ['4.1', '', 'Số tập thể tặng sách', 'tập thể'],
  ['4.2', '', 'Số cá nhân tặng sách', 'cá nhân'],
  ['4.3', '', 'Số sách đã huy động tặng các trường học, thư viện', 'quyển', { aliases: ['Số sách huy động'] }],
  ['5', '5', 'Tổ chức các thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng xã hội học tập', '', { aliases: ['Tổ chức các cuộc thi, tọa đàm về khuyến đọc, khuyến học và xây dựng XHHT'] }],
  ['5.1', '', 'Hội sách, đường sách, phố sách', 'số cuộc'],
  ['5.2', '', 'Trưng bày, triển lãm sách báo, tư liệu', 'số cuộc', { aliases: ['Trung bày, triển lãm sách báo, tư liệu'] }],
  ['5.3', '', 'Thi tìm hiểu, học tập lịch sử, văn hóa địa phương tại các bảo tàng, di tích', CN],
  ['5.4', '', 'Thi về sách (thi xếp sách nghệ thuật, thi vẽ tranh theo sách, thi tìm hiểu kiến thức qua sách báo, thi thiếu nhi kể chuyện theo sách, thi viết cảm nhận qua việc đọc sách)', CN, { aliases: ['Thi về sách'] }],
  ['5.5', '', 'Sinh hoạt chuyên đề học tập suốt đời, xây dựng xã hội học tập', CN, { aliases: ['Sinh hoạt chuyên đề HTSĐ, xây dựng XHHT'] }],
  ['5.6', '', 'Các cuộc thi khác', CN],
  ['6', '6', 'Tổ chức hoạt động văn nghệ, thể thao, tham quan, sinh hoạt chuyên đề', ''],
  ['6.1', '', 'Hoạt động thể dục thể thao', CN, { aliases: ['Hoạt động TDTT'] }],
  ['6.2', '', 'Hoạt động văn nghệ', CN],
  ['6.3', '', 'Tham quan, học tập tại bảo tàng, di tích lịch sử', CN],
  ['7', '7', 'Tổ chức Lễ khai mạc Tuần lễ', ''],
  ['7.1', '', 'Số huyện tổ chức Lễ khai mạc', 'huyện'],
  ['7.2', '', 'Số cơ sở giáo dục tổ chức Lễ khai mạc', 'trường/trung tâm', { aliases: ['Số CSGD tổ chức Lễ khai mạc'] }],
  ['8', '8', 'Tổ chức hội thảo/sinh hoạt chuyên đề', 'cuộc/người'],
  ['9', '9', 'Khen thưởng về tổ chức Tuần lễ', ''],
  ['9.1', '', 'Tập thể', 'đơn vị', { aliases: ['Khen thưởng tập thể'] }],
  ['9.2', '', 'Cá nhân', 'người', { aliases: ['Khen thưởng cá nhân'] }],
  ['10', '10', 'Kinh phí', ''],
  ['10.1', '', 'Ngân sách nhà nước', 'đồng', { money: true, aliases: ['NSNN', 'Kinh phí ngân sách nhà nước'] }],
  ['10.2', '', 'Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)', 'đồng', { money: true, aliases: ['Kinh phí hỗ trợ, huy động từ các nguồn lợi pháp khác (nếu có)', 'Huy động xã hội hóa', 'Nguồn hợp pháp khác'] }],
  ['11', '11', 'Các nội dung khác (nếu có)', '', { kind: 'text' }],
];

/** "lớp/người", "số cuộc/người": a slash with "người" after it means two measures. */
function measuresOf(unit: string): TemplateRow['measures'] {
  if (!unit) return [];
  return /\/\s*người\s*$/u.test(unit) ? ['count', 'people'] : ['value'];
}

function buildRows(): TemplateRow[] {
  let heading: string | undefined;
  return specs.map(([code, stt, label, unit, extra]) => {
    const isSub = code.includes('.');
    if (!isSub) heading = code;
    const kind = extra?.kind ?? (unit ? 'measured' : 'heading');
    const row: TemplateRow = {
      code,
      stt,
      label,
      unit,
      kind,
      measures: kind === 'measured' ? measuresOf(unit) : [],
      ...extra,
    };
    if (isSub && heading) row.parent = heading;
    return row;
  });
}

const subRowsOfOne = specs.map(([code]) => code).filter((c) => /^1\.(?!0$)\d+$/.test(c));

export const llw2022: Template = {
  id: 'llw',
  version: '2022.1',
  name: 'Mẫu tổng hợp số liệu kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời',
  campaign: 'Tuần lễ hưởng ứng học tập suốt đời',
  columns: [
    { key: 'stt', header: 'STT' },
    { key: 'label', header: 'Các hoạt động' },
    { key: 'unit', header: 'Đơn vị' },
    { key: 'count', header: 'Số lớp/số cuộc thi', group: 'Số lượng' },
    { key: 'people', header: 'Người', group: 'Số lượng' },
    { key: 'note', header: 'Ghi chú' },
  ],
  rows: buildRows(),
  rules: [
    { type: 'sum', row: '1.0', of: subRowsOfOne },
    { type: 'people-vs-count' },
    { type: 'max-per-unit', row: '7.2', max: 1, level: 'school' },
    { type: 'district-only', row: '7.1' },
  ],
  outline: [
    {
      code: 'I',
      title: 'TỔ CHỨC TRIỂN KHAI TUẦN LỄ',
      aliases: ['Công tác tổ chức triển khai', 'Kết quả tổ chức triển khai'],
      children: [
        { code: 'I.1', title: 'Công tác chỉ đạo, ban hành kế hoạch triển khai thực hiện', aliases: ['Công tác chỉ đạo', 'Công tác tuyên truyền, chỉ đạo'] },
        { code: 'I.2', title: 'Nội dung các hoạt động đã triển khai trong Tuần lễ', aliases: ['Các hoạt động đã triển khai', 'Kết quả tổ chức các hoạt động'] },
        { code: 'I.3', title: 'Kinh phí tổ chức Tuần lễ', aliases: ['Kinh phí'] },
      ],
    },
    {
      code: 'II',
      title: 'ĐÁNH GIÁ CHUNG',
      aliases: ['Đánh giá'],
      children: [
        { code: 'II.1', title: 'Những kết quả đã đạt được', aliases: ['Kết quả đạt được', 'Ưu điểm'] },
        { code: 'II.2', title: 'Bài học kinh nghiệm' },
        { code: 'II.3', title: 'Khó khăn, tồn tại', aliases: ['Tồn tại, hạn chế', 'Hạn chế', 'Khó khăn, vướng mắc', 'Tồn tại'] },
        { code: 'II.4', title: 'Kiến nghị, đề xuất', aliases: ['Đề xuất, kiến nghị', 'Kiến nghị'] },
        { code: 'II.5', title: 'Bảng tổng hợp số liệu các hoạt động tổ chức Tuần lễ', aliases: ['Bảng tổng hợp số liệu', 'Số liệu'], holdsTable: true },
      ],
    },
  ],
};
