import { Paragraph, TableCell, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { cell, docxOf, table } from '../docx/build-docx';
import { xlsxBytes } from './forms';

/** The readers keep how a form shows its hierarchy: bold headings, indented sub-rows. */
describe('bold and indentation as read', () => {
  it('a workbook: bold font, Excel indent (×3 spaces), spaces typed before the text', async () => {
    const bytes = await xlsxBytes((ws) => {
      ws.getCell('A1').value = 'Cơ sở vật chất';
      ws.getCell('A1').font = { bold: true };
      ws.getCell('A2').value = 'Số phòng học';
      ws.getCell('A2').alignment = { indent: 2 };
      ws.getCell('A3').value = '    Phòng học bộ môn';
      ws.getCell('A4').value = 'Thư viện';
      ws.getCell('A4').font = { bold: false };
    });
    const rows = (await readXlsx(bytes, 'mau.xlsx')).tables[0].rows;
    expect(rows.map((r) => [r[0].text, !!r[0].bold, r[0].indent ?? 0])).toEqual([
      ['Cơ sở vật chất', true, 0],
      ['Số phòng học', false, 6],
      ['Phòng học bộ môn', false, 4],
      ['Thư viện', false, 0],
    ]);
  });

  it('a Word table: every paragraph bold, the left indent in spaces (60 twips each)', async () => {
    const para = (text: string, opts: { bold?: boolean; left?: number } = {}) =>
      new TableCell({ children: [new Paragraph({ indent: opts.left ? { left: opts.left } : undefined, children: [new TextRun({ text, bold: opts.bold })] })] });
    const bytes = await docxOf([table([[para('Đội ngũ', { bold: true }), cell('')], [para('Giáo viên', { left: 720 }), cell('người')]])]);
    const rows = (await readDocx(bytes, 'mau.docx')).tables[0].rows;
    expect(rows.map((r) => [r[0].text, !!r[0].bold, r[0].indent ?? 0])).toEqual([
      ['Đội ngũ', true, 0],
      ['Giáo viên', false, 12],
    ]);
    expect(rows[1][1].bold).toBeUndefined();
  });
});
