/**
 * Formats built on zip that are one document, not an archive of files: told apart by their
 * content (the ODF/EPUB `mimetype` entry, the main part type an Office Open XML package
 * declares in `[Content_Types].xml`, then its part names) and only then by the extension.
 * Such a file is read (Excel, Word, OpenDocument) or refused as one file; it is never
 * unpacked into its parts.
 */
import type { ZipEntryInfo } from './zip-directory';
import { inflateEntry } from './zip-parts';

export type PackagedKind = 'ods' | 'odt' | 'odp' | 'odg' | 'odf-other' | 'xlsb' | 'pptx' | 'ooxml-other' | 'epub' | 'app-package';

/** ODF and EPUB store their media type first, uncompressed, as the entry "mimetype". */
const ODF_TYPES = new Map<string, PackagedKind>([
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.spreadsheet-template', 'ods'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.text-template', 'odt'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['application/vnd.oasis.opendocument.presentation-template', 'odp'],
  ['application/vnd.oasis.opendocument.graphics', 'odg'],
  ['application/epub+zip', 'epub'],
]);

/** Extensions of zip-based single documents, for packages whose content says too little. */
const EXTENSIONS = new Map<string, PackagedKind>([
  ['ods', 'ods'], ['ots', 'ods'], ['fods', 'ods'],
  ['odt', 'odt'], ['ott', 'odt'],
  ['odp', 'odp'], ['otp', 'odp'],
  ['odg', 'odg'], ['otg', 'odg'], ['odf', 'odf-other'], ['odc', 'odf-other'], ['odb', 'odf-other'],
  ['xlsb', 'xlsb'],
  ['pptx', 'pptx'], ['pptm', 'pptx'], ['ppsx', 'pptx'], ['ppsm', 'pptx'], ['potx', 'pptx'], ['potm', 'pptx'],
  ['vsdx', 'ooxml-other'], ['xps', 'ooxml-other'], ['oxps', 'ooxml-other'], ['3mf', 'ooxml-other'],
  ['epub', 'epub'],
  ['jar', 'app-package'], ['war', 'app-package'], ['apk', 'app-package'], ['aab', 'app-package'], ['ipa', 'app-package'],
  ['xpi', 'app-package'], ['crx', 'app-package'], ['nupkg', 'app-package'], ['whl', 'app-package'], ['kmz', 'app-package'],
]);

const LOCAL_HEADER_SIZE = 30;
const MIMETYPE = Buffer.from('mimetype');

/** The media type an ODF or EPUB file declares in its first entry, or null. Cheap: reads only the first local header. */
export function declaredMimetype(bytes: Buffer): string | null {
  if (bytes.length < LOCAL_HEADER_SIZE || bytes.readUInt32LE(0) !== 0x04034b50) return null;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const name = bytes.subarray(LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength);
  if (method !== 0 || !name.equals(MIMETYPE) || size === 0 || size > 200) return null;
  const start = LOCAL_HEADER_SIZE + nameLength + extraLength;
  return bytes.toString('latin1', start, start + size).trim();
}

/**
 * The main part's family, from the content types an Office Open XML package declares
 * (`[Content_Types].xml`): 'office' for Excel and Word (the part names tell which), or the
 * single-document kind it is; null when the declaration is missing, unreadable or names no main part.
 */
function declaredOoxmlKind(bytes: Buffer, entries: ZipEntryInfo[]): PackagedKind | 'office' | null {
  const entry = entries.find((e) => e.name === '[Content_Types].xml');
  if (!entry || entry.uncompressedSize > CONTENT_TYPES_MAX_BYTES) return null;
  let xml: string;
  try {
    xml = inflateEntry(bytes, entry).toString('utf8');
  } catch {
    return null;
  }
  const types = [...xml.matchAll(/ContentType\s*=\s*["']([^"']+)["']/g)].map((m) => m[1].toLowerCase());
  const main = types.find((t) => /\.main(\+xml)?$/.test(t));
  // Some generators declare no main part: the part names decide.
  if (!main) return null;
  if (main.startsWith('application/vnd.ms-excel.sheet.binary.')) return 'xlsb';
  if (/spreadsheetml|wordprocessingml|ms-excel|ms-word/.test(main)) return 'office';
  return /presentationml|ms-powerpoint/.test(main) ? 'pptx' : 'ooxml-other';
}

const CONTENT_TYPES_MAX_BYTES = 1 << 20;

/** The single-document kind of a zip from its first entry, its declared content types, its part names and its extension; null for an archive of files or an Excel or Word file. */
export function packagedKind(bytes: Buffer, entries: ZipEntryInfo[], ext: string): PackagedKind | null {
  const declared = declaredMimetype(bytes);
  if (declared) return ODF_TYPES.get(declared) ?? (declared.startsWith('application/vnd.oasis.opendocument.') ? 'odf-other' : 'app-package');
  const names = entries.map((e) => e.name);
  const has = (name: string): boolean => names.includes(name);
  const under = (folder: string): boolean => names.some((n) => n.startsWith(folder));
  const byExtension = EXTENSIONS.get(ext);
  if (has('content.xml') && has('META-INF/manifest.xml')) return byExtension && byExtension.startsWith('od') ? byExtension : 'odf-other';
  if (has('[Content_Types].xml')) {
    const ooxml = declaredOoxmlKind(bytes, entries);
    if (ooxml === 'office') return null;
    if (ooxml) return ooxml;
    // A declaration that says nothing: the part names decide.
    if (has('xl/workbook.bin')) return 'xlsb';
    if (under('xl/') || under('word/')) return null;
    return under('ppt/') ? 'pptx' : 'ooxml-other';
  }
  if (has('AndroidManifest.xml') || has('META-INF/MANIFEST.MF')) return 'app-package';
  return byExtension ?? null;
}

/** What the file is, in the specialist's words, for "tệp … là …". */
export const PACKAGED_LABELS = new Map<PackagedKind, string>([
  ['ods', 'bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice)'],
  ['odt', 'văn bản OpenDocument (.odt, của LibreOffice/OpenOffice)'],
  ['odp', 'bản trình chiếu OpenDocument (.odp)'],
  ['odg', 'bản vẽ OpenDocument (.odg)'],
  ['odf-other', 'tài liệu OpenDocument không phải văn bản hay bảng tính'],
  ['xlsb', 'bảng tính Excel dạng nhị phân (.xlsb)'],
  ['pptx', 'bản trình chiếu PowerPoint (.pptx)'],
  ['ooxml-other', 'tài liệu Office không phải Word hay Excel (như Visio, XPS)'],
  ['epub', 'sách điện tử (.epub)'],
  ['app-package', 'gói phần mềm hoặc tệp đóng gói dạng zip (như .jar, .apk)'],
]);
