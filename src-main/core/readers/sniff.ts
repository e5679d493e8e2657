/**
 * What a received file really is, decided by its content: schools rename files freely
 * (an HTML page saved as .xls, a CSV named .xlsx), so the extension only breaks ties.
 * Never throws: unreadable input is 'unknown'.
 */
import { cfbStreamNames, isCfb } from './cfb-directory';
import { looksLikeZip, readZipDirectory, type ZipEntryInfo } from './zip-directory';
import { PACKAGED_LABELS, packagedKind, type PackagedKind } from './zip-formats';

export type FileKind =
  | 'xlsx' | 'xlsm' | 'docx' | 'docm' | 'xls' | 'doc' | 'cfb-encrypted' | 'msg' | 'eml'
  | 'zip' | 'rar' | '7z' | 'pdf' | 'image' | 'csv' | 'text' | 'empty' | 'unknown' | PackagedKind;

/** Enough entries for any real Office file; a bigger archive is a plain zip here. */
const SNIFF_MAX_ENTRIES = 20_000;
const TEXT_PROBE_BYTES = 8192;

const MAGICS: [FileKind, Buffer][] = [
  ['rar', Buffer.from('Rar!\x1a\x07', 'latin1')],
  ['7z', Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
  ['image', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ['image', Buffer.from([0xff, 0xd8, 0xff])],
  ['image', Buffer.from('GIF8', 'latin1')],
  ['image', Buffer.from([0x49, 0x49, 0x2a, 0x00])],
  ['image', Buffer.from([0x4d, 0x4d, 0x00, 0x2a])],
];

export async function sniffKind(bytes: Buffer, fileName: string): Promise<FileKind> {
  if (bytes.length === 0) return 'empty';
  const ext = extensionOf(fileName);
  for (const [kind, magic] of MAGICS) {
    if (bytes.subarray(0, magic.length).equals(magic)) return kind;
  }
  if (isWebp(bytes)) return 'image';
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (isCfb(bytes)) return cfbKind(bytes, ext);
  if (looksLikeZip(bytes)) return zipKind(bytes, ext);
  const text = probeText(bytes);
  if (text === null) return 'unknown';
  if (looksLikeEmail(text)) return 'eml';
  if (ext === 'csv' || ext === 'tsv' || looksLikeDelimited(text)) return 'csv';
  return 'text';
}

/** Vietnamese name of a kind, for messages such as "tệp này thực chất là …". */
export function kindLabel(kind: FileKind): string {
  const packaged = PACKAGED_LABELS.get(kind as PackagedKind);
  if (packaged) return packaged;
  const labels: Record<Exclude<FileKind, PackagedKind>, string> = {
    xlsx: 'bảng tính Excel (.xlsx)',
    xlsm: 'bảng tính Excel có macro (.xlsm)',
    docx: 'văn bản Word (.docx)',
    docm: 'văn bản Word có macro (.docm)',
    xls: 'bảng tính Excel đời cũ (.xls)',
    doc: 'văn bản Word đời cũ (.doc)',
    'cfb-encrypted': 'tệp Office có đặt mật khẩu',
    msg: 'thư Outlook (.msg)',
    eml: 'thư điện tử (.eml)',
    zip: 'tệp nén .zip',
    rar: 'tệp nén .rar',
    '7z': 'tệp nén .7z',
    pdf: 'tệp PDF',
    image: 'hình ảnh',
    csv: 'tệp văn bản dạng bảng (CSV)',
    text: 'văn bản thuần hoặc trang HTML (thường do phần mềm khác xuất ra rồi đổi đuôi)',
    empty: 'tệp rỗng (0 byte)',
    unknown: 'dữ liệu không nhận dạng được',
  };
  return labels[kind as Exclude<FileKind, PackagedKind>];
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function isWebp(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';
}

function cfbKind(bytes: Buffer, ext: string): FileKind {
  const names = cfbStreamNames(bytes);
  if (names === null) return ext === 'xls' || ext === 'doc' || ext === 'msg' ? ext : 'unknown';
  const has = (name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'cfb-encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) return 'doc';
  if (names.some((n) => n.startsWith('__substg1.0_'))) return 'msg';
  return 'unknown';
}

async function zipKind(bytes: Buffer, ext: string): Promise<FileKind> {
  let entries: ZipEntryInfo[];
  try {
    entries = (await readZipDirectory(bytes, SNIFF_MAX_ENTRIES)).entries;
  } catch {
    // A truncated archive has no central directory; its local headers still name the parts.
    return truncatedOfficeKind(bytes, ext);
  }
  return packagedKind(bytes, entries, ext) ?? zipKindOfParts(entries.map((e) => e.name));
}

/** Office flavour of a zip from its part names ('zip' when it is none). */
export function zipKindOfParts(names: string[]): FileKind {
  const has = (name: string): boolean => names.includes(name);
  const under = (folder: string): boolean => names.some((n) => n.startsWith(folder));
  if (has('xl/workbook.xml') || (has('[Content_Types].xml') && under('xl/'))) {
    return has('xl/vbaProject.bin') ? 'xlsm' : 'xlsx';
  }
  if (has('word/document.xml') || (has('[Content_Types].xml') && under('word/'))) {
    return has('word/vbaProject.bin') ? 'docm' : 'docx';
  }
  return 'zip';
}

function truncatedOfficeKind(bytes: Buffer, ext: string): FileKind {
  if (bytes.includes('xl/workbook.xml') || bytes.includes('xl/worksheets/')) return ext === 'xlsm' ? 'xlsm' : 'xlsx';
  if (bytes.includes('word/document.xml')) return ext === 'docm' ? 'docm' : 'docx';
  return packagedKind(bytes, [], ext) ?? 'zip';
}

/** The start of the file as text, or null when it is binary. */
function probeText(bytes: Buffer): string | null {
  const head = bytes.subarray(0, TEXT_PROBE_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return utf16be(head.subarray(2));
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 100) return null;
  return head.toString('utf8');
}

function utf16be(bytes: Buffer): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return even.swap16().toString('utf16le');
}

const EMAIL_HEADER = /^(from|to|cc|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|reply-to|x-[\w-]+):/i;
const EMAIL_MARKER = /^(from|received|mime-version|return-path|message-id):/i;

function looksLikeEmail(text: string): boolean {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).slice(0, 40);
  let headers = 0;
  let markers = 0;
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue;
    if (!EMAIL_HEADER.test(line)) return false;
    headers++;
    if (EMAIL_MARKER.test(line)) markers++;
  }
  return headers >= 2 && markers >= 1;
}

/** A few lines that all split into the same number (> 1) of fields on one separator. */
function looksLikeDelimited(text: string): boolean {
  if (/^\s*</.test(text)) return false;
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 10);
  if (lines.length < 2) return false;
  // A short probe may cut the last line.
  const complete = lines.length > 2 ? lines.slice(0, -1) : lines;
  return [';', '\t', ','].some((sep) => {
    const counts = complete.map((l) => l.split(sep).length);
    return counts[0] > 1 && counts.every((c) => c === counts[0]);
  });
}
