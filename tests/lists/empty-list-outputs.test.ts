import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { campaignForYear } from '../../src-main/core/campaign';
import type { ConsolidationResult } from '../../src-main/core/model/consolidation';
import { renderConsolidatedWorkbook } from '../../src-main/core/render/consolidated-workbook';
import { renderReportDocx } from '../../src-main/core/report/docx-renderer';
import { renderReportPdf } from '../../src-main/core/report/pdf-renderer';
import { draftReport } from '../../src-main/core/report/report-model';
import { lichTuanLe } from '../../src-main/core/templates/lich-tuan-le';
import { readDocx, readPdf } from '../report/helpers';
import { settings } from '../report/fixture';

/** A schedule round where nothing could be counted yet: one school missing, one with errors. */
const nothingCounted: ConsolidationResult = {
  template: lichTuanLe,
  campaign: campaignForYear(2024),
  units: [
    { code: 'TH-KL', name: 'Trường Tiểu học Kim Liên', status: 'missing', late: false, files: [], superseded: [], figures: {}, values: [], sections: [] },
    { code: 'MN-LT', name: 'Trường Mầm non Láng Thượng', status: 'rejected', late: false, files: ['Lich MN.xlsx'], tableFile: 'Lich MN.xlsx', superseded: [], figures: {}, values: [], sections: [] },
  ],
  unidentified: [],
  totals: {},
  lists: [{ code: 'lich', title: 'Lịch tổ chức các hoạt động', entries: [], perUnit: [] }],
  findings: [],
};

describe('the outputs of a schedule round with nothing counted yet', () => {
  it('writes the workbook, the Word file and the PDF with an empty list, no statistics table and no per-school numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderConsolidatedWorkbook(nothingCounted)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Lịch tổ chức các hoạt động', 'Lỗi cần sửa', 'Nguồn số liệu']);
    expect(wb.getWorksheet('Lịch tổ chức các hoạt động')!.getCell('A3').value).toBe('Tổng hợp 0 hoạt động của 0 đơn vị');

    const report = draftReport(nothingCounted, settings, { date: new Date(2024, 9, 10) });
    expect(report.annexes.map((a) => [a.title, a.table.body.length])).toEqual([['LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG “TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI” NĂM 2024', 0]]);
    expect(JSON.stringify(report.sections)).not.toContain('"kind":"table"');
    const docx = await readDocx(await renderReportDocx(report, settings));
    expect(docx.text).toContain('Tổng hợp lịch tổ chức các hoạt động: 0 hoạt động của 0 đơn vị');
    expect(docx.text).toContain('Đơn vị chưa nộp báo cáo: Trường Tiểu học Kim Liên.');
    const pdf = (await readPdf(await renderReportPdf(report, settings))).map((p) => p.text).join(' ');
    expect(pdf).toContain('TT Giờ Ngày Đơn vị Nội dung');
  });
});
