import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { proposeProvinceMapping } from '../../src-main/core/render/province-workbook';
import { roleOfColumn, roleOfHeader } from '../../src-main/core/render/province-header';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

describe('column headers read by meaning', () => {
  it.each([
    ['Số lớp/số cuộc thi', 'count'],
    ['Số lượng', 'count'],
    ['Số lớp', 'count'],
    ['Số cuộc', 'count'],
    ['Người', 'people'],
    ['Số người', 'people'],
    ['Lượt người', 'people'],
    ['Số lượt người tham gia', 'people'],
    ['SỐ NGƯỜI'.normalize('NFD'), 'people'],
    ['Tỷ lệ (%)', 'other'],
    ['Tỉ lệ người/lớp', 'other'],
    ['Số lớp/người', 'other'],
    ['Kế hoạch', 'other'],
    ['Ghi chú', 'note'],
    ['ĐVT', 'unit'],
    ['Đơn vị tính', 'unit'],
    ['TT', 'stt'],
    ['Các hoạt động', 'label'],
    ['Nội dung'.normalize('NFD'), 'label'],
  ])('"%s" is %s', (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it('lets the lower header row decide under a group, the group only when the lower says nothing', () => {
    expect(roleOfColumn(['Số lượng', 'Người'])).toBe('people');
    expect(roleOfColumn(['Số lượng', 'Số lớp/số cuộc thi'])).toBe('count');
    expect(roleOfColumn(['Số lượng', '(4)'])).toBe('count');
    expect(roleOfColumn(['Người', 'Tỷ lệ %'])).toBe('other');
  });
});

async function simpleForm(headers: string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'BÁO CÁO SỐ LIỆU TUẦN LỄ';
  ws.getRow(3).values = headers;
  rows.forEach((r, i) => (ws.getRow(4 + i).values = r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a plain one-row header', () => {
  it('maps its columns and rows without merges', async () => {
    const bytes = await simpleForm(['STT', 'Tên hoạt động', 'Số người', 'Số lớp'], [
      ['1', 'Giáo dục kỹ năng sống cho học sinh'],
      ['2', 'Số tin, bài về các hoạt động của Tuần lễ'],
    ]);
    const m = await proposeProvinceMapping(bytes, 'mau.xlsx', llw2022);
    expect(m.sheet).toBe('Sheet1');
    expect(m.headerRows).toEqual([3]);
    expect(m.columns.map((c) => c.measure)).toEqual([null, null, 'people', 'count']);
    expect(m.rows.map((r) => [r.excelRow, r.code])).toEqual([[4, '1.7'], [5, '2']]);
  });

  it('asks for the people column when the form has only one number column', async () => {
    const bytes = await simpleForm(['STT', 'Nội dung', 'Số lượng'], [['1', 'Giáo dục kỹ năng sống cho học sinh']]);
    const m = await proposeProvinceMapping(bytes, 'mau.xlsx', llw2022);
    expect(m.uncertain).toContainEqual({ kind: 'column', message: 'Bảng của tỉnh (trang "Sheet1") không có cột số người: cần chỉ ra cột nhận số liệu này.' });
  });
});

describe('a sheet that goes on far below its table', () => {
  it('stops at a long blank run instead of matching thousands of rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu');
    ws.getRow(1).values = ['STT', 'Các hoạt động', 'Số lớp/số cuộc thi', 'Người'];
    ws.getRow(2).values = ['1', 'Giáo dục kỹ năng sống cho học sinh'];
    for (let r = 100; r < 6000; r++) ws.getCell(r, 2).value = `Danh sách trường số ${r}`;
    const m = await proposeProvinceMapping(Buffer.from(await wb.xlsx.writeBuffer()), 'bieu.xlsx', llw2022);
    expect(m.rows.map((r) => r.excelRow)).toEqual([2]);
  }, 20_000);
});
