import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidationResult, UnitResult } from '../../src-main/core/model/consolidation';
import { renderConsolidatedWorkbook } from '../../src-main/core/render/consolidated-workbook';
import { splitPlace } from '../../src-main/core/render/provenance-sheet';
import { loadWorkbook } from '../../src-main/core/render/xlsx-io';
import { findLibreOffice } from '../../src-main/core/readers/legacy-office';
import { sampleResult } from './consolidation-fixture';

/** A district of 150 schools: the fixture's accepted school, again and again under new codes and names. */
function district(schools: number): ConsolidationResult {
  const base = sampleResult();
  const model = base.units[0];
  const units: UnitResult[] = Array.from({ length: schools }, (_, i) => ({
    ...model,
    code: `TH-${String(i + 1).padStart(3, '0')}`,
    name: `Trường Tiểu học Số ${i + 1} xã Liên Châu`,
    files: [`hop-thu/thu-${i + 1}.eml › BC Tuần lễ ${i + 1}.xlsx`],
    tableFile: `hop-thu/thu-${i + 1}.eml › BC Tuần lễ ${i + 1}.xlsx`,
  }));
  return { ...base, units };
}

let dir: string;
let xlsx: Buffer;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'print-'));
  xlsx = await renderConsolidatedWorkbook(district(150));
  wb = await loadWorkbook(xlsx);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the consolidated workbook prints well', () => {
  it('every sheet on A4 with margins, page numbers and its header rows repeated; fitted to the width where it can be read so', () => {
    const expected = new Map([
      ['Tổng hợp', { orientation: 'portrait', titles: '5:6', fit: true }],
      ['Phụ lục', { orientation: 'landscape', titles: '3:3', fit: false }],
      ['Lỗi cần sửa', { orientation: 'landscape', titles: '3:3', fit: true }],
      ['Nguồn số liệu', { orientation: 'landscape', titles: '3:3', fit: true }],
    ]);
    const visible = wb.worksheets.filter((ws) => ws.state === 'visible');
    expect(visible.map((ws) => ws.name)).toEqual([...expected.keys()]);
    for (const ws of visible) {
      const want = expected.get(ws.name)!;
      const setup = ws.pageSetup;
      expect(setup.paperSize, ws.name).toBe(9);
      expect(setup.orientation, ws.name).toBe(want.orientation);
      expect(setup.printTitlesRow, ws.name).toBe(want.titles);
      expect(setup.margins, ws.name).toMatchObject({ left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 });
      expect(ws.headerFooter.oddFooter, ws.name).toBe('Trang &P/&N');
      if (want.fit) expect(setup, ws.name).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    // The annex has a column per row and measure: printed across pages, each repeating the unit's code and name.
    expect(wb.getWorksheet('Phụ lục')!.pageSetup).toMatchObject({ fitToPage: false, scale: 75, printTitlesColumn: 'A:B' });
  });

  it('names the sheet and the cell of a number apart, for a workbook and a Word table', () => {
    expect(splitPlace('Số liệu!E8')).toEqual(['Số liệu', 'E8']);
    expect(splitPlace("'Biểu 1'!D12")).toEqual(['Biểu 1', 'D12']);
    expect(splitPlace('bảng 2, hàng 7, cột 4')).toEqual(['bảng 2', 'hàng 7, cột 4']);
  });

  it.skipIf(findLibreOffice() === null)('prints a 150-school summary on one page with every column, and every source page with the whole header', () => {
    const file = join(dir, 'tong-hop-2023.xlsx');
    writeFileSync(file, xlsx);
    execFileSync(findLibreOffice()!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
    expect(readdirSync(dir)).toContain('tong-hop-2023.pdf');
    const pdf = join(dir, 'tong-hop-2023.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const text = (page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
    const first = text(1);
    expect(first).toContain('TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC');
    expect(first).toContain('Ghi chú');
    expect(first).toContain('Các nội dung khác');
    expect(text(2)).toContain('PHỤ LỤC');
    const last = text(pages);
    // A header may wrap in its cell where the computer lacks Times New Roman's metric twins: compared word by word.
    const words = last.split(/\s+/).join(' ');
    for (const header of ['Mã', 'đơn vị', 'Hoạt động', 'Giá trị', 'Tệp', 'Trang tính /', 'bảng']) expect(words).toContain(header);
    expect(last).toContain('BC Tuần lễ 150.xlsx');
    // 150 schools × 11 numbers: some forty lines a page, not a page per column strip.
    expect(pages).toBeLessThan(80);
  }, 240_000);
});
