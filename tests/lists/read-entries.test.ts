import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { campaignForYear } from '../../src-main/core/campaign';
import { compileLists } from '../../src-main/core/consolidate/compile-lists';
import { extractLists } from '../../src-main/core/extract/extract-lists';
import type { UnitResult } from '../../src-main/core/model/consolidation';
import type { ListEntry } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { readClockTime, readDayMonth } from '../../src-main/core/text/schedule-values';
import { lichTuanLe } from '../../src-main/core/templates/lich-tuan-le';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { cell, docxOf, p, pageBreak, table } from '../docx/build-docx';
import { nfd } from './schedules';

const campaign = campaignForYear(2024);
const valuesOf = (e: ListEntry) => Object.fromEntries(e.values.map((v) => [v.key, v.value ?? `(${v.raw})`]));

describe('times and days as schools write them', () => {
  it.each([
    ['8h30', '08:30'], ['8 giờ 30', '08:30'], [nfd('8 giờ 30 phút'), '08:30'], ['14h', '14:00'], ['14 giờ', '14:00'], ['8:15', '08:15'],
    ['08h00\'', '08:00'], ['2 giờ chiều', '14:00'], ['7h30 - 10h30', '07:30'], ['Sáng 9g', '09:00'],
  ])('"%s" is %s', (text, hhmm) => expect(readClockTime(text)).toEqual({ ok: true, value: hhmm }));

  it('takes a part of the day as no hour, and refuses what is not a time', () => {
    expect(readClockTime('Cả ngày')).toEqual({ ok: true, value: undefined });
    expect(readClockTime('25h')).toMatchObject({ ok: false, reason: expect.stringContaining('"25h" không phải giờ hợp lệ') });
    expect(readClockTime('đầu giờ')).toMatchObject({ ok: false });
  });

  it.each([
    ['30/9', '2024-09-30'], ['01/10/2024', '2024-10-01'], ['ngày 2/10', '2024-10-02'], ['Thứ Tư, 02-10', '2024-10-02'],
    ['ngày 3 tháng 10 năm 2024', '2024-10-03'], ['04.10.24', '2024-10-04'], ['05/10/2023', '2023-10-05'],
  ])('"%s" is %s in the round of 2024', (text, iso) => expect(readDayMonth(text, 2024)).toEqual({ ok: true, value: iso }));

  it('refuses a day that does not exist, and words that are not a day', () => {
    expect(readDayMonth('31/9', 2024)).toMatchObject({ ok: false, reason: '"31/9" không phải ngày có thật' });
    expect(readDayMonth('cuối tuần', 2024)).toMatchObject({ ok: false });
  });
});

describe('the entries of a school’s table', () => {
  it('reads a Word schedule split by a page break, dated by day rows, and names a line without its activity', async () => {
    const header = ['STT', 'Thời gian', 'Ngày', 'Đơn vị chủ trì', 'Nội dung hoạt động'].map((h) => cell(h));
    const bytes = await docxOf([
      p('TRƯỜNG THCS NGUYỄN TRƯỜNG TỘ'),
      table([
        header,
        [cell('Thứ Ba, ngày 01/10/2024', { span: 5 })],
        ['1', '9h30', '', '', 'Vận dụng phương pháp dạy học tích cực'].map((t) => cell(t)),
        ['2', '14h30', '', 'Tổ Ngữ văn', ''].map((t) => cell(t)),
      ]),
      pageBreak(),
      table([
        ['3', '8h', '03/10', '', 'Thi đọc sách'].map((t) => cell(t)),
        ['Ghi chú: lịch có thể thay đổi', '', '', '', ''].map((t) => cell(t)),
      ]),
    ]);
    const doc = await readDocx(bytes, 'KH NTT.docx');
    const read = extractLists(doc, lichTuanLe, { campaign, unitName: 'Trường THCS Nguyễn Trường Tộ' });
    expect(read.tables).toEqual(['Bảng 1 + 2']);
    expect(read.entries.get('lich')!.map(valuesOf)).toEqual([
      { time: '09:30', date: '2024-10-01', unit: 'Trường THCS Nguyễn Trường Tộ', activity: 'Vận dụng phương pháp dạy học tích cực' },
      { time: '14:30', date: '2024-10-01', unit: 'Tổ Ngữ văn', activity: '()' },
      { time: '08:00', date: '2024-10-03', unit: 'Trường THCS Nguyễn Trường Tộ', activity: 'Thi đọc sách' },
    ]);
    expect(read.entries.get('lich')!.map((e) => e.where)).toEqual(['bảng 1, hàng 3', 'bảng 1, hàng 4', 'bảng 2, hàng 1']);
    expect(read.findings).toEqual([
      { severity: 'error', rule: 'list-missing-field', where: 'bảng 1, hàng 4', message: 'Tệp KH NTT.docx, bảng 1, hàng 4: dòng của lịch tổ chức các hoạt động chưa ghi "Nội dung".' },
    ]);
  });

  it('warns of an hour it cannot read and sorts that line after the hours of its day', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    ws.addRow(['TT', 'Giờ', 'Ngày', 'Đơn vị', 'Nội dung']);
    ws.addRow([1, 'đầu giờ', '02/10', 'MN Láng Thượng', 'Ngày hội sách']);
    ws.addRow([2, '9h', '02/10', 'MN Láng Thượng', 'Giao lưu văn hóa đọc']);
    ws.addRow([3, '8h', '02/10', 'MN Láng Thượng', 'Ngày hội sách']);
    ws.addRow(['Công tác tuyên truyền', '7h30', '03/10', '', 'Treo khẩu hiệu']);
    ws.addRow(['Cộng', '4']);
    const doc = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'MN LT.xlsx');
    const read = extractLists(doc, lichTuanLe, { campaign });
    expect(read.findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'list-bad-time', where: 'KH!B2', message: expect.stringContaining('Tệp MN LT.xlsx, ô B2, trang tính "KH": "đầu giờ" không phải giờ') }),
    ]);
    const unit = { code: 'MN-LT', name: 'Trường Mầm non Láng Thượng', tableFile: 'MN LT.xlsx', files: ['MN LT.xlsx'], entries: read.entries.get('lich') } as UnitResult;
    const [list] = compileLists(lichTuanLe, [unit]);
    expect(list.entries.map((e) => [e.number, valuesOf(e.entry).time, valuesOf(e.entry).activity])).toEqual([
      [1, '08:00', 'Ngày hội sách'],
      [2, '09:00', 'Giao lưu văn hóa đọc'],
      [3, '(đầu giờ)', 'Ngày hội sách'],
      // A line whose first word is "Công" is an entry; "Cộng | 4" closes the table.
      [4, '07:30', 'Treo khẩu hiệu'],
    ]);
  });

  it('finds a list in a template that also has fixed rows, beside its statistics table', async () => {
    const mixed: Template = { ...llw2022, lists: lichTuanLe.lists };
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Biểu mẫu').addRow(['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng']);
    const ws = wb.addWorksheet('Lịch');
    ws.addRow(['TT', 'Giờ', 'Ngày', 'Đơn vị', 'Nội dung']);
    ws.addRow([1, '8h30', '02/10', '', 'Khai mạc Tuần lễ']);
    const doc = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'BC.xlsx');
    const read = extractLists(doc, mixed, { campaign, unitName: 'Trường Tiểu học Cát Linh' });
    expect(read.tables).toEqual(['Lịch']);
    expect(read.entries.get('lich')!.map(valuesOf)).toEqual([{ time: '08:30', date: '2024-10-02', unit: 'Trường Tiểu học Cát Linh', activity: 'Khai mạc Tuần lễ' }]);
  });
});
