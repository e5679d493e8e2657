import type { ConsolidationResult, UnitResult } from '../../src-main/core/model/consolidation';
import type { ExtractedValue, Figures } from '../../src-main/core/model/extraction';
import type { MeasureKey } from '../../src-main/core/model/template';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

/** Excel row of a template row in a school's sheet laid out like the official table (header on rows 5–6). */
function schoolRow(code: string): number {
  return 7 + llw2022.rows.findIndex((r) => r.code === code);
}
const schoolCol: Record<MeasureKey, string> = { count: 'D', people: 'E', value: 'D' };

function unit(code: string, name: string, status: UnitResult['status'], figures: Figures, extra: Partial<UnitResult> = {}): UnitResult {
  const file = extra.tableFile ?? extra.files?.[0] ?? `${code}.xlsx`;
  const values: ExtractedValue[] = Object.entries(figures).flatMap(([row, byMeasure]) =>
    Object.entries(byMeasure).map(([measure, value]) => ({
      row,
      measure: measure as MeasureKey,
      value: value as number,
      where: `Sheet1!${schoolCol[measure as MeasureKey]}${schoolRow(row)}`,
      raw: (value as number).toLocaleString('vi-VN'),
    })),
  );
  return {
    code,
    name,
    status,
    late: false,
    files: status === 'missing' ? [] : [file],
    ...(status === 'missing' ? {} : { tableFile: file }),
    superseded: [],
    figures: status === 'missing' ? {} : figures,
    values: status === 'missing' ? [] : values,
    sections: [],
    ...extra,
  };
}

const lienChau: Figures = {
  '1.0': { count: 3, people: 95 },
  '1.7': { count: 2, people: 80 },
  '1.9': { count: 1, people: 15 },
  '2': { value: 4 },
  '4.3': { value: 350 },
  '5.4': { count: 1, people: 120 },
  '7.2': { value: 1 },
  '10.1': { value: 1_500_000 },
  '10.2': { value: 2_250_000_000 },
};
const dongHa: Figures = {
  '1.0': { count: 2, people: 60 },
  '1.7': { count: 2, people: 60 },
  '2': { value: 7 },
  '4.3': { value: 1_200 },
  '7.2': { value: 1 },
  '10.1': { value: 3_000_000 },
};
const hoaSen: Figures = { '1.0': { count: 5, people: 10 }, '2': { value: 1 } };

function sum(...all: Figures[]): Figures {
  const out: Figures = {};
  for (const row of llw2022.rows) {
    if (row.kind !== 'measured') continue;
    out[row.code] = {};
    for (const m of row.measures) out[row.code][m] = all.reduce((s, f) => s + (f[row.code]?.[m] ?? 0), 0);
  }
  return out;
}

/** A district round: two accepted schools (one late), one rejected, one that sent nothing. */
export function sampleResult(): ConsolidationResult {
  return {
    template: llw2022,
    campaign: { year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-15' },
    units: [
      unit('TH-LC', 'Trường Tiểu học Liên Châu', 'accepted', lienChau, {
        // One email: a photo, the Word narrative and the workbook the numbers come from.
        files: ['hop-thu/thu-lc.eml › Ảnh khai mạc.jpg', 'hop-thu/thu-lc.eml › Báo cáo Tuần lễ.docx', 'hop-thu/thu-lc.eml › BC Tuan le TH Lien Chau.xlsx'],
        tableFile: 'hop-thu/thu-lc.eml › BC Tuan le TH Lien Chau.xlsx',
        sender: 'thlienchau@gmail.com',
      }),
      unit('THCS-DH', 'Trường THCS Đông Hà', 'accepted', dongHa, { late: true, files: ['Báo cáo THCS Đông Hà.xlsx'] }),
      unit('MN-HS', 'Trường Mầm non Hoa Sen', 'rejected', hoaSen, { files: ['MN Hoa Sen.xlsx'] }),
      unit('TH-TT', 'Trường Tiểu học Thị trấn', 'missing', {}),
    ],
    unidentified: [{ file: 'scan0001.pdf', reason: 'Không xác định được đơn vị gửi tệp scan0001.pdf: tệp không có tên trường và địa chỉ gửi không có trong danh sách.' }],
    totals: sum(lienChau, dongHa),
    findings: [
      { unit: 'MN-HS', file: 'MN Hoa Sen.xlsx', severity: 'warning', rule: 'outlier', where: 'Sheet1!D23', message: 'Tệp MN Hoa Sen.xlsx, ô Sheet1!D23: số tin, bài cao bất thường so với các đơn vị khác.' },
      { unit: 'MN-HS', file: 'MN Hoa Sen.xlsx', severity: 'error', rule: 'people-vs-count', where: 'Sheet1!E8', message: 'Tệp MN Hoa Sen.xlsx, ô Sheet1!E8: số người (10) ít hơn số lớp (5).' },
    ],
  };
}
