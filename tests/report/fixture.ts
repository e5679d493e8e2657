/** A realistic district consolidation, built in code, for the report tests. */

import type { ConsolidationResult, UnitResult } from '../../src-main/core/model/consolidation';
import type { Figures } from '../../src-main/core/model/extraction';
import type { OfficeSettings } from '../../src-main/core/model/settings';
import type { TextSection } from '../../src-main/core/model/source';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

export const settings: OfficeSettings = {
  superiorBody: 'UBND HUYỆN THANH OAI',
  officeName: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
  place: 'Thanh Oai',
  docCode: 'BC-PGDĐT',
  recipientTo: 'Sở Giáo dục và Đào tạo Hà Nội',
  signer: { prefix: 'KT.', authorityTitle: 'TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Nguyễn Văn An' },
  distribution: ['Sở GD&ĐT (để b/c)', 'UBND huyện (để b/c)', 'Lưu: VT, GDTX'],
};

function unit(code: string, name: string, over: Partial<UnitResult> = {}): UnitResult {
  return {
    code,
    name,
    status: 'accepted',
    late: false,
    files: [`${code}.docx`],
    superseded: [],
    figures: {},
    values: [],
    sections: [],
    ...over,
  };
}

/** A school's figures: classes and people split between 1.7 (life skills) and 1.9 (teachers). */
function figures(classes: number, people: number, money: number, news: number): Figures {
  const c7 = Math.floor(classes / 2);
  const p7 = Math.floor(people * 0.6);
  return {
    '1.0': { count: classes, people },
    '1.7': { count: c7, people: p7 },
    '1.9': { count: classes - c7, people: people - p7 },
    '2': { value: news },
    '4.3': { value: 300 },
    '7.2': { value: 1 },
    '10.1': { value: money },
    '10.2': { value: 0 },
  };
}

const lienChauSections: TextSection[] = [
  { heading: '', paragraphs: ['BÁO CÁO', 'Kết quả tổ chức tuần lễ hưởng ứng học tập suốt đời năm 2023'] },
  { heading: 'I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ', paragraphs: [] },
  {
    heading: '1. Công tác chỉ đạo',
    paragraphs: [
      'Ngay sau khi có văn bản chỉ đạo, Trường Tiểu học Liên Châu đã xây dựng Kế hoạch số 192/KH-THLC ngày 27/9/2023 tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023.',
    ],
  },
  {
    heading: '2. Tổ chức các hoạt động',
    paragraphs: ['- Treo băng rôn, khẩu hiệu tại cổng trường và trong khu vực sân trường;', '- Tổ chức Lễ khai mạc với sự tham gia của CB, GV, NV, HS và đại diện CMHS.'],
  },
  { heading: '2. Tồn tại, hạn chế:', paragraphs: ['Thời gian tổ chức ngắn nên việc triển khai phong trào chưa được sâu rộng.'] },
  {
    heading: 'III. ĐỀ XUẤT, KIẾN NGHỊ',
    paragraphs: ['- Cần có sự quan tâm, hỗ trợ đầu tư kinh phí hơn nữa cho các TTHTCĐ trong việc thực hiện hưởng ứng hoạt động học tập suốt đời.'],
  },
];

export function district(): ConsolidationResult {
  const units = [
    unit('TH-LC', 'Trường Tiểu học Liên Châu', { figures: figures(40, 1200, 5_000_000, 6), sections: lienChauSections }),
    // The registry wrote this name decomposed (NFD): the report must still print it whole.
    unit('MN-BH', 'Trường Mầm non Bích Hòa'.normalize('NFD'), { figures: figures(35, 950, 10_000_000, 4) }),
    unit('THCS-CK', 'Trường THCS Cự Khê', { late: true, figures: figures(30, 800, 0, 5) }),
    unit('THCS-DD', 'Trường TH&THCS Đỗ Động', { figures: figures(15, 500, 0, 3) }),
    unit('TH-TT', 'Trường Tiểu học Thanh Thùy', { status: 'missing', files: [] }),
    unit('TT-TH', 'Trung tâm học tập cộng đồng xã Tam Hưng', { status: 'rejected', figures: figures(9, 90, 0, 1) }),
  ];
  return { template: llw2022, campaign, units, unidentified: [], totals: sumAccepted(units), findings: [] };
}

export const campaign = { year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-12' };

export function sumAccepted(units: UnitResult[]): Figures {
  const totals: Figures = {};
  for (const row of llw2022.rows) {
    if (row.kind !== 'measured') continue;
    totals[row.code] = {};
    for (const m of row.measures) {
      totals[row.code][m] = units.filter((u) => u.status === 'accepted').reduce((s, u) => s + (u.figures[row.code]?.[m] ?? 0), 0);
    }
  }
  return totals;
}

const communes = ['Bích Hòa', 'Cự Khê', 'Thanh Cao', 'Cao Viên', 'Tam Hưng', 'Thanh Thùy', 'Kim An', 'Đỗ Động', 'Hồng Dương', 'Liên Châu'];
const kinds = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS'];

/** A district of `n` units, every one with figures and a few paragraphs per section. */
export function largeDistrict(n: number): ConsolidationResult {
  const units = Array.from({ length: n }, (_, i) =>
    unit(`U${i + 1}`, `${kinds[i % 3]} ${communes[i % communes.length]} ${Math.floor(i / 30) + 1}`, {
      late: i % 17 === 0,
      status: i % 23 === 5 ? 'missing' : 'accepted',
      figures: figures(10 + (i % 7), 200 + i * 3, (i % 5) * 1_000_000, i % 4),
      sections: [
        { heading: '1. Công tác chỉ đạo', paragraphs: [`Đơn vị số ${i + 1} đã ban hành kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời.`] },
        { heading: 'III. ĐỀ XUẤT, KIẾN NGHỊ', paragraphs: [`Đề nghị cấp trên hỗ trợ kinh phí mua sách cho thư viện của đơn vị số ${i + 1}.`] },
      ],
    }),
  );
  return { template: llw2022, campaign, units, unidentified: [], totals: sumAccepted(units), findings: [] };
}
