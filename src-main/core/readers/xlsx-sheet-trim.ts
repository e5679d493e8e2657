/**
 * A worksheet part as XML text. The tables this app reads are a few dozen rows near the top,
 * so an oversized sheet (100,000 rows would cost hundreds of megabytes as a tree) is streamed
 * and only its first rows plus what follows the cell data (merged ranges, …) are kept; the
 * sheet reader then sees rows past its limit and notes the cut.
 */
import type { Readable } from 'stream';
import { StringDecoder } from 'string_decoder';
import { decodeXmlBytes } from './docx-xml';
import { ReadError } from './read-error';
import type { XlsxPackage } from './xlsx-package';
import type { ZipEntryInfo } from './zip-directory';

/** Below this a sheet is read whole. */
const TRIM_SHEET_XML_BYTES = 4 * 1024 * 1024;
/** Beyond this many characters of rows the kept part itself is too big to read. */
const MAX_KEPT_CHARS = 64 * 1024 * 1024;
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** The sheet's XML, cut after `keepRows` stored rows when it is oversized. */
export async function sheetXmlText(pkg: XlsxPackage, entry: ZipEntryInfo, keepRows: number): Promise<string> {
  try {
    if (entry.uncompressedSize <= TRIM_SHEET_XML_BYTES) return decodeXmlBytes(pkg.inflate(entry));
    return await keepFirstRows(pkg.stream(entry), keepRows, pkg.fileName);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw pkg.corrupt(`phần ${entry.name} hỏng: ${(error as Error).message}`);
  }
}

const ROW_START = /<row[\s>/]/g;
const ROW_START_LENGTH = 5;
const SHEET_DATA_END = '</sheetData>';

async function keepFirstRows(xml: Readable, keepRows: number, fileName: string): Promise<string> {
  const decoder = new StringDecoder('utf8');
  const kept: string[] = [];
  let keptChars = 0;
  let phase: 'rows' | 'skip' | 'tail' = 'rows';
  let rowsSeen = 0;
  let pending = '';
  const keep = (text: string): void => {
    kept.push(text);
    keptChars += text.length;
    if (keptChars > MAX_KEPT_CHARS) {
      throw new ReadError('too-large', `Tệp ${fileName} có trang tính quá lớn để đọc: hãy đề nghị trường chỉ gửi bảng số liệu cần báo cáo.`);
    }
  };
  for await (const chunk of xml) {
    pending += decoder.write(chunk as Buffer);
    if (phase === 'rows') {
      ROW_START.lastIndex = 0;
      let cutAt = -1;
      for (let m = ROW_START.exec(pending); m; m = ROW_START.exec(pending)) {
        if (++rowsSeen > keepRows) {
          cutAt = m.index;
          break;
        }
      }
      if (cutAt < 0) {
        // A row tag may straddle chunks: hold back its possible (incomplete, so uncounted) start.
        const safe = Math.max(0, pending.length - (ROW_START_LENGTH - 1));
        keep(pending.slice(0, safe));
        pending = pending.slice(safe);
        continue;
      }
      keep(pending.slice(0, cutAt));
      pending = pending.slice(cutAt);
      phase = 'skip';
    }
    if (phase === 'skip') {
      const end = pending.indexOf(SHEET_DATA_END);
      if (end < 0) {
        pending = pending.slice(-(SHEET_DATA_END.length - 1));
        continue;
      }
      pending = pending.slice(end);
      phase = 'tail';
    }
    keep(pending);
    pending = '';
  }
  keep(pending + decoder.end());
  return kept.join('');
}
