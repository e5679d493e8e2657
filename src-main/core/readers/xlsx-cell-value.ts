/**
 * What a workbook cell shows, from what it stores: a number (shown as a date or a percentage
 * when its format says so), text (shared, inline or rich), a boolean, an error, or a
 * formula's cached result (a formula without one cannot be trusted). Text typed in a TCVN3 or
 * VNI font is converted to Unicode, run by run for rich text (a cell may mix fonts).
 */
import { decodeLegacyText, type LegacyEncoding } from '../text/legacy-encoding';
import { cleanText, leadingSpaces } from '../text/vietnamese';
import type { TextRun } from './xlsx-package';
import type { SheetCell } from './xlsx-sheet-xml';

export interface CellReading {
  text: string;
  /** Set only for a real stored number (not for dates or text that looks like a number). */
  num?: number;
  formulaWithoutResult?: boolean;
  /** Excel error shown in the cell, e.g. "#REF!". */
  error?: string;
  /** The pre-Unicode encoding the text was converted from. */
  legacyEncoding?: LegacyEncoding;
  bold?: boolean;
  /** In spaces: Excel's indent level counts three, as wide as it shows. */
  indent?: number;
}

const SPACES_PER_INDENT_LEVEL = 3;

/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;
const DAY_MS = 24 * 3600 * 1000;

export function readCellValue(cell: SheetCell, date1904: boolean): CellReading {
  const value = cell.value;
  if (!value) return cell.formula ? { text: '', formulaWithoutResult: true } : { text: '' };
  const numFmt = cell.style?.numFmt;
  if ('number' in value) {
    if (!isDateFormat(numFmt)) return readNumber(value.number, numFmt);
    return { text: formatDate(new Date(Math.round((value.number - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * DAY_MS))) };
  }
  if ('text' in value) return withLook(readText(value.text, cell.style?.font), cell);
  if ('boolean' in value) return { text: value.boolean ? 'TRUE' : 'FALSE' };
  if ('error' in value) return { text: value.error, error: value.error };
  return { text: formatDate(new Date(value.isoDate)) };
}

/** A format that shows a date or a time: y, m, d, h, s outside quoted text and [..] sections. */
function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function readText(runs: TextRun[], cellFont: string | undefined): CellReading {
  let text = '';
  let legacyEncoding: LegacyEncoding | null = null;
  for (const run of runs) {
    const decoded = decodeLegacyText(run.text, run.font ?? cellFont);
    text += decoded.text;
    legacyEncoding ??= decoded.encoding;
  }
  const reading: CellReading = { text: cleanText(text) };
  if (legacyEncoding) reading.legacyEncoding = legacyEncoding;
  const leading = leadingSpaces(text);
  if (leading > 0) reading.indent = leading;
  return reading;
}

/** Bold and indentation of a text cell: how a form shows its headings and sub-rows. */
function withLook(reading: CellReading, cell: SheetCell): CellReading {
  if (!reading.text) return reading;
  if (cell.style?.bold) reading.bold = true;
  const indent = (reading.indent ?? 0) + (cell.style?.indent ?? 0) * SPACES_PER_INDENT_LEVEL;
  if (indent > 0) reading.indent = indent;
  return reading;
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

/** A stored serial or ISO date, shown as the day it names (in UTC, as stored). */
function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const hasTime = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() > 0;
  return hasTime ? `${date} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : date;
}
