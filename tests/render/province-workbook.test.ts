import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadError } from '../../src-main/core/readers/read-error';
import { renderConsolidatedWorkbook } from '../../src-main/core/render/consolidated-workbook';
import { fillProvinceWorkbook, proposeProvinceMapping, type ProvinceMapping } from '../../src-main/core/render/province-workbook';
import { loadWorkbook } from '../../src-main/core/render/xlsx-io';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { sampleResult } from './consolidation-fixture';
import { COUNT_COL, PEOPLE_COL, type WorksheetExtras, buildProvinceWorkbook, excelRowOf, provinceRows } from './province-fixture';

const result = sampleResult();
let blank: Buffer;
let mapping: ProvinceMapping;

beforeAll(async () => {
  blank = await buildProvinceWorkbook();
  mapping = await proposeProvinceMapping(blank, 'Biểu tổng hợp của Sở.xlsx', llw2022);
});

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('proposeProvinceMapping', () => {
  it('finds the table in the second sheet below the title rows, with its two-row header', () => {
    expect(mapping.sheet).toBe('Biểu 01');
    expect(mapping.headerRows).toEqual([5, 6]);
    expect(mapping.fingerprint).toBe(createHash('sha256').update(blank).digest('hex'));
    expect(mapping.templateId).toBe('llw');
  });

  it('maps columns by header meaning, people before count, and leaves ratio and note alone', () => {
    const byLetter = Object.fromEntries(mapping.columns.map((c) => [c.letter, c.measure]));
    expect(byLetter).toEqual({ A: null, B: null, C: null, [PEOPLE_COL]: 'people', [COUNT_COL]: 'count', F: null, G: null });
    expect(mapping.columns.find((c) => c.letter === 'D')?.header).toBe('Kết quả thực hiện › Lượt người');
  });

  it('maps every reworded, abbreviated or NFD row to its template row', () => {
    for (const [code] of provinceRows) {
      const row = mapping.rows.find((r) => r.excelRow === excelRowOf(code));
      expect(row?.code, `row ${excelRowOf(code)}`).toBe(code);
    }
    // the signature line below the table belongs to no template row
    expect(mapping.rows.find((r) => r.label === 'NGƯỜI LẬP BIỂU')?.code).toBeNull();
  });

  it('asks about the template row the form does not have, and only about that', () => {
    expect(mapping.uncertain).toEqual([
      { kind: 'missing-row', code: '5.6', message: expect.stringContaining('không có dòng 5.6 "Các cuộc thi khác"') },
    ]);
  });

  it('asks about a row inside the table that matches nothing, and about a weak match', async () => {
    const rows = provinceRows.map((r): [string, string, string, string] => (r[0] === '5.4' ? ['5.4', '4', 'Thi kể chuyện theo sách', 'cuộc/người'] : r));
    rows.splice(rows.findIndex(([c]) => c === '9.2') + 1, 0, ['', '3', 'Thi đua của ngành', 'lượt']);
    const m = await proposeProvinceMapping(await buildProvinceWorkbook(rows), 'bieu.xlsx', llw2022);
    const odd = m.rows.find((r) => r.label === 'Thi đua của ngành')!;
    expect(odd.code).toBeNull();
    expect(m.uncertain).toContainEqual({
      kind: 'row',
      excelRow: odd.excelRow,
      message: `Ô Biểu 01!B${odd.excelRow} "Thi đua của ngành" không khớp dòng nào của mẫu: hàng này sẽ để trống, cần xác nhận.`,
    });
    const weak = m.rows.find((r) => r.label === 'Thi kể chuyện theo sách')!;
    expect(weak.code).toBe('5.4');
    expect(weak.score).toBeLessThan(0.85);
    expect(m.uncertain).toContainEqual({
      kind: 'row',
      excelRow: weak.excelRow,
      code: '5.4',
      message: expect.stringMatching(/^Ô Biểu 01!B\d+ "Thi kể chuyện theo sách" được ghép với dòng 5\.4 "Thi về sách .*\(độ tin cậy \d+%\): cần xác nhận\.$/),
    });
  });

  it('is plain JSON that survives being stored and read back', () => {
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
  });

  it('reads the built-in layout too (count before people)', async () => {
    const own = await renderConsolidatedWorkbook(result);
    const m = await proposeProvinceMapping(own, 'tong-hop.xlsx', llw2022);
    expect(m.sheet).toBe('Tổng hợp');
    expect(m.columns.filter((c) => c.measure).map((c) => [c.letter, c.measure])).toEqual([['D', 'count'], ['E', 'people']]);
    expect(m.rows.filter((r) => r.code).map((r) => r.code)).toEqual(llw2022.rows.map((r) => r.code));
    expect(m.uncertain).toEqual([]);
  });

  it('says in Vietnamese when the file has no table or is not a workbook', async () => {
    const own = await loadWorkbook(await buildProvinceWorkbook());
    own.removeWorksheet(sheet(own, 'Biểu 01').id);
    const noTable = Buffer.from(await own.xlsx.writeBuffer());
    await expect(proposeProvinceMapping(noTable, 'huong-dan.xlsx', llw2022)).rejects.toMatchObject({
      name: 'ReadError',
      rule: 'province-table-not-found',
      message: expect.stringContaining('huong-dan.xlsx'),
    });
    await expect(proposeProvinceMapping(Buffer.from('không phải tệp Excel'), 'bieu.xls', llw2022)).rejects.toBeInstanceOf(ReadError);
  });
});

describe('fillProvinceWorkbook', () => {
  let filled: Awaited<ReturnType<typeof fillProvinceWorkbook>>;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    filled = await fillProvinceWorkbook(blank, mapping, result);
    before = await loadWorkbook(blank);
    after = await loadWorkbook(filled.buffer);
  });

  it('writes each total as a number into the mapped cell, people and count in their own columns', () => {
    const ws = sheet(after, 'Biểu 01');
    const at = (col: string, code: string) => ws.getCell(`${col}${excelRowOf(code)}`).value;
    expect(at(PEOPLE_COL, '1.7')).toBe(140);
    expect(at(COUNT_COL, '1.7')).toBe(4);
    expect(at(PEOPLE_COL, '5.4')).toBe(120);
    expect(at(COUNT_COL, '1.13')).toBe(0);
    // single-measure rows go to the count column, whichever side it is on
    expect(at(COUNT_COL, '2')).toBe(11);
    expect(at(COUNT_COL, '10.2')).toBe(2_250_000_000);
    expect(at(PEOPLE_COL, '10.2')).toBeNull();
    expect(filled.written).toContainEqual({ cell: `Biểu 01!${COUNT_COL}${excelRowOf('4.3')}`, code: '4.3', measure: 'value', value: 1_550 });
  });

  it('never overwrites the province formulas and reports each refused cell', () => {
    const ws = sheet(after, 'Biểu 01');
    const r = excelRowOf('1.0');
    expect(ws.getCell(`D${r}`).formula).toBe(`SUM(D${r + 1}:D${r + 14})`);
    expect(filled.skipped).toEqual([
      { cell: `Biểu 01!${COUNT_COL}${r}`, code: '1.0', measure: 'count', value: 5, reason: 'ô có công thức của tỉnh, không ghi đè' },
      { cell: `Biểu 01!${PEOPLE_COL}${r}`, code: '1.0', measure: 'people', value: 155, reason: 'ô có công thức của tỉnh, không ghi đè' },
    ]);
  });

  it('asks Excel to recompute the province formulas on opening, their cached results being those of the blank form', async () => {
    const zip = await JSZip.loadAsync(filled.buffer);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // LibreOffice and cache readers ignore that flag: the stale 0 of "Tổng số" must not be kept
    const r = excelRowOf('1.0');
    const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheetXml).toMatch(new RegExp(`<c r="D${r}"[^>]*><f>SUM\\(D${r + 1}:D${r + 14}\\)</f></c>`));
    expect(await (await JSZip.loadAsync(blank)).file('xl/worksheets/sheet2.xml')!.async('string')).toContain(`<f>SUM(D${r + 1}:D${r + 14})</f><v>0</v>`);
  });

  it('leaves every other cell of every sheet as it was, value and style', () => {
    const written = new Set(filled.written.map((w) => w.cell));
    expect(written.size).toBe(filled.written.length);
    for (const was of before.worksheets) {
      const now = sheet(after, was.name);
      expect(now.rowCount).toBe(was.rowCount);
      for (let r = 1; r <= was.rowCount; r++) {
        for (let c = 1; c <= Math.max(was.columnCount, 8); c++) {
          const a = was.getCell(r, c);
          const b = now.getCell(r, c);
          expect(b.style, `${was.name}!${a.address} style`).toEqual(a.style);
          if (!written.has(`${was.name}!${a.address}`)) expect(b.value, `${was.name}!${a.address}`).toEqual(a.value);
        }
      }
    }
    expect(after.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu 01']);
  });

  it('keeps merges, widths, row heights, frozen header, print settings and the tab colour', () => {
    for (const was of before.worksheets) {
      const now = sheet(after, was.name);
      expect([...now.model.merges].sort()).toEqual([...was.model.merges].sort());
      for (let c = 1; c <= 8; c++) expect(now.getColumn(c).width).toBe(was.getColumn(c).width);
      expect(now.getRow(3).height).toBe(was.getRow(3).height);
      expect(now.views).toEqual(was.views);
      expect(now.pageSetup).toEqual(was.pageSetup);
      expect(now.headerFooter).toEqual(was.headerFooter);
      expect(now.properties.tabColor).toEqual(was.properties.tabColor);
    }
    const ws = sheet(after, 'Biểu 01');
    expect(ws.pageSetup.printArea).toBe(`A1:G${excelRowOf('11') + 3}`);
    expect(ws.pageSetup.printTitlesRow).toBe('5:6');
    expect(ws.getCell('D5').master.address).toBe('D5');
    expect(ws.getCell('E5').master.address).toBe('D5');
  });

  it('keeps data validation, conditional formats, notes on filled cells, links, images, hidden columns and names', () => {
    const was = sheet(before, 'Biểu 01') as WorksheetExtras;
    const now = sheet(after, 'Biểu 01') as WorksheetExtras;
    expect(now.dataValidations.model).toEqual(was.dataValidations.model);
    expect(now.dataValidations.model[`E${excelRowOf('5.3')}`]?.formulae).toEqual([0]);
    expect(now.conditionalFormattings).toEqual(was.conditionalFormattings);
    expect(now.conditionalFormattings).toHaveLength(1);
    expect(now.getCell('B5').note).toBe('Ghi đúng nội dung theo hướng dẫn của Sở');
    expect(now.getColumn(8).hidden).toBe(true);
    expect(after.definedNames.getRanges('SoLieu').ranges).toEqual(before.definedNames.getRanges('SoLieu').ranges);
    const guide = sheet(after, 'Hướng dẫn');
    expect(guide.getCell('A4').hyperlink).toBe('https://sogd.example.gov.vn/huong-dan-2023');
    expect(guide.getImages()).toHaveLength(1);
    expect(guide.getImages()[0].range.tl.nativeCol).toBe(1);
  });

  it('keeps the ratio formulas of every two-measure row', () => {
    const ws = sheet(after, 'Biểu 01');
    const r = excelRowOf('6.1');
    expect(ws.getCell(`F${r}`).formula).toBe(`IF(E${r}>0,ROUND(D${r}/E${r},1),"")`);
  });

  it('adds the per-school annex as a new last sheet when asked', async () => {
    const withAnnex = await loadWorkbook((await fillProvinceWorkbook(blank, mapping, result, { annex: 'sheet' })).buffer);
    expect(withAnnex.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu 01', 'Phụ lục']);
    const annex = sheet(withAnnex, 'Phụ lục');
    expect(annex.getCell('A4').text).toBe('TH-LC');
    expect(annex.getCell('F4').value).toBe(95);
  });

  it('refuses a mapping made for another workbook', async () => {
    const other = await buildProvinceWorkbook(provinceRows.slice(0, -1));
    await expect(fillProvinceWorkbook(other, mapping, result)).rejects.toMatchObject({ rule: 'province-mapping-mismatch' });
  });

  it('follows a mapping the specialist corrected', async () => {
    const corrected: ProvinceMapping = structuredClone(mapping);
    // single-measure rows go to the column the specialist marks as "value"
    corrected.columns.find((c) => c.letter === 'F')!.measure = 'value';
    const out = await fillProvinceWorkbook(blank, corrected, result);
    const ws = sheet(await loadWorkbook(out.buffer), 'Biểu 01');
    expect(ws.getCell(`F${excelRowOf('2')}`).value).toBe(11);
    expect(ws.getCell(`${COUNT_COL}${excelRowOf('2')}`).value).toBeNull();
    expect(ws.getCell(`${COUNT_COL}${excelRowOf('1.7')}`).value).toBe(4);
  });
});
