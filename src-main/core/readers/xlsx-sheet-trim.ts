/**
 * exceljs holds a whole workbook in memory (about 3 KB per row), so a sheet of 100,000 rows
 * would cost hundreds of megabytes for a table that is, in this app, a few dozen rows
 * near the top. Oversized sheets are cut before loading: their XML is streamed and only
 * the first rows plus what follows the cell data (merged ranges, …) are kept.
 * The sheet reader then sees rows past its limit and notes the cut.
 */
import JSZip from 'jszip';
import { Readable } from 'stream';
import { StringDecoder } from 'string_decoder';
import { ReadError } from './read-error';
import type { ZipEntryInfo } from './zip-directory';

/** Below this a sheet loads quickly whole. */
const TRIM_SHEET_XML_BYTES = 4 * 1024 * 1024;
/** Beyond this many characters of rows the kept part itself is too big to load. */
const MAX_KEPT_CHARS = 64 * 1024 * 1024;
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** The workbook bytes with every oversized sheet cut after `keepRows` stored rows. */
export async function trimOversizedSheets(
  bytes: Buffer,
  entries: ZipEntryInfo[],
  keepRows: number,
  fileName: string,
): Promise<Buffer> {
  const oversized = entries.filter((e) => WORKSHEET_PART.test(e.name) && e.uncompressedSize > TRIM_SHEET_XML_BYTES);
  if (oversized.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const { name } of oversized) {
    const part = zip.file(name);
    if (!part) continue;
    // JSZip's stream is an old-style stream; wrapping makes it async-iterable.
    const xml = await keepFirstRows(new Readable().wrap(part.nodeStream('nodebuffer')), keepRows, fileName);
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
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
