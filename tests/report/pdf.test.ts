import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontCovers, VIETNAMESE_LETTERS } from '../../src-main/core/report/font-coverage';
import { defaultFontsDir, reportFonts } from '../../src-main/core/report/fonts';
import { renderReportPdf } from '../../src-main/core/report/pdf-renderer';
import { draftReport } from '../../src-main/core/report/report-model';
import { spawnWorker } from '../../src-main/core/worker-spawn';
import { district, largeDistrict, settings } from './fixture';
import { asciiOnlyFont, readPdf, withSignatureAndSeal, type PdfPage } from './helpers';

const fontsDir = resolve(__dirname, '../../resources/fonts');
/** No system folders: the shipped Tinos, so that the test is the same on every machine. */
const shipped = { fontsDir, systemFontDirs: [] };
const MM = 72 / 25.4;

describe('shipped and system fonts', () => {
  it('finds resources/fonts by walking up, and the Tinos files cover Vietnamese', () => {
    expect(defaultFontsDir()).toBe(fontsDir);
    const tinos = reportFonts(shipped);
    expect(tinos.family).toBe('Tinos');
    expect(fontCovers(readFileSync(tinos.bolditalics), VIETNAMESE_LETTERS)).toBe(true);
  });

  it('prefers an installed Times New Roman, but not one without Vietnamese letters', () => {
    const good = mkdtempSync(join(tmpdir(), 'fonts-'));
    const names = ['times.ttf', 'timesbd.ttf', 'timesi.ttf', 'timesbi.ttf'];
    names.forEach((n) => copyFileSync(join(fontsDir, 'Tinos-Regular.ttf'), join(good, n)));
    expect(reportFonts({ fontsDir, systemFontDirs: [good] })).toMatchObject({ family: 'Times New Roman', bold: join(good, 'timesbd.ttf') });

    const old = mkdtempSync(join(tmpdir(), 'fonts-'));
    names.forEach((n) => writeFileSync(join(old, n), asciiOnlyFont()));
    expect(fontCovers(asciiOnlyFont(), 'Abc')).toBe(true);
    expect(reportFonts({ fontsDir, systemFontDirs: [old] }).family).toBe('Tinos');
  });

  it('says in Vietnamese which files are missing when there is no font at all', () => {
    expect(() => reportFonts({ fontsDir: tmpdir(), systemFontDirs: [] })).toThrow(/Không tìm thấy phông chữ.*Tinos-Regular\.ttf/);
  });
});

describe('renderReportPdf', () => {
  let pdf: Buffer;
  let pages: PdfPage[];

  beforeAll(async () => {
    pdf = await renderReportPdf(draftReport(district(), settings, { date: new Date(2023, 9, 17) }), settings, shipped);
    pages = await readPdf(pdf);
  });

  it('is a PDF 1.4 on A4 portrait, with the annex on a landscape page', () => {
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pages[0].width).toBeCloseTo(595.28, 1);
    expect(pages[0].height).toBeCloseTo(841.89, 1);
    const last = pages.at(-1)!;
    expect(last.text).toContain('PHỤ LỤC');
    expect(last.width).toBeCloseTo(841.89, 1);
  });

  it('prints the heading block, title and Vietnamese text with every diacritic intact', () => {
    const first = pages[0].text;
    for (const s of ['UBND HUYỆN THANH OAI', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thanh Oai, ngày 17 tháng 10 năm 2023', 'BÁO CÁO', 'Kính gửi: Sở Giáo dục và Đào tạo Hà Nội']) {
      expect(first).toContain(s);
    }
    const all = pages.map((p) => p.text).join(' ');
    expect(all).toContain('3.450');
    expect(all).toContain('15.000.000 đồng');
    expect(all).toContain('Trường Tiểu học Thanh Thùy');
    expect(all).toContain('Trường Mầm non Bích Hòa');
    expect(all).toContain('(Trường Tiểu học Liên Châu)');
    expect(all).toContain('KT. TRƯỞNG PHÒNG');
    expect(all).toContain('Nguyễn Văn An');
  });

  it('lays the heading out in two columns: the national name right of the office, "Số" level with the date', () => {
    const item = (s: string) => pages[0].items.find((i) => i.str.includes(s))!;
    const office = item('PHÒNG GIÁO DỤC');
    const nation = item('CỘNG HÒA');
    expect(nation.x).toBeGreaterThan(office.x + office.width);
    expect(Math.abs(item('Số:').y - item('ngày 17').y)).toBeLessThan(2);
  });

  it('numbers pages from 2, centred in the top margin', () => {
    const topOf = (p: PdfPage) => p.items.filter((i) => i.y > p.height - 20 * MM);
    expect(topOf(pages[0])).toEqual([]);
    const [number] = topOf(pages[1]);
    expect(number.str).toBe('2');
    const centre = 30 * MM + (pages[1].width - 45 * MM) / 2;
    expect(Math.abs(number.x + number.width / 2 - centre)).toBeLessThan(3);
    expect(topOf(pages.at(-1)!)[0].str).toBe(String(pages.length));
  });

  it('repeats the statistics table header on every page the table spans', () => {
    const withRows = pages.filter((p) => /Bồi dưỡng|Kinh phí|Hội sách/.test(p.text) && p.text.includes('lớp/người') || p.text.includes('số cuộc'));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const p of withRows) expect(p.text).toMatch(/STT Các hoạt động Đơn vị Số lượng/);
  });

  it('embeds its fonts (no standard PDF fonts)', () => {
    const raw = pdf.toString('latin1');
    const descriptors = raw.match(/\/Type \/FontDescriptor/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(3);
    expect((raw.match(/\/FontFile2/g) ?? []).length).toBe(descriptors.length);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times-Roman|Courier)/);
  });

  it('adds the signature and seal images of an electronic copy', async () => {
    const signed = withSignatureAndSeal(settings);
    const out = await renderReportPdf(draftReport(district(), signed), signed, shipped);
    expect((out.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a missing signature image with a message naming it', async () => {
    const broken = { ...settings, signatureImage: join(tmpdir(), 'khong-co.png') };
    await expect(renderReportPdf(draftReport(district(), broken), broken, shipped)).rejects.toThrow(/ảnh chữ ký.*khong-co\.png/);
  });

  it('renders a 150-unit district', async () => {
    const big = await readPdf(await renderReportPdf(draftReport(largeDistrict(150), settings), settings, shipped));
    expect(big.map((p) => p.text).join(' ')).toContain('Trường THCS Liên Châu 5');
  }, 20_000);
});

describe('modules pdfkit loads for what a report seldom has', () => {
  it('are loaded only when a report uses them: none for a plain report, the PNG reader for a signature', async () => {
    const worker = spawnWorker(new URL('./deferred-modules-worker.ts', import.meta.url));
    const said = await new Promise<{ plain: { images: number; loaded: string[] }; withImages: { images: number; loaded: string[] } }>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
    });
    await worker.terminate();
    expect(said.plain).toEqual({ images: 0, loaded: [] });
    // The signature and the seal are in the PDF: the stand-in of png-js handed over to the real one.
    expect(said.withImages.images).toBeGreaterThanOrEqual(2);
    expect(said.withImages.loaded).toEqual([expect.stringMatching(/png-js/)]);
  }, 30_000);
});
