/**
 * File names as schools' tools actually write them: archive entries without the UTF-8 flag,
 * attachment names in raw 8-bit bytes, UTF-8 shown through Windows-1252/1258 ("BÃ¡o cÃ¡o").
 * Every candidate decoding is scored for how much it looks like Vietnamese, and a repair is
 * kept only when it is valid and scores better than what we had.
 */
import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const VOWEL_MARKS = '\u0302\u0306\u031b';
const VIETNAMESE_LETTER = new RegExp(`^(?:[aeiouyAEIOUY][${VOWEL_MARKS}]?[${TONE_MARKS}]?|[đĐ])$`);
const TONE = new RegExp(`[${TONE_MARKS}]`, 'g');

/** How Vietnamese a name looks: positive for Vietnamese letters, negative for symbols and garbage. */
export function vietnameseScore(name: string): number {
  let score = 0;
  for (const ch of name.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\ufffd' || code < 0x20 || (code >= 0x7f && code < 0xa0)) score -= 10;
    else if (code < 0x80) continue;
    else if (VIETNAMESE_LETTER.test(ch.normalize('NFD'))) score += 2;
    else score -= 4;
  }
  for (const word of name.normalize('NFC').match(/\p{L}+/gu) ?? []) {
    // A Vietnamese syllable carries one tone, and capitals do not follow small letters.
    if ((word.normalize('NFD').match(TONE) ?? []).length > 1) score -= 6;
    if (/\p{Ll}[^\x00-\x7f]*\p{Lu}/u.test(word) && /[^\x00-\x7f]/.test(word)) score -= 4;
  }
  return score;
}

/** Repairs a name that was decoded with the wrong character set, or returns it unchanged (NFC). */
export function repairFileName(name: string): string {
  const original = name.normalize('NFC');
  let best = original;
  let bestScore = vietnameseScore(original);
  for (const candidate of misdecodingRepairs(name)) {
    const score = vietnameseScore(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * An archive entry name from its raw bytes. ASCII and valid UTF-8 are taken as such (tools
 * that forget the UTF-8 flag still write UTF-8); otherwise the zip standard's CP437 unless
 * a Windows code page gives better Vietnamese.
 */
export function decodeNameBytes(bytes: Buffer): string {
  if (bytes.every((b) => b < 0x80)) return bytes.toString('latin1');
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return utf8.normalize('NFC');
  let best = iconv.decode(bytes, 'cp437').normalize('NFC');
  let bestScore = vietnameseScore(best);
  for (const encoding of ['windows1258', 'windows1252']) {
    const candidate = iconv.decode(bytes, encoding).normalize('NFC');
    const score = vietnameseScore(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The last path component, without drive letters, control characters or a leading dot-dot:
 * a name from an archive or an email is only ever a label, never a place to write to.
 */
export function safeBaseName(name: string): string {
  const last = name.split(/[\\/]/).filter((part) => part !== '').pop() ?? '';
  return last
    .replace(/^[a-zA-Z]:/, '')
    .replace(/[\x00-\x1f\x7f]/g, '')
    .replace(/^\.+$/, '')
    .replace(/[. ]+$/, '')
    .trim();
}

/** The file name at the end of an origin: "hop-thu/thu1.eml › BC.zip" → "BC.zip". */
export function originName(origin: string): string {
  return safeBaseName(origin.split(' › ').pop() ?? origin);
}

const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '__macosx', '$recycle.bin', 'system volume information']);

/**
 * Files and folders that operating systems and Office leave beside real documents: hidden
 * dot-files, macOS resource forks, thumbnail caches, Office's "~$" lock files.
 */
export function isSystemFileName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());
}

const EXTENSION_BY_TYPE = new Map<string, string>(Object.entries({
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/msword': 'doc',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/vnd.ms-outlook': 'msg',
  'message/rfc822': 'eml',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'text/csv': 'csv',
  'text/plain': 'txt',
}));

/** "tep-dinh-kem-1.xlsx" for the first attachment that came without a name. */
export function unnamedAttachmentName(position: number, contentType: string | undefined): string {
  const extension = EXTENSION_BY_TYPE.get(String(contentType ?? '').toLowerCase()) ?? 'bin';
  return `tep-dinh-kem-${position}.${extension}`;
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** The name re-read as the bytes some tool probably meant. */
function* misdecodingRepairs(name: string): Generator<string> {
  // UTF-8 bytes shown through a Windows code page.
  // A name that went through normalisation must be put back into Windows-1258's own form.
  for (const [encoding, form] of [['windows1252', name], ['windows1258', name], ['windows1258', cp1258Form(name)]]) {
    const bytes = encodeSingleByte(form, encoding);
    const utf8 = bytes && decodeUtf8(bytes);
    if (utf8) yield utf8.normalize('NFC');
  }
  // Windows-1258 bytes read as Latin-1 (what mail parsers do with raw 8-bit headers).
  const bytes = encodeSingleByte(name, 'windows1252');
  if (bytes) yield iconv.decode(bytes, 'windows1258').normalize('NFC');
}

const reverseTables = new Map<string, Map<string, number>>();

/**
 * Encodes into a single-byte code page the way Windows decodes one: the bytes a code page
 * leaves undefined (0x81, 0x8D, 0x9D… — common in UTF-8 text) come back as the C1
 * control character of the same number, so they must go back to that byte.
 */
function encodeSingleByte(text: string, encoding: string): Buffer | null {
  let table = reverseTables.get(encoding);
  if (!table) {
    table = new Map();
    for (let byte = 0; byte < 256; byte++) {
      const ch = iconv.decode(Buffer.from([byte]), encoding);
      table.set(ch === '\ufffd' ? String.fromCharCode(byte) : ch, byte);
      if (byte >= 0x80 && byte < 0xa0) table.set(String.fromCharCode(byte), byte);
    }
    reverseTables.set(encoding, table);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = table.get(ch);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return Buffer.from(bytes);
}

/**
 * Windows-1258 has precomposed vowels (â, ơ, ư…) but writes tones as combining marks: the
 * form a name must be in before it can be encoded back.
 */
function cp1258Form(text: string): string {
  return text
    .normalize('NFD')
    .replace(new RegExp(`(\\p{L})([${VOWEL_MARKS}]*)([${TONE_MARKS}]*)`, 'gu'), (_, base: string, vowel: string, tone: string) => {
      const composed = (base + vowel + tone).normalize('NFC');
      return composed.length === 1 && encodeSingleByte(composed, 'windows1258') ? composed : (base + vowel).normalize('NFC') + tone;
    });
}
