import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readCsv } from '../../src-main/core/readers/xlsx-reader';
import { readErrorOf } from './expect-read-error';

const REGISTRY = [
  'Mã đơn vị;Tên đơn vị;Email;Ghi chú',
  'C1KD;"Trường TH Kim Đồng";c1kimdong@edu.vn;"Sĩ số ""lớn"", 2 điểm trường"',
  'C2LL;Trường THCS Lê Lợi;c2leloi@edu.vn;"dòng 1',
  'dòng 2"',
  'C2NT;Trường THCS Nguyễn Trãi;;1.500.000',
].join('\r\n');

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Windows-1258 has ư, ơ, ô… as letters but tones only as combining marks. */
function windows1258(text: string): Buffer {
  const spelled = [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tones = parts.match(TONE_MARKS)?.join('') ?? '';
      return parts.replace(TONE_MARKS, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(spelled, 'windows1258');
}

function texts(rows: { text: string }[][]): string[][] {
  return rows.map((r) => r.map((c) => c.text));
}

describe('readCsv', () => {
  it('reads a UTF-8 file with BOM and ";" separators, quotes and line breaks in quotes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REGISTRY)]);
    const doc = await readCsv(bytes, 'Danh sách đơn vị.csv');
    expect(doc.format).toBe('csv');
    const table = doc.tables[0];
    expect(table.name).toBe('Danh sách đơn vị');
    expect(texts(table.rows)).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', 'Email', 'Ghi chú'],
      ['C1KD', 'Trường TH Kim Đồng', 'c1kimdong@edu.vn', 'Sĩ số "lớn", 2 điểm trường'],
      ['C2LL', 'Trường THCS Lê Lợi', 'c2leloi@edu.vn', 'dòng 1 dòng 2'],
      ['C2NT', 'Trường THCS Nguyễn Trãi', '', '1.500.000'],
    ]);
    expect(table.rows[3][3]).toEqual({ text: '1.500.000', where: 'Danh sách đơn vị!D4' });
    expect(doc.headerText.split('\n')[0]).toBe('Mã đơn vị | Tên đơn vị | Email | Ghi chú');
    expect(doc.notes).toEqual([]);
  });

  it('reads Windows-1258 (decomposed tones) as NFC and says so', async () => {
    const text = 'Mã đơn vị,Tên đơn vị\nC1KD,Trường TH Kim Đồng\nC3QT,Trường THPT Quang Trung\n';
    const bytes = windows1258(text);
    expect(iconv.decode(bytes, 'windows1258')).not.toBe(text);
    const doc = await readCsv(bytes, 'don-vi.csv');
    expect(texts(doc.tables[0].rows)[1]).toEqual(['C1KD', 'Trường TH Kim Đồng']);
    expect(doc.notes.map((n) => n.rule)).toEqual(['csv-encoding']);
  });

  it('reads UTF-16 with tab separators (Excel "Unicode text")', async () => {
    const text = 'STT\tCác hoạt động\tNgười\n1\tBồi dưỡng thường xuyên cho giáo viên\t40\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const doc = await readCsv(bytes, 'bao-cao.txt');
    expect(texts(doc.tables[0].rows)).toEqual([
      ['STT', 'Các hoạt động', 'Người'],
      ['1', 'Bồi dưỡng thường xuyên cho giáo viên', '40'],
    ]);
  });

  it('keeps "1,5" in one field when the separator is ";"', async () => {
    const doc = await readCsv(Buffer.from('Mục;Giá trị\nKinh phí;1,5 triệu\nSố lớp;3\n'), 'a.csv');
    expect(texts(doc.tables[0].rows)[1]).toEqual(['Kinh phí', '1,5 triệu']);
  });

  it('pads short rows so the grid stays rectangular', async () => {
    const doc = await readCsv(Buffer.from('a,b,c\n1,2\n3,4,5\n'), 'a.csv');
    expect(doc.tables[0].rows.map((r) => r.length)).toEqual([3, 3, 3]);
  });

  it('refuses an empty file', async () => {
    const error = await readErrorOf(readCsv(Buffer.from('\r\n  \n'), 'trong.csv'));
    expect(error.rule).toBe('empty-file');
    expect(error.message).toContain('trong.csv');
  });

  it('cuts a huge file with a note', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i};Học sinh ${i}`);
    const doc = await readCsv(Buffer.from(lines.join('\n')), 'hs.csv');
    expect(doc.tables[0].rows).toHaveLength(5_000);
    expect(doc.notes.find((n) => n.rule === 'sheet-truncated')?.message).toContain('hs.csv');
  });
});
