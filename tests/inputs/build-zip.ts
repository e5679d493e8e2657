/**
 * Zips written byte by byte, for what jszip will not write: names in a code page without the
 * UTF-8 flag and without a Unicode path field, the encryption flag, sizes that lie.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: Buffer | string;
  data: Buffer;
  utf8Flag?: boolean;
  encrypted?: boolean;
  deflate?: boolean;
  /** Uncompressed size written in the headers, when it should differ from the truth. */
  declaredSize?: number;
}

export function buildZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const packed = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    // ZipCrypto puts a 12-byte header before the (here unencrypted) data.
    const body = entry.encrypted ? Buffer.concat([Buffer.alloc(12, 0xaa), packed]) : packed;
    const flags = (entry.utf8Flag ? 0x800 : 0) | (entry.encrypted ? 0x1 : 0);
    const method = entry.deflate ? 8 : 0;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
