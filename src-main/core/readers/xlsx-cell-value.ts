/**
 * What a workbook cell shows, from exceljs's value shapes (number, string, Date, rich text,
 * hyperlink, formula with or without its cached result, error). Text typed in a TCVN3 or VNI
 * font is converted to Unicode, run by run for rich text (a cell may mix fonts).
 */
import type { CellValue } from 'exceljs';
import { decodeLegacyText, type LegacyEncoding } from '../text/legacy-encoding';
import { cleanText } from '../text/vietnamese';

export interface CellReading {
  text: string;
  /** Set only for a real stored number (not for dates or text that looks like a number). */
  num?: number;
  formulaWithoutResult?: boolean;
  /** Excel error shown in the cell, e.g. "#REF!". */
  error?: string;
  /** The pre-Unicode encoding the text was converted from. */
  legacyEncoding?: LegacyEncoding;
}

/** `fontName` is the cell's font: it tells TCVN3 and VNI text apart from Unicode. */
export function readCellValue(value: CellValue, numFmt: string | undefined, fontName?: string): CellReading {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return readNumber(value, numFmt);
  if (typeof value === 'string') return readText([{ text: value, font: fontName }]);
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: formatDate(value) };
  if ('error' in value) return { text: value.error, error: value.error };
  if ('richText' in value) return readText(value.richText.map((run) => ({ text: run.text, font: run.font?.name ?? fontName })));
  if ('hyperlink' in value) {
    const shown: unknown = value.text;
    // exceljs keeps a formatted link's text as rich text.
    if (shown && typeof shown === 'object' && 'richText' in shown) return readCellValue(shown as CellValue, numFmt, fontName);
    return readText([{ text: String(shown ?? value.hyperlink), font: fontName }]);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { text: '', formulaWithoutResult: true };
    return readCellValue(result as CellValue, numFmt, fontName);
  }
  return { text: '' };
}

function readText(runs: Array<{ text: string; font: string | undefined }>): CellReading {
  let text = '';
  let legacyEncoding: LegacyEncoding | null = null;
  for (const run of runs) {
    const decoded = decodeLegacyText(run.text, run.font);
    text += decoded.text;
    legacyEncoding ??= decoded.encoding;
  }
  return legacyEncoding ? { text: cleanText(text), legacyEncoding } : { text: cleanText(text) };
}

function readNumber(n: number, numFmt: string | undefined): CellReading {
  if (!Number.isFinite(n)) return { text: '' };
  // Vietnamese display: decimal comma, no thousands separator (so the text never reads as a
  // grouped integer like "1.500"); the exact value stays in `num`.
  const shown = numFmt?.includes('%') ? `${formatDecimal(n * 100)}%` : formatDecimal(n);
  return { text: shown, num: n };
}

function formatDecimal(n: number): string {
  return String(Number.isInteger(n) ? n : Number(n.toPrecision(15))).replace('.', ',');
}

/** exceljs gives dates as UTC instants of the stored serial. */
function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const hasTime = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() > 0;
  return hasTime ? `${date} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : date;
}
