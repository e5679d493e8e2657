/**
 * Workbooks typed before Unicode, as older school computers still write them: TCVN3 bytes
 * shown through ".VnTime", VNI bytes through "VNI-Times", stored as Latin-1 characters.
 */
import type ExcelJS from 'exceljs';
import { decodeLegacyText, type LegacyEncoding } from '../../src-main/core/text/legacy-encoding';
import type { GridCell } from '../extract/source-builder';

export const LEGACY_FONT: Record<LegacyEncoding, string> = { tcvn3: '.VnTime', vni: 'VNI-Times' };

const LATIN1 = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i));
const ASCII_LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * Unicode letter → the legacy characters that stand for it, found by asking the decoder
 * about every byte (and, for VNI, every letter followed by a mark byte): the tables are
 * the reader's, the sentences the tests check by hand are not.
 */
function legacyCodes(encoding: LegacyEncoding): Map<string, string> {
  const codes = new Map<string, string>();
  const candidates = encoding === 'tcvn3' ? LATIN1 : [...LATIN1, ...[...ASCII_LETTERS, ...LATIN1].flatMap((b) => LATIN1.map((m) => b + m))];
  for (const code of candidates) {
    const { text } = decodeLegacyText(code, LEGACY_FONT[encoding]);
    if (text !== code && [...text].length === 1 && !codes.has(text)) codes.set(text, code);
  }
  return codes;
}

const CODES: Record<LegacyEncoding, Map<string, string>> = { tcvn3: legacyCodes('tcvn3'), vni: legacyCodes('vni') };

/**
 * A Unicode text as it is stored in a legacy font. TCVN3 has no codes for capitals with a
 * tone mark: typists switch to the "H" font (".VnTimeH") for such a letter, which draws the
 * lower-case code as a capital, so the letter becomes a run of its own.
 */
export function legacyRuns(text: string, encoding: LegacyEncoding): ExcelJS.RichText[] {
  const runs: ExcelJS.RichText[] = [];
  const codes = CODES[encoding];
  for (const ch of text.normalize('NFC')) {
    const code = codes.get(ch);
    const capital = code === undefined && encoding === 'tcvn3' ? codes.get(ch.toLowerCase()) : undefined;
    if (capital !== undefined) {
      runs.push({ text: capital, font: { name: `${LEGACY_FONT.tcvn3}H` } });
      continue;
    }
    const last = runs.at(-1);
    if (last && !last.font) last.text += code ?? ch;
    else runs.push({ text: code ?? ch });
  }
  return runs;
}

/** A cell typed in the legacy font; runs without a font of their own take the cell's. */
export function typeLegacy(cell: ExcelJS.Cell, text: string, encoding: LegacyEncoding): void {
  const runs = legacyRuns(text, encoding);
  cell.font = { name: LEGACY_FONT[encoding] };
  cell.value = runs.length === 1 && !runs[0].font ? runs[0].text : { richText: runs };
}

/**
 * A grid (texts, numbers, '<' merged with the cell on the left, '^' with the one above)
 * written from `top`/`left` (1-based), every text typed in the legacy encoding.
 */
export function writeLegacyGrid(ws: ExcelJS.Worksheet, grid: GridCell[][], top: number, left: number, encoding: LegacyEncoding): void {
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '<' || value === '^') return;
      const cell = ws.getCell(top + r, left + c);
      if (typeof value === 'number') cell.value = value;
      else typeLegacy(cell, value, encoding);
      let width = 1;
      while (row[c + width] === '<') width++;
      let height = 1;
      while (grid[r + height]?.[c] === '^') height++;
      if (width > 1 || height > 1) ws.mergeCells(top + r, left + c, top + r + height - 1, left + c + width - 1);
    }),
  );
}
