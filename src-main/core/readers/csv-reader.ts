/**
 * CSV → SourceDocument (schools and the unit registry send CSV exported from Excel or from
 * other software). Encoding and separator are detected, since Vietnamese Windows writes
 * Windows-1258 or UTF-16 and uses ";" where other locales use ",".
 */
import iconv from 'iconv-lite';
import type { ReaderNote, SourceCell, SourceDocument, SourceTable } from '../model/source';
import { cleanText } from '../text/vietnamese';
import { ReadError } from './read-error';
import { SHEET_MAX_COLUMNS, SHEET_MAX_ROWS } from './xlsx-sheet-grid';
import { columnLetters } from './xlsx-sheet-xml';
import { headerText } from './xlsx-header-text';

const SEPARATORS = [';', '\t', ','] as const;
const SEPARATOR_PROBE_ROWS = 20;

export async function readCsv(bytes: Buffer, fileName: string): Promise<SourceDocument> {
  const notes: ReaderNote[] = [];
  const { text, legacy } = decode(bytes);
  if (text.trim() === '') throw new ReadError('empty-file', `Tệp ${fileName} rỗng: hãy đề nghị gửi lại tệp.`);
  if (legacy) {
    notes.push({
      severity: 'info',
      rule: 'csv-encoding',
      where: null,
      message: `Tệp ${fileName} không dùng bảng mã Unicode; đã đọc theo bảng mã Windows-1258, hãy kiểm tra chữ tiếng Việt.`,
    });
  }
  const separator = detectSeparator(text);
  const parsed = parseDelimited(text, separator, SHEET_MAX_ROWS + 1);
  const name = fileName.replace(/\.[^.]*$/, '') || fileName;
  if (parsed.length > SHEET_MAX_ROWS || parsed.some((r) => r.length > SHEET_MAX_COLUMNS)) {
    notes.push({
      severity: 'warning',
      rule: 'sheet-truncated',
      where: name,
      message: `Tệp ${fileName} quá lớn: chỉ đọc ${SHEET_MAX_ROWS.toLocaleString('vi-VN')} hàng đầu và ${SHEET_MAX_COLUMNS} cột đầu, phần còn lại bị bỏ qua.`,
    });
  }
  const table = toTable(parsed.slice(0, SHEET_MAX_ROWS), name);
  return { fileName, format: 'csv', tables: [table], sections: [], headerText: headerText([table]), notes };
}

function decode(bytes: Buffer): { text: string; legacy: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.toString('utf8', 3), legacy: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), legacy: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), legacy: false };
  // UTF-16 without a byte-order mark: ASCII characters leave zero bytes at odd offsets.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) return { text: iconv.decode(bytes, 'utf16le'), legacy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    return { text: iconv.decode(bytes, 'windows1258'), legacy: true };
  }
}

/** The separator that splits the first rows into the most rows of the same width (> 1). */
function detectSeparator(text: string): string {
  let best: string = SEPARATORS[SEPARATORS.length - 1];
  let bestScore = 0;
  for (const sep of SEPARATORS) {
    const widths = parseDelimited(text, sep, SEPARATOR_PROBE_ROWS).map((r) => r.length).filter((w) => w > 1);
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 fields: quotes around fields, "" for a quote, line breaks inside quotes. */
function parseDelimited(text: string, sep: string, maxRows: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = (): void => {
    row.push(field);
    field = '';
    if (row.length > 1 || row[0].trim() !== '') rows.push(row);
    row = [];
  };
  for (; i < text.length && rows.length < maxRows; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (rows.length < maxRows && (field !== '' || row.length > 0)) endRow();
  return rows;
}

function toTable(parsed: string[][], name: string): SourceTable {
  const width = Math.min(SHEET_MAX_COLUMNS, Math.max(0, ...parsed.map((r) => r.length)));
  const rows: SourceCell[][] = parsed.map((fields, r) => {
    const cells: SourceCell[] = [];
    for (let c = 0; c < width; c++) cells.push({ text: cleanText(fields[c] ?? ''), where: `${name}!${columnLetters(c + 1)}${r + 1}` });
    return cells;
  });
  return { name, index: 1, rows };
}
