/**
 * The central directory of a zip (xlsx/docx are zips), read without inflating anything:
 * sizes come from what the archive declares, which is what zip-bomb checks must look at
 * before a library decompresses the entries.
 */
import yauzl from 'yauzl';

export interface ZipEntryInfo {
  /** Part name, "/"-separated, without a leading slash. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  /** 0 stored, 8 deflated (the only methods Office writes). */
  compressionMethod: number;
  /** Where the entry's local header starts in the archive. */
  localHeaderOffset: number;
}

export interface ZipDirectory {
  /** Entry count declared by the end-of-central-directory record. */
  declaredEntries: number;
  /** Entries listed, at most `maxEntries` of them. */
  entries: ZipEntryInfo[];
}

const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ARCHIVE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function looksLikeZip(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4);
  return head.equals(LOCAL_HEADER) || head.equals(EMPTY_ARCHIVE);
}

/** Rejects with yauzl's (English) error when the archive is truncated or malformed. */
export function readZipDirectory(bytes: Buffer, maxEntries: number): Promise<ZipDirectory> {
  return new Promise((resolve, reject) => {
    // Names are decoded here, not by yauzl: it rejects names like "/xl/workbook.xml" that
    // some generators write and Excel opens (nothing is extracted to disk, so they are harmless).
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: true, decodeStrings: false }, (openError, zip) => {
      if (openError || !zip) {
        reject(openError ?? new Error('zip could not be opened'));
        return;
      }
      const entries: ZipEntryInfo[] = [];
      const declaredEntries = zip.entryCount;
      const finish = (): void => {
        zip.close();
        resolve({ declaredEntries, entries });
      };
      if (declaredEntries > maxEntries) {
        finish();
        return;
      }
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({
          name: (entry.fileName as unknown as Buffer).toString('utf8').replace(/\\/g, '/').replace(/^\/+/, ''),
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          encrypted: entry.isEncrypted(),
          compressionMethod: entry.compressionMethod,
          localHeaderOffset: entry.relativeOffsetOfLocalHeader,
        });
        if (entries.length >= maxEntries) finish();
        else zip.readEntry();
      });
      zip.on('end', () => resolve({ declaredEntries, entries }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
