import { describe, expect, it } from 'vitest';
import { extractFigures, figuresOf } from '../../src-main/core/extract';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { inferTemplate } from '../../src-main/core/template-infer';
import { midYearForm, romanForm, twoColumnForm, xlsxBytes, putRows } from './forms';

/** The template inferred from a blank form reads the schools' filled copies of it. */
describe('a school\'s filled form read with the template inferred from the blank one', () => {
  it('the mid-year summary: every number of every level, the total among them', async () => {
    const template = inferTemplate(await readXlsx(await midYearForm(), 'mau.xlsx')).template;
    const { extraction, findings } = extractFigures(await readXlsx(await midYearForm(true), 'truong.xlsx'), template);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const figures = figuresOf(extraction!);
    expect(figures['2']).toEqual({ 'so-truong': 15, count: 240, people: 7230 });
    expect(figures['0']).toEqual({ 'so-truong': 40, count: 518, people: 16180 });
  });

  it('the Roman-numeral form, filled with text numbers ("1.500" people, "120 triệu"), with its a)–c) rows', async () => {
    const template = inferTemplate(await readXlsx(await romanForm(), 'mau.xlsx')).template;
    const numbers = [null, 30, 4, 1, null, '1.500', 100, '1.350', 50, '120'];
    const { extraction } = extractFigures(await readXlsx(await romanForm({ numbers }), 'truong.xlsx'), template);
    const figures = figuresOf(extraction!);
    expect(figures['1.1']).toEqual({ value: 30 });
    expect(figures['2.1']).toEqual({ value: 1500 });
    expect(figures['2.1.2']).toEqual({ value: 1350 });
    expect(figures['2.2']).toEqual({ value: 120 });
  });

  it('the two-column form, typed by a school in its own sheet', async () => {
    const template = inferTemplate(await readXlsx(await twoColumnForm(), 'mau.xlsx')).template;
    const school = await xlsxBytes((ws) => {
      putRows(ws, 1, [['TRƯỜNG TIỂU HỌC KIM ĐỒNG'], [], ['STT', 'Nội dung', 'Số lớp', 'Số người'],
        [1, 'Lớp tin học cho người lớn tuổi', 2, 45], [2, 'Lớp ngoại ngữ tại trung tâm học tập cộng đồng', 1, 30],
        [3, 'Câu lạc bộ đọc sách', 3, 90], [null, 'Tổng cộng', 6, 165]]);
    });
    const figures = figuresOf(extractFigures(await readXlsx(school, 'kim-dong.xlsx'), template).extraction!);
    expect(figures['3']).toEqual({ count: 3, people: 90 });
    expect(figures['0']).toEqual({ count: 6, people: 165 });
  });
});
