import type { GridCell } from './source-builder';

/**
 * The province's form exactly as printed at the end of its 2022 guideline (typos included:
 * "tuyên góp", "Trung bày", "thiêu nhi", "nguồn lợi pháp"), each row tagged with the code the
 * test expects it to be matched to.
 */
export const OFFICIAL_ROWS: Array<[code: string, stt: string, label: string, unit: string]> = [
  ['1', '1', 'Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ', ''],
  ['1.0', '', 'Tổng số người tham gia, trong đó:', 'lớp/người'],
  ['1.1', '', 'Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức (các cấp)', 'lớp/người'],
  ['1.2', '', 'Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức (các cấp)', 'lớp/người'],
  ['1.3', '', 'Bồi dưỡng nâng cao trình độ tin học cho cán bộ, công chức, viên chức (các cấp)', 'lớp/người'],
  ['1.4', '', 'Bồi dưỡng nâng cao tay nghề cho công nhân lao động', 'lớp/người'],
  ['1.5', '', 'Học nghề cho lao động nông thôn', 'lớp/người'],
  ['1.6', '', 'Nâng cao trình độ văn hóa cho cán bộ công chức cấp xã, người lao động trong các khu công nghiệp, khu chế xuất', 'lớp/người'],
  ['1.7', '', 'Giáo dục kỹ năng sống cho học sinh', 'lớp/người'],
  ['1.8', '', 'Phổ biến kiến thức khoa học, kiến thức pháp luật cho người lao động', 'lớp/người'],
  ['1.9', '', 'Bồi dưỡng thường xuyên cho giáo viên', 'lớp/người'],
  ['1.10', '', 'Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên TTVH-TT và HTCD', 'lớp/người'],
  ['1.11', '', 'Phổ cập giáo dục tiểu học', 'lớp/người'],
  ['1.12', '', 'Phổ cập giáo dục THCS', 'lớp/người'],
  ['1.13', '', 'Xóa mù chữ', 'lớp/người'],
  ['1.14', '', 'Các lớp bồi dưỡng, tập huấn khác', 'lớp/người'],
  ['2', '2', 'Số tin, bài về các hoạt động của Tuần lễ', 'tin, bài'],
  ['3', '3', 'Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)', 'quyển/tờ'],
  ['4', '4', 'Phát động phong trào và tổ chức tuyên góp sách giúp xây dựng tủ sách lớp học, xây dựng thư viện trường học', ''],
  ['4.1', '', 'Số tập thể tặng sách', 'tập thể'],
  ['4.2', '', 'Số cá nhân tặng sách', 'cá nhân'],
  ['4.3', '', 'Số sách đã huy động tặng các trường học, thư viện', 'quyển'],
  ['5', '5', 'Tổ chức các thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng xã hội học tập', ''],
  ['5.1', '', 'Hội sách, đường sách, phố sách', 'số cuộc'],
  ['5.2', '', 'Trung bày, triển lãm sách báo, tư liệu', 'số cuộc'],
  ['5.3', '', 'Thi tìm hiểu, học tập lịch sử, văn hóa địa phương tại các bảo tàng, di tích', 'số cuộc/người'],
  ['5.4', '', 'Thi về sách (thi xếp sách nghệ thuật, thi vẽ tranh theo sách, thi tìm hiểu kiến thức qua sách báo, thi thiêu nhi kể chuyện theo sách, thi viết cảm nhận qua việc đọc sách)', 'số cuộc/người'],
  ['5.5', '', 'Sinh hoạt chuyên đề học tập suốt đời, xây dựng xã hội học tập', 'số cuộc/người'],
  ['5.6', '', 'Các cuộc thi khác', 'số cuộc/người'],
  ['6', '6', 'Tổ chức hoạt động văn nghệ, thể thao, tham quan, sinh hoạt chuyên đề', ''],
  ['6.1', '', 'Hoạt động thể dục thể thao', 'số cuộc/người'],
  ['6.2', '', 'Hoạt động văn nghệ', 'số cuộc/người'],
  ['6.3', '', 'Tham quan, học tập tại bảo tàng, di tích lịch sử', 'số cuộc/người'],
  ['7', '7', 'Tổ chức Lễ khai mạc Tuần lễ', ''],
  ['7.1', '', 'Số huyện tổ chức Lễ khai mạc', 'huyện'],
  ['7.2', '', 'Số cơ sở giáo dục tổ chức Lễ khai mạc', 'trường/trung tâm'],
  ['8', '8', 'Tổ chức hội thảo/sinh hoạt chuyên đề', 'cuộc/người'],
  ['9', '9', 'Khen thưởng về tổ chức Tuần lễ', ''],
  ['9.1', '', 'Tập thể', 'đơn vị'],
  ['9.2', '', 'Cá nhân', 'người'],
  ['10', '10', 'Kinh phí', ''],
  ['10.1', '', 'Ngân sách nhà nước', 'đồng'],
  ['10.2', '', 'Kinh phí hỗ trợ, huy động từ các nguồn lợi pháp khác (nếu có)', 'đồng'],
  ['11', '11', 'Các nội dung khác (nếu có)', ''],
];

/** A filled school table: count/value in the first numeric column, people in the second. */
export type Filled = Record<string, [first?: GridCell, second?: GridCell, note?: string]>;

/** Realistic numbers of one school (1.0 is the sum of 1.1–1.14). */
export const SCHOOL: Filled = {
  '1.0': [5, 180],
  '1.7': [2, 120],
  '1.9': [3, 60],
  '2': [4],
  '3': [25],
  '4.1': [3],
  '4.2': [45],
  '4.3': [320],
  '5.4': [1, 200, 'Thi kể chuyện theo sách'],
  '6.1': [2, 150],
  '7.2': [1],
  '9.1': [1],
  '9.2': [3],
  '10.1': ['1.500.000'],
  '11': [null, null, 'Tổ chức Ngày hội đọc sách'],
};

export const HEADER: GridCell[][] = [
  ['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', '<', 'Ghi chú'],
  ['^', '^', '^', 'Số lớp/số cuộc thi', 'Người', '^'],
];

/** The form's rows with the given numbers, as (stt, label, unit, first, second, note). */
export function formRows(filled: Filled, rows = OFFICIAL_ROWS): GridCell[][] {
  return rows.map(([code, stt, label, unit]) => {
    const [a = null, b = null, note = ''] = filled[code] ?? [];
    return [stt, label, unit, a, b, note];
  });
}

export function officialForm(filled: Filled = SCHOOL): GridCell[][] {
  return [...HEADER, ...formRows(filled)];
}
