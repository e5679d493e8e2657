import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { extractFigures, figuresOf } from '../../src-main/core/extract';
import type { SourceDocument } from '../../src-main/core/model/source';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import type { LegacyEncoding } from '../../src-main/core/text/legacy-encoding';
import { officialForm } from '../extract/official-form';
import { LEGACY_FONT, typeLegacy, writeLegacyGrid } from './build-legacy-workbook';
import { toBuffer } from './build-workbooks';

const FORM_SHEET = 'Biểu số liệu';
const FORM_TOP = 5;

/** Lines written by hand in each encoding, with the Unicode they stand for. */
const HAND_TYPED: Record<LegacyEncoding, { title: string; sentence: string; mixedTail: string }> = {
  tcvn3: { title: 'phßng gd&®t huyÖn ®«ng hµ', sentence: 'B¸o c¸o kÕt qu¶ tæ chøc TuÇn lÔ', mixedTail: '®· gi¶i ng©n ®ñ' },
  vni: { title: 'PHOØNG GD&ÑT HUYEÄN ÑOÂNG HAØ', sentence: 'Baùo caùo keát quaû toå chöùc Tuaàn leã', mixedTail: 'ñaõ giaûi ngaân ñuû' },
};

/** A school's workbook typed in a legacy encoding, with a sheet typed in Unicode after it. */
async function legacyWorkbook(encoding: LegacyEncoding): Promise<SourceDocument> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(FORM_SHEET);
  const typed = HAND_TYPED[encoding];
  // TCVN3 titles are typed in the capitals-only "H" font; VNI has real capitals.
  ws.getCell('A1').value = typed.title;
  ws.getCell('A1').font = { name: encoding === 'tcvn3' ? '.VnTimeH' : LEGACY_FONT.vni, bold: true };
  ws.getCell('A2').value = typed.sentence;
  ws.getCell('A2').font = { name: LEGACY_FONT[encoding] };
  ws.mergeCells('A2:F2');
  // Someone added a remark in Unicode to a cell of the old file.
  ws.getCell('A3').value = {
    richText: [
      { text: 'Ghi chú: ', font: { name: 'Times New Roman', italic: true } },
      { text: typed.mixedTail, font: { name: LEGACY_FONT[encoding] } },
    ],
  };
  writeLegacyGrid(ws, officialForm(), FORM_TOP, 1, encoding);
  typeLegacy(ws.getCell('H1'), 'Trường Tiểu học Kim Đồng', encoding);

  const list = wb.addWorksheet('Danh sách');
  list.getCell('A1').value = 'Trường Tiểu học Kim Đồng';
  list.getCell('A2').value = 'Lớp 5A';
  return readXlsx(await toBuffer(wb), `TH Kim Đồng ${encoding}.xlsx`);
}

describe.each(['tcvn3', 'vni'] as const)('a workbook typed in %s', (encoding) => {
  const read = legacyWorkbook(encoding);

  it('reads hand-typed legacy text back as Unicode, capitals-only fonts in capitals', async () => {
    const rows = (await read).tables[0].rows;
    expect(rows[0][0].text).toBe('PHÒNG GD&ĐT HUYỆN ĐÔNG HÀ');
    expect(rows[1][0].text).toBe('Báo cáo kết quả tổ chức Tuần lễ');
    expect(rows[1][3]).toMatchObject({ text: 'Báo cáo kết quả tổ chức Tuần lễ', mergedCopy: true });
    expect(rows[0][7].text).toBe('Trường Tiểu học Kim Đồng');
  });

  it('converts rich text run by run, leaving the Unicode run alone', async () => {
    expect((await read).tables[0].rows[2][0].text).toBe('Ghi chú: đã giải ngân đủ');
  });

  it('reads the form’s labels as Unicode, in NFC, and the school name for the header text', async () => {
    const doc = await read;
    const labels = doc.tables[0].rows.slice(FORM_TOP - 1).map((row) => row[1].text);
    expect(labels).toContain('Số sách đã huy động tặng các trường học, thư viện');
    expect(labels).toContain('Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)');
    expect(labels.every((l) => l === l.normalize('NFC'))).toBe(true);
    expect(doc.headerText).toContain('Trường Tiểu học Kim Đồng');
  });

  it('says once per converted sheet, naming the sheet and the encoding, and nothing for the Unicode sheet', async () => {
    const doc = await read;
    const notes = doc.notes.filter((n) => n.rule === 'legacy-encoding');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', where: FORM_SHEET });
    expect(notes[0].message).toContain(`"${FORM_SHEET}"`);
    expect(notes[0].message).toContain(`TH Kim Đồng ${encoding}.xlsx`);
    expect(notes[0].message).toContain(encoding === 'tcvn3' ? 'TCVN3' : 'VNI');
    expect(doc.notes.filter((n) => n.rule !== 'legacy-encoding')).toEqual([]);
  });

  it('is consolidated like a Unicode one: every template row found, numbers and notes read', async () => {
    const { extraction, findings } = extractFigures(await read, llw2022);
    expect(findings).toEqual([]);
    expect(extraction?.table).toBe(FORM_SHEET);
    expect(Object.keys(extraction!.rowsFound).sort()).toEqual(llw2022.rows.map((r) => r.code).sort());
    const figures = figuresOf(extraction!);
    expect(figures['1.9']).toEqual({ count: 3, people: 60 });
    expect(figures['10.1']).toEqual({ value: 1_500_000 });
    expect(extraction!.texts['11']).toBe('Tổ chức Ngày hội đọc sách');
    expect(extraction!.texts['5.4']).toBe('Thi kể chuyện theo sách');
  });
});

describe('a Unicode workbook in a legacy font', () => {
  it('is left as typed, without a note: the font name outlived the old encoding', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = 'Số sách đã huy động tặng các trường học, thư viện';
    ws.getCell('A1').font = { name: '.VnTime' };
    ws.getCell('A2').value = 'Bồi dưỡng thường xuyên cho giáo viên';
    ws.getCell('A2').font = { name: 'VNI-Times' };
    const doc = await readXlsx(await toBuffer(wb), 'unicode.xlsx');
    expect(doc.tables[0].rows.map((r) => r[0].text)).toEqual([
      'Số sách đã huy động tặng các trường học, thư viện',
      'Bồi dưỡng thường xuyên cho giáo viên',
    ]);
    expect(doc.notes).toEqual([]);
  });
});
