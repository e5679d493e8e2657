import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reuseParsedFonts } from '../../src-main/core/report/pdf-font-reuse';
import { renderReportPdf } from '../../src-main/core/report/pdf-renderer';
import { prepareReportPdf } from '../../src-main/core/report/pdf-warm-up';
import { draftReport } from '../../src-main/core/report/report-model';
import { district, largeDistrict, settings } from './fixture';
import { readPdf } from './helpers';

const fontsDir = resolve(__dirname, '../../resources/fonts');
const shipped = { fontsDir, systemFontDirs: [] };
const STYLES = ['Regular', 'Bold', 'Italic', 'BoldItalic'];

/** The shipped fonts under new paths: parsed again from nothing, no word laid out yet. */
function fontsCopy(from: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'phong-'));
  for (const style of STYLES) copyFileSync(join(fontsDir, `Tinos-${from[style] ?? style}.ttf`), join(dir, `Tinos-${style}.ttf`));
  return dir;
}

/** The PostScript names of the fonts a PDF embeds ("Tinos-Bold"), without pdfkit's subset tag. */
function embeddedFonts(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))].sort();
}

describe('parsed fonts kept for the next report in the same thread', () => {
  it('is in effect for the pdfmake the app uses', () => {
    expect(reuseParsedFonts()).toBe(true);
  });

  it('prints each of two reports rendered after the warm-up with its own units, placed as with freshly parsed fonts', async () => {
    // The warm-up prints "Trường" but never "ơ" alone in the regular font: the glyph of "ơ"
    // is first made when "ờ" is subset, without its letter, and must not stay so.
    await prepareReportPdf(shipped);
    const small = await readPdf(await renderReportPdf(draftReport(district(), settings), settings, shipped));
    const large = draftReport(largeDistrict(40), settings);
    const pdf = await renderReportPdf(large, settings, shipped);
    const pages = await readPdf(pdf);
    const fresh = await readPdf(await renderReportPdf(large, settings, { fontsDir: fontsCopy(), systemFontDirs: [] }));

    const smallText = small.map((p) => p.text).join(' ');
    const largeText = pages.map((p) => p.text).join(' ');
    expect(smallText).toContain('Trung tâm học tập cộng đồng xã Tam Hưng');
    expect(smallText).not.toContain('Trường Mầm non Bích Hòa 2');
    expect(largeText).toContain('Trường Mầm non Bích Hòa 2');
    expect(largeText).not.toContain('Trung tâm học tập cộng đồng xã Tam Hưng');
    expect(embeddedFonts(pdf)).toEqual(['Tinos', 'Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic']);
    expect(pages.map((p) => p.items)).toEqual(fresh.map((p) => p.items));
  }, 30_000);

  it('takes each style from its own file, and a file changed on disk anew', async () => {
    const doc = draftReport(district(), settings);
    const dir = fontsCopy();
    expect(embeddedFonts(await renderReportPdf(doc, settings, { fontsDir: dir, systemFontDirs: [] }))).toContain('Tinos');
    // The regular file now holds the bold face: the next report prints its body text bold.
    copyFileSync(join(fontsDir, 'Tinos-Bold.ttf'), join(dir, 'Tinos-Regular.ttf'));
    expect(embeddedFonts(await renderReportPdf(doc, settings, { fontsDir: dir, systemFontDirs: [] }))).not.toContain('Tinos');
    expect(embeddedFonts(await renderReportPdf(doc, settings, { fontsDir: fontsCopy({ Regular: 'Italic' }), systemFontDirs: [] }))).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic']);
  }, 30_000);
});
