/**
 * A zip written with Node's zlib (each part deflated, names in UTF-8), for the Word file whose
 * document part is put together here. A part can come as text in pieces, deflated as it comes,
 * so that a large part is never held whole. Entries carry the DOS epoch as their date, so the
 * same parts give the same bytes.
 */
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The bytes, or UTF-8 text in pieces. */
  data: Buffer | Iterable<string>;
}

/** Text is handed to the deflater in batches about this long. */
const BATCH_CHARS = 1 << 16;

interface Deflated {
  compressed: Buffer;
  crc: number;
  size: number;
}

async function deflateText(pieces: Iterable<string>): Promise<Deflated> {
  const deflater = createDeflateRaw();
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(deflater, 'end');
  let crc = 0;
  let size = 0;
  let batch: string[] = [];
  let length = 0;
  const flush = async () => {
    const bytes = Buffer.from(batch.join(''), 'utf8');
    batch = [];
    length = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await once(deflater, 'drain');
  };
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= BATCH_CHARS) await flush();
  }
  await flush();
  deflater.end();
  await ended;
  return { compressed: Buffer.concat(out), crc, size };
}

function deflate(data: ZipPart['data']): Promise<Deflated> | Deflated {
  if (!Buffer.isBuffer(data)) return deflateText(data);
  return { compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const VERSION = 20;
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
/** 1980-01-01 00:00, the first date a zip can hold. */
const DOS_DATE = (1 << 5) | 1;

function header(signature: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt32LE(signature, 0);
  return b;
}

export async function writeZip(parts: ZipPart[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const { compressed, crc, size } = await deflate(part.data);
    const local = header(LOCAL_HEADER, 30);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = header(CENTRAL_HEADER, 46);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    // Flags, method, time, date, CRC and sizes as in the local header.
    local.copy(entry, 8, 6, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(local, name, compressed);
    offset += local.length + name.length + compressed.length;
  }
  const directorySize = central.reduce((n, b) => n + b.length, 0);
  const end = header(END_OF_DIRECTORY, 22);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
