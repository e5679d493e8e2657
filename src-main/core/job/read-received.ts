import type { Finding } from '../model/finding';
import type { ReceivedFile } from '../model/received';
import type { SourceDocument } from '../model/source';
import { readDocx } from '../readers/docx-reader';
import { convertLegacyOffice } from '../readers/legacy-office';
import { ReadError } from '../readers/read-error';
import { extensionOf, kindLabel, sniffKind, type FileKind } from '../readers/sniff';
import { PACKAGED_LABELS, type PackagedKind } from '../readers/zip-formats';
import { readCsv, readXlsx } from '../readers/xlsx-reader';
import type { ReadOutcome } from '../model/submission';

export type { ReadOutcome };

/** Stored reading results of an older reader are read again from the original's bytes. */
export const READER_VERSION = 1;

const attachmentKinds = new Set<FileKind>(['pdf', 'image']);

/** Turns one received file into the neutral document, or says why it cannot be read. */
export async function readReceived(file: ReceivedFile): Promise<ReadOutcome> {
  const kind = await sniffKind(file.bytes, file.name);
  if (attachmentKinds.has(kind)) return { kind, status: 'attachment', doc: null, findings: [] };
  try {
    const doc = await readByKind(kind, file.bytes, file.name);
    if (!doc) return unreadable(kind, 'unsupported-format', `Tệp ${file.name}: ${unsupportedReason(kind)}`);
    const findings: Finding[] = doc.notes.map((n) => ({ severity: n.severity, rule: n.rule, where: n.where, message: n.message }));
    return { kind, status: 'read', doc, findings };
  } catch (e) {
    if (e instanceof ReadError) return unreadable(kind, e.rule, e.message, e.where);
    return unreadable(kind, 'corrupt-file', `Không đọc được tệp ${file.name}: ${(e as Error).message ?? String(e)}`);
  }
}

async function readByKind(kind: FileKind, bytes: Buffer, name: string): Promise<SourceDocument | null> {
  switch (kind) {
    case 'xlsx':
    case 'xlsm':
      return readXlsx(bytes, name);
    case 'docx':
    case 'docm':
      return readDocx(bytes, name);
    case 'csv':
      return readCsv(bytes, name);
    case 'xls':
    case 'doc':
    case 'ods':
    case 'odt': {
      const converted = await convertLegacyOffice(bytes, name, kind);
      if ('error' in converted) throw new ReadError('legacy-format', converted.error);
      return converted.format === 'xlsx' ? readXlsx(converted.bytes, name) : readDocx(converted.bytes, name);
    }
    case 'cfb-encrypted':
      throw new ReadError('encrypted-file', `Tệp ${name} có đặt mật khẩu nên không đọc được: hãy đề nghị trường gửi lại bản không đặt mật khẩu.`);
    case 'empty':
      throw new ReadError('empty-file', `Tệp ${name} rỗng (0 byte): hãy đề nghị trường gửi lại.`);
    default:
      if (PACKAGED_LABELS.has(kind as PackagedKind)) throw new ReadError('unsupported-format', packagedReason(kind, name));
      return readByExtension(bytes, name);
  }
}

/** A zip-based document that is not a report (a presentation, an e-book, a program): one file, never unpacked. */
function packagedReason(kind: FileKind, name: string): string {
  const advice = kind === 'xlsb'
    ? 'hãy mở bằng Excel, "Lưu thành" .xlsx rồi gửi lại'
    : 'nếu đây là báo cáo, hãy đề nghị trường gửi lại tệp .xlsx hoặc .docx';
  return `Tệp ${name} là ${kindLabel(kind)}, không phải báo cáo Word hay Excel nên không đọc được (tệp không được giải nén): ${advice}.`;
}

/**
 * Content says neither Word nor Excel, but the name does ("baocao.xlsx" that is an HTML
 * page): the reader for the named format explains what the file really is.
 */
function readByExtension(bytes: Buffer, name: string): Promise<SourceDocument> | null {
  const ext = extensionOf(name);
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') return readXlsx(bytes, name);
  if (ext === 'docx' || ext === 'docm' || ext === 'doc') return readDocx(bytes, name);
  return null;
}

function unsupportedReason(kind: FileKind): string {
  if (kind === 'text') return 'là tệp văn bản thuần, không có bảng số liệu theo mẫu.';
  return 'không phải tệp Word, Excel, email hay tệp nén mà ứng dụng đọc được.';
}

export function unreadable(kind: FileKind, rule: string, message: string, where: string | null = null): ReadOutcome {
  return { kind, status: 'unreadable', doc: null, findings: [{ severity: 'error', rule, where, message }] };
}
