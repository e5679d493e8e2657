/**
 * The bytes of one entry of a zip held in memory, found through its central-directory entry
 * and inflated with Node's zlib: no library unpacks the whole package, and no entry inflates
 * past the size the directory declares (the zip-bomb checks looked at those sizes).
 */
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { ZipEntryInfo } from './zip-directory';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The entry's bytes; throws (English, for the caller to word) when the entry is damaged. */
export function inflateEntry(zip: Buffer, entry: ZipEntryInfo): Buffer {
  const data = compressedData(zip, entry);
  if (entry.compressionMethod === STORED) return data;
  // One byte more than declared lets a lying size show as an error instead of a silent cut.
  const bytes = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
  if (bytes.length !== entry.uncompressedSize) throw new Error(`${entry.name}: size differs from the one declared`);
  return bytes;
}

/** The entry's bytes as a stream, for parts too big to hold inflated. */
export function entryStream(zip: Buffer, entry: ZipEntryInfo): Readable {
  const data = compressedData(zip, entry);
  const source = Readable.from([data]);
  return entry.compressionMethod === STORED ? source : source.pipe(createInflateRaw());
}

function compressedData(zip: Buffer, entry: ZipEntryInfo): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) throw new Error(`${entry.name}: local header not found`);
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw new Error(`${entry.name}: compression method ${entry.compressionMethod} not supported`);
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new Error(`${entry.name}: truncated`);
  return zip.subarray(start, end);
}
