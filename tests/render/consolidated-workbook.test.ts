import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../src-main/core/render/xlsx-io';
import { renderConsolidatedWorkbook } from '../../src-main/core/render/consolidated-workbook';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { sampleResult } from './consolidation-fixture';

const result = sampleResult();
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  wb = await loadWorkbook(await renderConsolidatedWorkbook(result));
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Excel row whose column `col` reads `text`. */
function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).text === text) return r;
  throw new Error(`"${text}" not in column ${col} of ${ws.name}`);
}

describe('consolidated workbook, built-in layout', () => {
  it('has the four sheets with Vietnamese names, the summary first, and its marker hidden from the specialist', () => {
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Tổng hợp', 'Phụ lục', 'Lỗi cần sửa', 'Nguồn số liệu']);
    expect(wb.worksheets.filter((w) => w.state !== 'visible').map((w) => [w.name, w.state])).toEqual([['tonghop-baocao', 'veryHidden']]);
  });

  it('prints the template header on two rows with "Số lượng" merged over its two columns', () => {
    const ws = sheet('Tổng hợp');
    expect(ws.getCell('A5').text).toBe('STT');
    expect(ws.getCell('B5').text).toBe('Các hoạt động');
    expect(ws.getCell('D5').text).toBe('Số lượng');
    expect(ws.getCell('D6').text).toBe('Số lớp/số cuộc thi');
    expect(ws.getCell('E6').text).toBe('Người');
    expect(ws.getCell('F5').text).toBe('Ghi chú');
    expect(ws.getCell('E5').master.address).toBe('D5');
    expect(ws.getCell('A6').master.address).toBe('A5');
    expect(ws.getCell('F6').master.address).toBe('F5');
    expect(ws.getCell('D7').master.address).toBe('D7');
  });

  it('writes every template row in order with the district totals as real numbers', () => {
    const ws = sheet('Tổng hợp');
    llw2022.rows.forEach((row, i) => expect(ws.getCell(7 + i, 2).text).toBe(row.label));
    const r10 = findRow(ws, 2, 'Tổng số người tham gia, trong đó:');
    expect(ws.getCell(r10, 4).value).toBe(5);
    expect(ws.getCell(r10, 5).value).toBe(155);
    // single-measure rows go in the first numeric column and leave the second empty
    const r2 = findRow(ws, 2, llw2022.rows.find((r) => r.code === '2')!.label);
    expect(ws.getCell(r2, 4).value).toBe(11);
    expect(ws.getCell(r2, 5).value).toBeNull();
    const money = findRow(ws, 2, 'Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)');
    expect(ws.getCell(money, 4).value).toBe(2_250_000_000);
    expect(ws.getCell(money, 4).numFmt).toBe('#,##0');
    // rows nobody reported are 0 because the consolidation summed them, not blank
    const r13 = findRow(ws, 2, 'Xóa mù chữ');
    expect(ws.getCell(r13, 4).value).toBe(0);
    // headings carry no number
    const h4 = findRow(ws, 1, '4');
    expect(ws.getCell(h4, 4).value).toBeNull();
  });

  it('leaves a measured row blank when the consolidation gave no total, never a silent zero', async () => {
    const partial = sampleResult();
    delete partial.totals['3'];
    const wb2 = await loadWorkbook(await renderConsolidatedWorkbook(partial));
    const ws = wb2.getWorksheet('Tổng hợp')!;
    const r3 = findRow(ws, 1, '3');
    expect(ws.getCell(r3, 4).value).toBeNull();
  });

  it('sets headings and the sum row bold, sub-rows plain, borders on the table', () => {
    const ws = sheet('Tổng hợp');
    expect(ws.getCell(findRow(ws, 1, '1'), 2).font.bold).toBe(true);
    expect(ws.getCell(findRow(ws, 2, 'Tổng số người tham gia, trong đó:'), 2).font.bold).toBe(true);
    expect(ws.getCell(findRow(ws, 2, 'Xóa mù chữ'), 2).font.bold).toBeFalsy();
    expect(ws.getCell(findRow(ws, 2, 'Xóa mù chữ'), 4).border.bottom?.style).toBe('thin');
  });

  it('gives long wrapped labels rows tall enough to show them', () => {
    const ws = sheet('Tổng hợp');
    const long = findRow(ws, 2, llw2022.rows.find((r) => r.code === '5.4')!.label);
    expect(ws.getRow(long).height).toBeGreaterThanOrEqual(3 * 16);
    expect(ws.getRow(findRow(ws, 2, 'Xóa mù chữ')).height).toBeUndefined();
  });

  it('prints on A4 with the header rows repeated', () => {
    const ws = sheet('Tổng hợp');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe('5:6');
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
    expect(ws.getCell('A1').text).toContain('NĂM 2023');
    expect(ws.getCell('A3').text).toContain('2/4');
  });

  it('lists each unit in the annex with its status, lateness and, when accepted, its numbers', () => {
    const ws = sheet('Phụ lục');
    const headers = (ws.getRow(3).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Ghi chú']);
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(col('1.0 lớp')).toBe(5);
    expect(col('1.0 người')).toBe(6);
    expect(col('5.3 số cuộc')).toBeGreaterThan(0);
    expect(col('10.1 đồng')).toBeGreaterThan(0);
    expect(headers).toHaveLength(4 + llw2022.rows.reduce((n, r) => n + r.measures.length, 0));

    const lc = findRow(ws, 1, 'TH-LC');
    const dh = findRow(ws, 1, 'THCS-DH');
    const hs = findRow(ws, 1, 'MN-HS');
    const tt = findRow(ws, 1, 'TH-TT');
    expect(ws.getCell(lc, 3).text).toBe('Đã tiếp nhận');
    expect(ws.getCell(dh, 4).text).toBe('Nộp muộn');
    expect(ws.getCell(lc, 4).text).toBe('');
    expect(ws.getCell(hs, 3).text).toBe('Có lỗi – chưa tổng hợp');
    expect(ws.getCell(tt, 3).text).toBe('Chưa nộp');
    expect(ws.getCell(lc, col('1.0 người')).value).toBe(95);
    expect(ws.getCell(dh, col('10.1 đồng')).value).toBe(3_000_000);
    expect(ws.getCell(hs, col('1.0 lớp')).value).toBeNull();

    const total = findRow(ws, 1, 'Tổng cộng (các đơn vị đã tiếp nhận)');
    expect(total).toBe(tt + 1);
    expect(ws.getCell(total, col('1.0 người')).value).toBe(155);
    expect(ws.getCell(total, col('4.3 quyển')).value).toBe(1_550);
  });

  it('lists findings errors first, and files tied to no unit', () => {
    const ws = sheet('Lỗi cần sửa');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['STT', 'Đơn vị', 'Tệp', 'Mức độ', 'Vị trí', 'Nội dung']);
    const rows = [4, 5, 6].map((r) => [2, 3, 4, 5, 6].map((c) => ws.getCell(r, c).text));
    expect(rows[0]).toEqual(['MN-HS – Trường Mầm non Hoa Sen', 'MN Hoa Sen.xlsx', 'Lỗi', 'Sheet1!E8', expect.stringContaining('ít hơn số lớp')]);
    expect(rows[1]).toEqual(['Chưa xác định đơn vị', 'scan0001.pdf', 'Lỗi', 'Toàn tệp', expect.stringContaining('scan0001.pdf')]);
    expect(rows[2].slice(2, 4)).toEqual(['Cảnh báo', 'Sheet1!D23']);
    expect(ws.getCell(7, 1).text).toBe('');
  });

  it('says so when there is nothing to fix', async () => {
    const clean = { ...sampleResult(), findings: [], unidentified: [] };
    const wb2 = await loadWorkbook(await renderConsolidatedWorkbook(clean));
    expect(wb2.getWorksheet('Lỗi cần sửa')!.getCell('A4').text).toBe('Không có lỗi hay cảnh báo nào.');
  });

  it('traces every unit value to the one file, sheet and cell it came from, not every file the school sent', () => {
    const ws = sheet('Nguồn số liệu');
    const all = result.units.flatMap((u) => u.values.map((v) => ({ u, v })));
    expect(ws.rowCount).toBe(3 + all.length);
    const lines: string[] = [];
    for (let r = 4; r <= ws.rowCount; r++) lines.push([1, 4, 6, 10, 11, 12].map((c) => ws.getCell(r, c).text).join('|'));
    expect(lines).toContain('TH-LC|1.0|người|hop-thu/thu-lc.eml › BC Tuan le TH Lien Chau.xlsx|Sheet1|E8');
    expect(lines.filter((l) => /Ảnh khai mạc|Báo cáo Tuần lễ\.docx/.test(l))).toEqual([]);
    expect(lines).toContain('THCS-DH|10.1|đồng|Báo cáo THCS Đông Hà.xlsx|Sheet1|D48');
    const money = 4 + lines.indexOf('THCS-DH|10.1|đồng|Báo cáo THCS Đông Hà.xlsx|Sheet1|D48');
    expect(ws.getCell(money, 7).value).toBe(3_000_000);
    expect(ws.getCell(money, 8).text).toBe('đồng');
    expect(ws.getCell(money, 9).text).toBe('3.000.000');
    // the rejected unit's numbers are traceable too, marked as not counted
    expect(ws.getCell(findRow(ws, 1, 'MN-HS'), 3).text).toBe('Có lỗi – chưa tổng hợp');
  });
});
