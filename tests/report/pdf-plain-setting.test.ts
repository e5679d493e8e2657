import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../src-main/core/report/pdf-renderer';
import { setPdfTextPlainly } from '../../src-main/core/report/pdf-plain-setting';
import { size } from '../../src-main/core/report/layout';
import { draftReport } from '../../src-main/core/report/report-model';
import { district, settings } from './fixture';
import { readPdf } from './helpers';

const fontsDir = resolve(__dirname, '../../resources/fonts');
const shipped = { fontsDir, systemFontDirs: [] };

interface Font {
  unitsPerEm: number;
  glyphsForString(text: string): Array<{ advanceWidth: number }>;
  layout(text: string): { positions: Array<{ xAdvance: number }> };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Buffer): Font };
const bold = fontkit.create(readFileSync(resolve(fontsDir, 'Tinos-Bold.ttf')));

/** Points a line takes at `fontSize`: each letter's own advance, or as the font's kerning shapes it. */
const plainWidth = (text: string, fontSize: number) => (bold.glyphsForString(text).reduce((w, g) => w + g.advanceWidth, 0) / bold.unitsPerEm) * fontSize;
const kernedWidth = (text: string, fontSize: number) => (bold.layout(text).positions.reduce((w, p) => w + p.xAdvance, 0) / bold.unitsPerEm) * fontSize;

describe('text set as Word sets it, each letter at its own width', () => {
  it('prints a line of letters the font kerns (AV, Ta, Yo) at their own widths, and text with combining marks whole', async () => {
    const doc = draftReport(district(), settings);
    const title = 'VĂN BẢN AVA TAY WAVE';
    // "x̃" has no precomposed letter: it stays two characters, shaped by fontkit.
    const marked = 'Tổ x̃ AV';
    doc.docType = title;
    doc.summary = marked;
    const items = (await readPdf(await renderReportPdf(doc, settings, shipped)))[0].items;
    const line = items.find((i) => i.str === title)!;
    expect(kernedWidth(title, size.docType)).toBeLessThan(plainWidth(title, size.docType) - 2);
    expect(line.width).toBeCloseTo(plainWidth(title, size.docType), 1);
    expect(items.map((i) => i.str.normalize('NFC')).join(' ')).toContain(marked.normalize('NFC'));
  });

  // After the PDF above: that one is set so by the renderer itself.
  it('is in effect for the pdfmake the app uses', () => {
    expect(setPdfTextPlainly()).toBe(true);
  });
});
