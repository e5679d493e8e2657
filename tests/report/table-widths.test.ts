import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from '../../src-main/core/report/document';
import { gridTableXml } from '../../src-main/core/report/docx-grid-table';
import { renderReportPdf } from '../../src-main/core/report/pdf-renderer';
import { draftReport } from '../../src-main/core/report/report-model';
import { columnWidths } from '../../src-main/core/report/table-widths';
import { district, settings } from './fixture';
import { readPdf } from './helpers';

const shipped = { fontsDir: resolve(__dirname, '../../resources/fonts'), systemFontDirs: [] };

/** The statistics table's shape with a money column far too narrow for a billion đồng. */
const moneyTable: ReportTable = {
  widths: [2, 30, 4, 3, 4],
  header: [[{ text: 'STT' }, { text: 'Các hoạt động' }, { text: 'Đơn vị' }, { text: 'Số lượng' }, { text: 'Ghi chú' }]],
  body: [
    [{ text: '10', align: 'center' }, { text: 'Kinh phí', bold: true }, { text: '' }, { text: '' }, { text: '' }],
    [{ text: '' }, { text: 'Ngân sách nhà nước' }, { text: 'đồng', align: 'center' }, { text: '1.026.000.000', align: 'right' }, { text: '' }],
    [{ text: '' }, { text: 'Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác' }, { text: 'đồng', align: 'center' }, { text: '-15.500', align: 'right' }, { text: '' }],
  ],
  fontSize: 12,
  landscape: false,
};

describe('a number never breaks across the lines of its cell', () => {
  it('widens a column of numbers to its longest number, from the columns of text, within the same room', () => {
    const widths = columnWidths(moneyTable, 450);
    const even = columnWidths({ ...moneyTable, body: [] }, 450);
    // 10 digits at half an em and 3 separators at a quarter, 12 pt.
    expect(widths[3]).toBeGreaterThanOrEqual(5.75 * 12);
    expect(even[3]).toBeLessThan(5.75 * 12);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(450, 6);
    expect(widths[1]).toBeLessThan(even[1]);
    expect(widths[1]).toBeGreaterThan(even[1] / 2);
    // A column of numbers (STT too) gives nothing.
    expect(widths[0]).toBe(even[0]);
    expect(columnWidths(moneyTable, 450, 6)[3]).toBeCloseTo(widths[3] + 6, 6);
  });

  it('prints "1.026.000.000" in the PDF as one piece on one line', async () => {
    const doc: ReportDocument = draftReport(district(), settings);
    doc.sections = [{ code: 'X', heading: 'X. KINH PHÍ', level: 1, blocks: [{ kind: 'table', table: moneyTable }], children: [] }];
    const items = (await readPdf(await renderReportPdf(doc, settings, shipped))).flatMap((p) => p.items.map((i) => i.str.trim()));
    expect(items).toContain('1.026.000.000');
    expect(items).toContain('-15.500');
    expect(items).not.toContain('1.026.000.00');
  });

  it('gives the number its width in the Word table too', () => {
    const xml = [...gridTableXml(moneyTable, 450)].join('');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 20);
    // The cell's margins (3 pt each side) are part of Word's column width.
    expect(grid[3]).toBeGreaterThanOrEqual(5.75 * 12 + 6);
  });
});
